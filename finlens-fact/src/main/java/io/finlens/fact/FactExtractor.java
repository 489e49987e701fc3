package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Direction;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.Layout;
import io.finlens.text.WordList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Links quantities to metrics, sentence by sentence. A value is claimed by the nearest metric mention before
 * it in its sentence; a change (a percent or points after 增长, 同比, 环比...) by the nearest mention too, across
 * clauses. Segment, basis, period and guidance come from the words around the mention. Every fact names the
 * rules that made it; {@link FactMerger} then folds repeats into one fact per key.
 */
public final class FactExtractor {
    private final FactLexicon lex = FactLexicon.get();
    /** A clause that only continues the figure of the one before: ,达到了1032.68亿元 */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("^(达到了?|达|为|录得|约为|至)$");
    private static final java.util.regex.Pattern RATE_AFTER = java.util.regex.Pattern.compile("^/(周|月|天|日|年|小时|季)");

    /** The facts of one document, with the document's title, entity and period. */
    public record Result(String title, String entity, Period period, List<Fact> facts, List<Issue> issues) {
        public Result {
            facts = List.copyOf(facts);
            issues = List.copyOf(issues);
        }
    }

    /** Extracts facts from normalized text {@code s} (spans into it) and its quantities; headings are read from {@code s}. */
    public Result extract(String s, List<Quantity> quantities, boolean chinese) {
        return extract(s, Layout.of(s), quantities, chinese);
    }

    /** Extracts facts from a normalized text (spans into its normalized form); headings are read from its original. */
    public Result extract(io.finlens.text.NormalizedText nt, List<Quantity> quantities, boolean chinese) {
        return extract(nt.text(), Layout.of(nt), quantities, chinese);
    }

    private Result extract(String s, Layout layout, List<Quantity> quantities, boolean chinese) {
        List<PeriodMentions.Mention> periods = PeriodMentions.find(s, lex);
        DocumentContext doc = DocumentContext.of(s, periods, lex);
        Scopes scopes = new Scopes(s, layout, doc, periods);
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
        for (Sentences.Sentence sent : Sentences.split(s)) {
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
            carried = lastExplicitPeriod(sent, periods, doc, context, s);
            // the sentence before ends on this line: no line break between its end and this sentence's start
            int nextBreak = prevSent == null ? -1 : s.indexOf('\n', prevSent.end());
            boolean sameLine = prevSent != null && (nextBreak < 0 || nextBreak >= sent.start());
            String entityContext = sameLine ? lineEntity : doc.entity();
            List<CompanyMentions.CompanyMention> companies = CompanyMentions.find(s, sent, doc, lex);
            lineEntity = companies.isEmpty() ? entityContext : companies.get(companies.size() - 1).entity();
            prevSent = sent;
            EnglishDiscourse.State discourse = en == null ? EnglishDiscourse.State.NONE : en.before(sent);
            int rawBefore = raw.size();
            try {
                if (!qs.isEmpty() || mayStateDirection(s, sent)) {
                    SentenceContext ctx = new SentenceContext(s, sent, qs, periods, doc, context, entityContext, companies, lex,
                            chinese, raw, scope, sameLine || chinese ? lead : null, documentCurrency, en, discourse);
                    new SentenceLinker(ctx).run();
                }
            } catch (RuntimeException e) {
                // lenient with text: one sentence we cannot read costs its facts, not the document's
                issues.add(new Issue(new Span(sent.start(), sent.end()), "fact.sentence-failed", "facts of this sentence skipped: " + e));
            }
            if (en != null) en.after(sent, periods, () -> ForecastCues.forecastSentence(s, sent, lex));
            // the figure this sentence led with, for a next sentence that only compares it with the consensus
            Fact led = null;
            for (int k = rawBefore; k < raw.size() && led == null; k++) {
                Fact f = raw.get(k);
                if (f.value() != null && !"consensus".equals(f.basis()) && !f.guidance()) led = f;
            }
            if (led != null) lead = led;
            else if (!qs.isEmpty()) lead = null;
        }
        return new Result(doc.title(), doc.entity(), doc.period(), FactMerger.merge(raw, s), issues);
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

    static boolean hasLatin(String t) {
        for (int i = 0; i < t.length(); i++) if (Chars.isLatin(t.charAt(i))) return true;
        return false;
    }

    static boolean hasHan(String t) {
        for (int i = 0; i < t.length(); i++) if (Chars.isHan(t.charAt(i))) return true;
        return false;
    }

    private static boolean mayStateDirection(String s, Sentences.Sentence sent) {
        for (int i = sent.start(); i < sent.end(); i++) {
            char c = s.charAt(i);
            if (c == '比') return true;
            if (c == 'f' && s.startsWith("flat", i) && i > 0 && s.charAt(i - 1) == ' ') return true; // "revenue was flat"
        }
        return false;
    }

    private final class SentenceLinker {
        final SentenceContext ctx;

        SentenceLinker(SentenceContext ctx) {
            this.ctx = ctx;
        }

        void run() {
            MetricMentions.findMentions(ctx);
            if (ctx.lang.equals("en")) MetricMentions.perShareGuidance(ctx);
            if (ctx.slots.isEmpty() && ctx.leadBefore != null) ForecastCues.consensusOfLead(ctx);
            if (ctx.slots.isEmpty()) return;
            respectively();
            for (Quantity q : ctx.qs) if (!ctx.consumed.contains(q)) link(q);
            for (Slot sl : ctx.slots) Changes.directionOnly(ctx, sl);
            for (Slot sl : ctx.slots) Changes.flat(ctx, sl);
            for (Slot sl : ctx.slots) FactBuilding.emit(ctx, sl);
            for (Slot sl : ctx.extra) FactBuilding.emit(ctx, sl);
        }

        private Slot targetFor(Quantity q) {
            Slot best = null;
            for (Slot sl : ctx.slots) if (sl.end <= q.span().start()) best = sl;
            // 1588亿元的总营收: the figure named before its metric
            int e = q.span().end();
            if (e < ctx.text.length() && ctx.text.charAt(e) == '的') {
                for (Slot sl : ctx.slots) if (sl.start == e + 1 || (sl.start > e + 1 && sl.start <= e + 3 && sl.segment == null)) return sl;
            }
            for (Slot sl : ctx.slots) {
                // 2023年1000亿元营收目标: a figure right before its metric, when the metric closes on a target word or
                // no metric came before the figure (58亿元 净亏损… in a title is the end of one fact and the start of another)
                if (sl.start == e && sl.value == null && (best == null || ValueAssignment.TARGET_AFTER.matcher(ctx.text)
                        .region(sl.end, Math.min(ctx.sent.end(), sl.end + 4)).lookingAt())) return sl;
            }
            // 4.9x debt to adjusted EBITDA: a multiple right before the ratio it states
            if (ctx.lang.equals("en") && (q.rule().contains("multiple") || ValueAssignment.multiple(q))) { // a 1.1 book-to-bill
                for (Slot sl : ctx.slots) {
                    if (sl.start == e + 1 && sl.value == null
                            && (q.rule().contains("multiple") || sl.metric.unit() == FactLexicon.MetricUnit.MULTIPLE)) return sl;
                }
            }
            // a new $500 million share repurchase authorization, 1,120 stores: a balance named right after its figure
            if (ctx.lang.equals("en") && (q.unit().isMoney() || q.unit().dimension() == Dimension.COUNT) && q.direction() == null) {
                for (Slot sl : ctx.slots) {
                    if (sl.start == e + 1 && sl.value == null && sl.metric.kind() == FactLexicon.Kind.STOCK && ValueAssignment.compatible(ctx, sl.metric, q)) {
                        sl.rules.add("en.fact.figure-before-balance");
                        return sl;
                    }
                }
            }
            // $32.4 billion in revenue, $17 million of operating profit
            java.util.regex.Matcher fw = MentionFraming.EN_FIGURE_OF.matcher(ctx.text);
            fw.region(e, Math.min(ctx.sent.end(), e + 40));
            if (fw.lookingAt()) {
                // (8% of revenue is no figure of revenue: a share of it)
                for (Slot sl : ctx.slots) if (sl.start == fw.end() && sl.value == null && ValueAssignment.compatible(ctx, sl.metric, q)) return sl;
            }
            while (best != null && best.listHead != null) best = best.listHead;
            return best;
        }

        /** 营收、经营利润同比增速分别为75%、71%: each item of the list takes its own figure, in order. */
        private void respectively() {
            int k = ctx.text.indexOf("分别", ctx.sent.start());
            while (k >= 0 && k < ctx.sent.end()) {
                List<Slot> list = new ArrayList<>();
                Slot lastBefore = null;
                for (Slot sl : ctx.slots) if (sl.end <= k) lastBefore = sl;
                if (lastBefore != null && lastBefore.group != null) {
                    for (Slot sl : ctx.slots) if (sl.group == lastBefore.group) list.add(sl);
                }
                if (list.size() >= 2) {
                    List<Quantity> figures = new ArrayList<>();
                    for (Quantity q : ctx.qs) if (q.span().start() > k && figures.size() < list.size() && !ctx.consumed.contains(q)) figures.add(q);
                    if (figures.size() == list.size()) {
                        for (int i = 0; i < list.size(); i++) {
                            Slot sl = list.get(i);
                            sl.listHead = null;
                            ctx.consumed.add(figures.get(i));
                            linkTo(sl, figures.get(i));
                        }
                    }
                }
                k = ctx.text.indexOf("分别", k + 2);
            }
        }

        private boolean sameClause(int a, int b) {
            return ctx.sent.clauseStartBefore(a) == ctx.sent.clauseStartBefore(b);
        }

        private void link(Quantity q) {
            if (Exclusions.thirdPartyFigure(ctx, q)) return;
            if (ctx.lang.equals("en") && q.unit().dimension() == Dimension.RATIO && q.direction() == null && Changes.forwardChange(ctx, q)) return;
            if (ctx.lang.equals("en") && Exclusions.parenthesizedPrior(ctx, q)) return;
            if (Exclusions.yearBracketPrior(ctx, q)) return;
            Slot t = targetFor(q);
            if (t == null) return;
            if (q.perShare() && q.unit().isMoney() && (t.metric.id().startsWith("net_income") || t.metric.id().equals("operating_profit"))) {
                t = ShareFigures.perShareSlot(ctx, t); // $1.283 billion or $4.12 per diluted share
            }
            FactLexicon.Metric perShareOfNamed = ShareFigures.perShareOf(ctx, t.metric, q);
            if (perShareOfNamed != null) t = ShareFigures.perShareOfNamed(ctx, t, perShareOfNamed); // AFFO was $288 million, or $0.98 per share
            linkTo(t, q);
        }

        private void linkTo(Slot t, Quantity q) {
            if (RATE_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.text.length(), q.span().end() + 3)).lookingAt()) return; // 8000辆/周

            if (t.start >= q.span().end()) { // the figure comes first: 1588亿元的总营收
                if (t.value == null && ValueAssignment.compatible(ctx, t.metric, q)) ValueAssignment.assignValue(ctx, t, q, "", "");
                return;
            }
            int qs0 = q.span().start();
            String between = ctx.text.substring(t.end, qs0);
            int clauseStart = ctx.sent.clauseStartBefore(qs0);
            String clauseBefore = ctx.text.substring(Math.max(clauseStart, ctx.sent.start()), qs0);
            boolean isRatioQ = q.unit().dimension() == Dimension.RATIO || q.unit().dimension() == Dimension.POINTS;
            if (t.metric.unit() == FactLexicon.MetricUnit.MULTIPLE && ValueAssignment.multiple(q) && q.unit().dimension() == Dimension.RATIO) {
                isRatioQ = false; // 1.2x book-to-bill: a value in times, linked as a bare number is
            }
            char prev = qs0 > 0 ? ctx.text.charAt(qs0 - 1) : ' ';
            boolean valueMarker = prev == '至' || prev == '到' || prev == '为' || prev == '是' || prev == '达' || prev == ':';
            boolean changeCue = q.direction() != null || clauseBefore.contains("同比") || clauseBefore.contains("环比")
                    || clauseBefore.contains("增幅") || clauseBefore.contains("增速") || clauseBefore.contains("降幅");
            if (isRatioQ && (t.metric.unit() != FactLexicon.MetricUnit.RATIO || q.unit().dimension() == Dimension.POINTS)
                    && changeCue && !(valueMarker && t.metric.unit() == FactLexicon.MetricUnit.RATIO)) {
                if (between.length() > (ctx.lang.equals("en") ? 90 : 60)) return;
                Changes.addChange(ctx, t, q, clauseBefore);
                return;
            }
            boolean cued = ForecastCues.cuedFigure(ctx, qs0) || (ctx.lang.equals("en") && t.value != null && ValueAssignment.EN_COMPARED.matcher(
                    ctx.text.substring(Math.max(ctx.sent.start(), qs0 - 20), qs0).toLowerCase(java.util.Locale.ROOT)).find()); // …, from $22.1 million
            if (ctx.lastChangeSlot != null && ctx.lastChangeSlot.value == null && prev == '至' && qs0 - ctx.lastChangeEnd <= 1
                    && ctx.lastChangeSlot != t && ValueAssignment.compatible(ctx, ctx.lastChangeSlot.metric, q)) {
                ValueAssignment.assignValue(ctx, ctx.lastChangeSlot, q, "", clauseBefore);
                return;
            }
            if (isRatioQ && t.metric.unit() == FactLexicon.MetricUnit.RATIO && q.unit().dimension() == Dimension.RATIO) {
                if (!sameClause(t.end, qs0) && between.length() > 30 && !cued && !(valueMarker && between.length() <= 60)) return;
                if (t.value != null && prev == '由') return;
                ValueAssignment.assignValue(ctx, t, q, between, clauseBefore);
                return;
            }
            if (isRatioQ) {
                ShareFigures.shareOfRevenue(ctx, t, q);
                return;
            }
            // a money or count value
            if (!ValueAssignment.compatible(ctx, t.metric, q)) return;
            if (q.direction() != null && !valueMarker) {
                // 减少1286人至7751人: 1286 is how much it fell; 同比增加6.1亿元 says which way it went
                String before = ctx.text.substring(Math.max(ctx.sent.start(), qs0 - 6), qs0);
                if (before.contains("同比") || before.contains("环比")) {
                    ChangeBasis b = before.contains("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
                    boolean has = false;
                    for (Change c : t.changes) has |= c.basis() == b;
                    if (!has) {
                        t.changes.add(Change.direction(b, q.direction(), q.span()));
                        t.rules.add(ctx.lang + ".change.amount-direction");
                    }
                }
                return;
            }
            boolean hasMembers = false;
            for (Slot sl : ctx.slots) if (sl.listHead == t && !sl.metric.id().equals(t.metric.id())) hasMembers = true; // 现金和现金等价物、有价证券合计
            if (hasMembers && (between.contains("合计") || between.contains("总计") || between.contains("共计"))) return;
            boolean continuation = (CONTINUATION.matcher(clauseBefore).matches() || FigurePeriods.OWN_PERIOD_CLAUSE.matcher(clauseBefore).matches())
                    && between.length() <= 40;
            int reach = ctx.lang.equals("en") ? 3 : 1; // English says in more letters what Chinese says in fewer
            if (!cued && !continuation && !sameClause(t.end, qs0) && !ValueAssignment.hasPriorCue(ctx, clauseBefore) && !between.startsWith("(")
                    && between.length() > 12 * reach) return;
            if (between.length() > 40 * reach && !cued) return;
            ValueAssignment.assignValue(ctx, t, q, between, clauseBefore);
        }

    }
}
