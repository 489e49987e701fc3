package io.finlens.fact;

import io.finlens.text.Sentences;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import io.finlens.text.Chars;
import io.finlens.text.Document;
import io.finlens.text.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * Links quantities to metrics, sentence by sentence. A value is claimed by the nearest metric mention before
 * it in its sentence; a change (a percent or points after 增长, 同比, 环比...) by the nearest mention too, across
 * clauses. Segment, basis, period and guidance come from the words around the mention. Every fact names the
 * rules that made it; {@link FactMerger} then folds repeats into one fact per key.
 * <p>
 * This class walks the document: sentence by sentence it finds the section's scope, the period carried over a
 * semicolon, the companies named, the English discourse state and the figure the sentence before led with, and hands
 * one {@link SentenceContext} to {@link SentenceLinker}. The rules live in families, one class each:
 * {@link MetricMentions} (mention finding), {@link MentionFraming} and {@link ZhSegmentNames} / {@link EnSegmentNames}
 * (segment and metric framing), {@link MentionBasis} (basis), {@link ForecastCues} (guidance and consensus),
 * {@link Exclusions} (third-party figures, bracketed priors), {@link Changes}, {@link ValueAssignment},
 * {@link ShareFigures} (per share, share of revenue), {@link FigurePeriods} (the period of a figure) and
 * {@link FactBuilding} (the fact at the end).
 */
public final class FactExtractor {
    private final FactLexicon lex = FactLexicon.get();

    /**
     * The facts of one document, with the document's title, entity, period and the fiscal calendar its words state (for the
     * tables, which read the same calendar).
     */
    public record Result(String title, String entity, Period period, List<Fact> facts, List<Issue> issues,
                         io.finlens.fact.table.FiscalCalendar calendar) {
        public Result {
            facts = List.copyOf(facts);
            issues = List.copyOf(issues);
        }
    }

    /** Extracts facts from normalized text {@code s} (spans into it) and its quantities; headings are read from {@code s}. */
    public Result extract(String s, List<Quantity> quantities, boolean chinese) {
        return extract(Document.of(io.finlens.text.NormalizedText.identity(s)), quantities, chinese);
    }

    /** Extracts facts from a normalized text (spans into its normalized form); headings are read from its original. */
    public Result extract(io.finlens.text.NormalizedText nt, List<Quantity> quantities, boolean chinese) {
        return extract(Document.of(nt), quantities, chinese);
    }

    /** Extracts facts from a document (spans into its normalized text), reading its layout and sentences. */
    public Result extract(Document document, List<Quantity> quantities, boolean chinese) {
        String s = document.text().text();
        Layout layout = document.layout();
        List<PeriodMentions.Mention> periods = PeriodMentions.find(s, lex);
        DocumentContext doc = DocumentContext.of(s, document.title(), periods, lex);
        periods = FiscalPeriods.place(periods, doc.calendar()); // "three months ended June 30" of a June year: its fourth quarter
        Scopes scopes = new Scopes(s, layout, doc, periods, chinese);
        List<Fact> raw = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int qi = 0;
        int pi = 0;
        Period carried = null;
        Sentences.Sentence prevSent = null;
        String lineEntity = doc.entity();
        EnglishDiscourse en = chinese ? null : new EnglishDiscourse(s, doc, lex);
        Fact lead = null;
        String documentCurrency = mostUsedCurrency(quantities, chinese);
        for (Sentences.Sentence sent : document.sentences()) {
            while (qi < quantities.size() && quantities.get(qi).span().start() < sent.start()) qi++;
            List<Quantity> qs = new ArrayList<>();
            for (int k = qi; k < quantities.size() && quantities.get(k).span().end() <= sent.end(); k++) qs.add(quantities.get(k));
            while (pi < periods.size() && periods.get(pi).start() < sent.start()) pi++;
            // a heading line holding no figure sets its section's scope and states nothing itself
            if (qs.isEmpty() && headingPeriod(s, sent, qs, periods, pi, doc) != null) continue;
            Scopes.Scope scope = scopes.at(sent.start());
            // a sentence after a semicolon on the same line keeps the period its predecessor named
            Period context = scope.period();
            if (prevSent != null && prevSent.end() < s.length() && s.charAt(prevSent.end()) == ';' && carried != null) context = carried;
            carried = lastExplicitPeriod(sent, periods.subList(pi, periods.size()), doc, context, s); // (from the sentence on)
            // the sentence before ends on this line: no line break between its end and this sentence's start
            // (looked for between the two only: a long line of many sentences is not scanned to its end for each)
            boolean sameLine = prevSent != null && (prevSent.end() >= sent.start() || s.indexOf('\n', prevSent.end(), sent.start()) < 0);
            String entityContext = sameLine ? lineEntity : doc.entity();
            List<CompanyMentions.CompanyMention> companies = CompanyMentions.find(s, sent, doc, lex);
            lineEntity = companies.isEmpty() ? entityContext : companies.get(companies.size() - 1).entity();
            Sentences.Sentence before = prevSent;
            prevSent = sent;
            EnglishDiscourse.State discourse = en == null ? EnglishDiscourse.State.NONE : en.before(sent);
            int rawBefore = raw.size();
            try {
                if (!qs.isEmpty() || mayStateDirection(s, sent) || en != null && saysBasis(s, sent)
                        && !ForecastCues.forecastSentence(s, sent, lex) && (before == null || !ForecastCues.forecastSentence(s, before, lex))) {
                    SentenceContext ctx = new SentenceContext(s, sent, qs, periods, doc, context, entityContext, companies, lex,
                            chinese, raw, scope, sameLine || chinese ? lead : null, documentCurrency, en, discourse);
                    SentenceLinker.run(ctx);
                }
            } catch (RuntimeException e) {
                // lenient with text: one sentence we cannot read costs its facts, not the document's
                issues.add(new Issue(new Span(sent.start(), sent.end()), "fact.sentence-failed", "facts of this sentence skipped: " + e));
            }
            if (en != null) en.after(sent, periods, () -> ForecastCues.forecastSentence(s, sent, lex));
            // the figure this sentence led with, for a next sentence that only compares it with the consensus
            Fact led = ledWith(raw, rawBefore);
            if (led != null) lead = led;
            else if (!qs.isEmpty()) lead = null;
        }
        if (!chinese) raw = GaapDeclarations.apply(s, raw);
        return new Result(doc.title(), doc.entity(), doc.period(), FactMerger.merge(raw, s), issues, doc.calendar());
    }

    /** The first fact from {@code from} on with a value that is neither the consensus nor guidance, or null. */
    private static Fact ledWith(List<Fact> raw, int from) {
        for (int k = from; k < raw.size(); k++) {
            Fact f = raw.get(k);
            if (f.value() != null && !"consensus".equals(f.basis()) && !f.guidance()) return f;
        }
        return null;
    }

    /** The currency of most money figures, ties to the first seen; CNY for Chinese and USD for English text with none. */
    private static String mostUsedCurrency(List<Quantity> quantities, boolean chinese) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Quantity q : quantities) if (q.unit().isMoney()) counts.merge(q.unit().currency(), 1, Integer::sum);
        String best = chinese ? "CNY" : "USD";
        int most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The period a section heading sets for what follows: "2023年全年财务概览" on a short line of its own. */
    private static Period headingPeriod(String s, Sentences.Sentence sent, List<Quantity> qs, List<PeriodMentions.Mention> periods,
                                        int pi, DocumentContext doc) {
        if (!qs.isEmpty() || sent.end() - sent.start() > 24 || sent.clauseStarts().length > 0) return null;
        boolean lineStart = sent.start() == 0 || s.charAt(sent.start() - 1) == '\n';
        boolean lineEnd = sent.end() >= s.length() || s.charAt(sent.end()) == '\n';
        if (!lineStart || !lineEnd || sent.start() < doc.titleEnd()) return null;
        for (int k = pi; k < periods.size() && periods.get(k).start() < sent.end(); k++) {
            PeriodMentions.Mention m = periods.get(k);
            if (m.kind() == PeriodMentions.Kind.RELATIVE || m.kind() == PeriodMentions.Kind.INSTANT || !m.hasYear()) continue;
            return doc.resolve(m, false);
        }
        return null;
    }

    /** The period a sentence is about: the first it names outright (not 去年同期, not 超2022年…), else its context. */
    private static Period lastExplicitPeriod(Sentences.Sentence sent, List<PeriodMentions.Mention> periods, DocumentContext doc,
                                             Period context, String s) {
        for (PeriodMentions.Mention m : periods) {
            if (m.start() < sent.start()) continue;
            if (m.start() >= sent.end()) break;
            if (m.kind() == PeriodMentions.Kind.RELATIVE || m.kind() == PeriodMentions.Kind.INSTANT) continue;
            String pre = s.substring(Math.max(sent.start(), m.start() - 2), m.start());
            if (pre.endsWith("超") || pre.endsWith("较") || pre.endsWith("比") || pre.endsWith("于")) continue;
            Period r = doc.resolve(m, false);
            if (r != null) return r;
        }
        return context;
    }

    /** Whether {@code t} holds a Latin letter. */
    static boolean hasLatin(String t) {
        for (int i = 0; i < t.length(); i++) if (Chars.isLatin(t.charAt(i))) return true;
        return false;
    }

    private static final java.util.regex.Pattern BASIS_WORD = java.util.regex.Pattern.compile(
            "sequential|year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]over[- ]quarter");

    /**
     * Whether an English sentence with no figure names a change's basis ("revenue rose sequentially", "the
     * year-over-year increase in fees"): its direction joins a figure of the same key; not in a forecast nor right after
     * one ("We expect sales of $3 billion. Sales are down sequentially on seasonality."), whose moves are the outlook's.
     */
    private static boolean saysBasis(String s, Sentences.Sentence sent) {
        for (int i = sent.start() + 1; i < sent.end(); i++) {
            char c = s.charAt(i);
            if ((c == 's' || c == 'y' || c == 'q') && s.charAt(i - 1) == ' ' && BASIS_WORD.matcher(s).region(i, Math.min(sent.end(), i + 20)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence with no figure may still state a change in words (同比持平, "revenue was flat"). */
    private static boolean mayStateDirection(String s, Sentences.Sentence sent) {
        for (int i = sent.start(); i < sent.end(); i++) {
            char c = s.charAt(i);
            if (c == '比') return true;
            if (c == 'f' && s.startsWith("flat", i) && i > 0 && s.charAt(i - 1) == ' ') return true; // "revenue was flat"
        }
        return false;
    }
}
