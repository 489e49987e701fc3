package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.text.Sentences;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an English speaker's earlier sentences set for later ones. A call walks through its business lines
 * ("Let's begin with Optical Communications. Fourth-quarter sales were up 7%…"), names a period once and keeps
 * talking about it ("For the full year, sales were $3.7 billion. Net income reached $960 million"), and gives an
 * outlook period before the figures of the outlook ("we expect sales to grow in the first quarter. We expect sales
 * to be in the range of…"). One instance reads one document, sentence by sentence, in order.
 *
 * <p>Rules, in the order they apply to each sentence:
 * <ol>
 *   <li>{@code en.discourse.turn}: a short line of its own without a closing full stop (a speaker's name, a section
 *   title) ends everything carried;</li>
 *   <li>{@code en.discourse.reset}: words of the whole company (consolidated, overall, the company's own name) end
 *   the business line under discussion;</li>
 *   <li>{@code en.discourse.reset}: the company opening a sentence without figures ("Acme offers…") is no reset;</li>
 *   <li>{@code en.discourse.title-sentence}: a paragraph opening with a bare name ("Capacitors.", "Coming to inductors.")
 *   that it goes on about turns to that line;</li>
 *   <li>{@code en.discourse.opener}: "Turning to X", "Let's begin with X", "I start as always with x", "In X, …", "our
 *   forecast for the X segment" start business line X (or end the current one when X is no business line: "Turning
 *   to the balance sheet"); the last turn of a sentence counts;</li>
 *   <li>{@code en.discourse.list-item-topic}: "…; in Asia, 7.4 after 6.7" names the line of that list item only;</li>
 *   <li>{@code en.discourse.period}: the period a sentence names outright carries to the next sentences of its
 *   paragraph; the period of a forecast carries to later forecasts of the same turn, and so does a period after the
 *   document's named without a forecast word ({@code en.discourse.future-period}: "The results for the third quarter
 *   look promising. We guide to a sales range between…").</li>
 * </ol>
 * The document's default basis ({@code en.discourse.default-basis}) comes from a sentence such as "we'll be
 * discussing our consolidated results using core performance measures unless we specifically indicate…".
 */
final class EnglishDiscourse implements EnLineOpeners.Paragraph {
    /** What the sentence being linked inherits: a business line, a period named before, an outlook period; each may be null. */
    record State(String segment, PeriodMentions.Mention period, PeriodMentions.Mention outlook, boolean segmentOpenedHere) {
        static final State NONE = new State(null, null, null, false);
    }

    private static final Pattern SUFFIX = Pattern.compile("(?i)(?: (?:segments?|business(?:es)?|divisions?|units?|operations?|outlook|results|"
            + "performance|forecast|guidance|update))+$");
    static final Pattern LINE_NOUN = Pattern.compile("(?i) (?:segments?|business(?:es)?|divisions?|units?|operations?)\\b");
    private static final Pattern SLIDE = Pattern.compile("(?i)^(?:slides?|pages?|charts?|exhibits?)(?: \\d+)?\\b.*");
    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?i)(?:\\bthan|\\bversus|\\bvs\\.?|compared (?:to|with)|\\bfrom|\\bagainst|\\bsince|\\bover|\\bthrough|\\bbefore|\\bin)(?: the| a| our)?\\s*$");
    private static final Pattern COMPARED_PHRASE_BEFORE = Pattern.compile("(?i)\\b(?:compared (?:to|with)|versus|relative to)\\b[^.;,]{0,60}$");
    private static final Pattern COMPARED_FIGURE_BEFORE = Pattern.compile(
            "(?i)(?:\\bthan|\\bversus|\\bvs\\.?|compared (?:to|with)|\\bfrom|\\bagainst|\\bafter)\\s+(?:a |an |the )?(?:loss of |profit of |(?:[A-Za-z&-]+ ){1,3}of )?"
                    + "[-$€£¥]?\\(?[\\d.,]+\\)?(?:\\s*(?:million|billion|thousand|%|percent|basis points|cents|per share|months))?"
                    + "(?:\\s+(?:a |per )?share)?\\s+(?:in|during|for|of)\\s+(?:the\\s+)?$");
    static final Set<String> NOT_A_LINE = new HashSet<>(List.of(
            "quarter", "year", "results", "guidance", "outlook", "balance", "sheet", "cash", "questions", "question", "q&a",
            "financials", "highlights", "summary", "detail", "details", "call", "remarks", "comments", "slide", "page",
            "operator", "expenses", "expense", "capital", "liquidity", "taxes", "tax", "forecast", "fiscal", "today",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "first", "second", "third", "fourth", "full", "half", "next", "last", "this", "that", "these", "those",
            "it", "them", "you", "us", "we", "i", "there", "here", "our", "my"));

    private static final Set<String> NON_GAAP_LINES = Set.of("revenue", "gross_profit", "gross_margin", "operating_profit",
            "operating_margin", "net_income", "net_margin", "eps", "ebitda", "ebitda_margin", "operating_expenses",
            "pretax_income", "effective_tax_rate", "sga_expense", "rd_expense");

    private final String s;
    private final Pattern ownName;
    /** The lower-cased parts of the company's name, and the reset phrases: cheap tests before the patterns run. */
    private final List<String> ownParts = new java.util.ArrayList<>();
    private final DocumentContext doc;
    private final FactLexicon lex;
    /** The discourse words and the company-level metrics, loaded once. */
    private record Lexicon(WordList<String> words, Set<String> companyLevel) {
        static final Lexicon INSTANCE = load();

        private static Lexicon load() {
            Map<String, String> w = new LinkedHashMap<>();
            for (Tsv.Row r : Tsv.load(EnglishDiscourse.class, "discourse-en.tsv", 2, 2)) {
                if (!r.get(1).equals("reset") && !r.get(1).equals("default-basis")) throw r.error("reset or default-basis expected: " + r.get(1));
                if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("discourse words are lower case: " + r.get(0));
                w.put(r.get(0), r.get(1));
            }
            Set<String> companyLevel = new HashSet<>();
            FactLexicon lex = FactLexicon.get();
            for (Tsv.Row r : Tsv.load(EnglishDiscourse.class, "company-level-metrics.tsv", 2, 2)) {
                if (!lex.metrics.containsKey(r.get(0))) throw r.error("unknown metric id: " + r.get(0));
                companyLevel.add(r.get(0));
            }
            return new Lexicon(new WordList<>(w, true), Set.copyOf(companyLevel));
        }
    }

    /** What finds the business line a sentence turns to. */
    private final EnLineOpeners openers = new EnLineOpeners(this);
    private final WordList<String> words = Lexicon.INSTANCE.words();
    private final Set<String> companyLevel = Lexicon.INSTANCE.companyLevel();
    private final boolean defaultNonGaap;
    private String segment;
    /** Where the rest of the paragraph after the sentence being read starts: where a title's name must recur. */
    private int restStart;
    /** The end of the line found last (found only when a name is looked for, so a long line is not scanned per sentence). */
    private int restEnd = -1;
    private PeriodMentions.Mention period;
    private int periodLineStart = -1;
    /** The number of the sentence being read, the one that last opened a line, and whether that one stated a figure. */
    private int sentenceNo, openedAt = -2;
    private boolean openerHadFigure;
    private static final Pattern FIGURE = Pattern.compile("(?i)[$€£¥]\\s?\\d|\\d\\s?%|\\d\\s?(?:million|billion|thousand|percent|basis points)\\b");
    private PeriodMentions.Mention outlook;

    EnglishDiscourse(String s, DocumentContext doc, FactLexicon lex) {
        this.s = s;
        this.doc = doc;
        this.lex = lex;
        defaultNonGaap = declaresNonGaap(s);
        StringBuilder names = new StringBuilder();
        for (String part : Regex.split(doc.entity(), "[\\s,.&()]+")) {
            if (part.length() < 3 || !Character.isUpperCase(part.charAt(0))) continue;
            if (!names.isEmpty()) names.append('|');
            names.append(Pattern.quote(part));
            ownParts.add(part.toLowerCase(Locale.ROOT));
        }
        // the company as the subject again: "Acme sales…", "Overall, Acme…", "we expect Acme sales…"; not a brand
        // (Acme Snacks), not "attributable to Acme", not "Acme's construction and forestry sales"
        ownName = names.isEmpty() ? null : Pattern.compile("(?:^|^(?:and|so|overall|now|again),? |\\b(?:expect|total|all of|across) )(?:" + names
                + ")(?: (?:" + names + "))*\\b(?!['’]s)(?! [A-Z])(?! (?:and|&) [A-Z])");
    }

    /** Whether the document says its figures are non-GAAP unless it names GAAP. */
    boolean defaultNonGaap() {
        return defaultNonGaap;
    }

    /** Whether a metric is an income statement line or its margin: what a non-GAAP declaration or heading covers. */
    static boolean incomeStatementLine(String metricId) {
        return NON_GAAP_LINES.contains(metricId);
    }

    /** Whether a document-wide non-GAAP declaration covers this metric (income statement lines and their margins). */
    boolean nonGaapByDefault(String metricId) {
        return NON_GAAP_LINES.contains(metricId);
    }

    /** Whether a business line a section is about may be the segment of this metric (not EPS, cash, buybacks…), in any language. */
    static boolean lineMetric(String metricId) {
        return !Lexicon.INSTANCE.companyLevel().contains(metricId);
    }

    /** Whether a business line under discussion may be the segment of this metric (not EPS, cash, buybacks…). */
    boolean segmentable(String metricId) {
        return !companyLevel.contains(metricId);
    }

    /** Reads the sentence about to be linked and returns what it inherits. */
    State before(Sentences.Sentence sent) {
        String text = s.substring(sent.start(), sent.end()).strip();
        boolean ownLine = (sent.start() == 0 || s.charAt(sent.start() - 1) == '\n')
                && (sent.end() >= s.length() || s.charAt(sent.end()) == '\n');
        String trimmed = text.strip();
        if (ownLine && trimmed.length() < 100 && !trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0
                && !trimmed.contains("$") && !trimmed.contains("%")) {
            segment = null; // en.discourse.turn
            period = null;
            outlook = null;
            return State.NONE;
        }
        int line = lineStart(sent);
        if (line != periodLineStart) period = null;
        String lower = text.toLowerCase(Locale.ROOT);
        if (namesWholeCompany(lower, text)) segment = null; // en.discourse.reset
        restStart = Math.min(sent.end(), s.length());
        boolean listItem = sent.start() > 0 && s.charAt(sent.start() - 1) == ';';
        boolean fullStop = sent.end() < s.length() && s.charAt(sent.end()) == '.';
        String opened = openers.turnedTo(text, lower, sent.start() == line && fullStop, listItem);
        if (opened != null && openers.itemTopic()) return new State(opened, period, outlook, true); // en.discourse.list-item-topic
        sentenceNo++;
        boolean openerBefore = openedAt == sentenceNo - 1 && !openerHadFigure;
        if (opened != null) {
            segment = opened.isEmpty() ? null : opened;
            openedAt = sentenceNo;
            openerHadFigure = FIGURE.matcher(text).find();
        }
        // the line is this sentence's own, or the one before only introduced it ("Slide 9 shows our forecast for X.")
        return new State(segment, period, outlook, opened != null && !opened.isEmpty() || segment != null && openerBefore);
    }

    /** Records what the sentence just linked names for the sentences after it. */
    void after(Sentences.Sentence sent, List<PeriodMentions.Mention> periods, java.util.function.BooleanSupplier isForecast) {
        PeriodMentions.Mention last = null;
        for (PeriodMentions.Mention m : periods) {
            if (m.start() < sent.start()) continue;
            if (m.start() >= sent.end()) break;
            if (m.kind() == PeriodMentions.Kind.RELATIVE || m.kind() == PeriodMentions.Kind.INSTANT) continue;
            // "increases in the current year": a comparison's own words, said figure by figure, not the paragraph's period
            if (m.rule().equals("en.period.current-year")) continue;
            if (COMPARISON_BEFORE.matcher(s.substring(Math.max(sent.start(), m.start() - 16), m.start())).find()
                    && !s.startsWith("in the", Math.max(sent.start(), m.start() - 7)) && !startsClause(sent, m.start())) {
                continue;
            }
            // "an increase from $19.8 million in the third quarter of 2023": the base's period is no period of the paragraph
            if (COMPARED_FIGURE_BEFORE.matcher(s.substring(Math.max(sent.start(), m.start() - 48), m.start())).find()) continue;
            // "compared to its performance a year ago in the third quarter of 2021": the base's period, figure or none
            if (COMPARED_PHRASE_BEFORE.matcher(s.substring(Math.max(sent.start(), m.start() - 64), m.start())).find()) continue;
            last = m;
        }
        if (last == null) return;
        if (isForecast.getAsBoolean()) {
            outlook = last; // "we expect sales to grow in the first quarter": the next forecasts are for it
            return;
        }
        io.finlens.model.Period named = doc.resolve(last, true); // en.discourse.future-period: a later period is the outlook's
        if (named != null && named.end().isAfter(doc.period().end())) outlook = last;
        period = last;
        periodLineStart = lineStart(sent);
    }

    /** The last position {@link #lineStart} answered for, and its answer. */
    private int linePos, lineStartAtPos;

    /**
     * Where the line (the paragraph) holding a sentence starts. Sentences come in text order, so the search goes back
     * only to the last sentence asked about: one long line of many sentences is not scanned again for each.
     */
    private int lineStart(Sentences.Sentence sent) {
        int pos = sent.start();
        if (pos == 0) return 0;
        int start = -1;
        if (pos >= linePos) {
            for (int i = pos - 1; i >= linePos; i--) {
                if (s.charAt(i) == '\n') {
                    start = i + 1;
                    break;
                }
            }
            if (start < 0) start = lineStartAtPos;
        } else {
            start = s.lastIndexOf('\n', pos - 1) + 1;
        }
        linePos = pos;
        lineStartAtPos = start;
        return start;
    }

    private boolean startsClause(Sentences.Sentence sent, int pos) {
        String pre = s.substring(Math.max(sent.start(), pos - 8), pos).toLowerCase(Locale.ROOT);
        int clause = sent.clauseStartBefore(pos);
        return clause >= pos - 8 && (pre.endsWith("in the ") || pre.endsWith("in ") || pre.endsWith("for the ") || pre.endsWith("for "));
    }

    private boolean namesWholeCompany(String lower, String text) {
        for (int i = 0; i < lower.length(); i++) {
            if (i > 0 && lower.charAt(i - 1) != ' ') continue; // phrases start words
            var m = words.at(lower, i);
            if (m != null && m.value().equals("reset")) return true;
        }
        if (ownName == null) return false;
        boolean named = false;
        for (String part : ownParts) named |= lower.contains(part);
        if (!named) return false;
        Matcher m = ownName.matcher(text);
        if (!m.find()) return false;
        // the company opening a sentence without figures ("Acme offers every technology") describes the line under
        // discussion; "we expect Acme sales to grow" still speaks of the whole company
        return !(m.start() == 0 && Character.isUpperCase(text.charAt(0)) && text.chars().noneMatch(Character::isDigit));
    }

    /** Whether a name (its last word without a plural s) comes again in the rest of the paragraph. */
    @Override
    public boolean recursInParagraph(String name) {
        if (name == null || name.isBlank()) return false;
        String[] w = name.toLowerCase(Locale.ROOT).strip().split(" ");
        String head = Regex.replaceAll(w[w.length - 1], "[,.;:]+$", "");
        if (head.endsWith("s") && head.length() > 4) head = head.substring(0, head.length() - 1);
        if (head.length() < 4 || NOT_A_LINE.contains(head)) return false;
        if (restEnd < restStart) {
            int e = s.indexOf('\n', restStart);
            restEnd = e < 0 ? s.length() : e;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(head), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
        return m.region(restStart, restEnd).find();
    }

    /** Whether a one-word name comes earlier in the paragraph than the sentence {@code text} (which follows {@link #restStart}'s sentence). */
    @Override
    public boolean namedEarlierInParagraph(String name, String text) {
        if (name.length() < 4 || NOT_A_LINE.contains(name.toLowerCase(Locale.ROOT))) return false;
        int here = Math.min(restStart, s.length()) - text.length();
        if (here <= 0) return false;
        int para = s.lastIndexOf('\n', here - 1) + 1;
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
        return m.region(para, here).find();
    }

    /** A candidate cleaned to a business line's name: null for a slide reference (neutral), "" for no business line. */
    @Override
    public String lineName(String cand) {
        boolean nouned = LINE_NOUN.matcher(cand).find(); // "our financial services operation": named a business outright
        String c = SUFFIX.matcher(cand.strip()).replaceAll("");
        if (SLIDE.matcher(c).matches()) return null;
        String[] w = c.split(" ");
        int end = w.length;
        // "Display on Slide 5", "Optical Communications this quarter": the name ends before a small word
        for (int i = 1; i < w.length; i++) {
            String lw = w[i].toLowerCase(Locale.ROOT);
            if (lw.equals("and") || lw.equals("&") || lw.equals("of")) continue;
            if (Character.isLowerCase(w[i].charAt(0)) && (lex.segmentStopEn.contains(lw) || LINE_NOUN.matcher(" " + lw).matches())) {
                end = i;
                break;
            }
        }
        boolean capital = false;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < end; i++) {
            String lw = w[i].toLowerCase(Locale.ROOT);
            if (NOT_A_LINE.contains(lw) || Regex.matches(lw, "q[1-4]|fy\\d*|\\d.*|h[12]")) return "";
            if (Character.isUpperCase(w[i].charAt(0))) capital = true;
            if (!b.isEmpty()) b.append(' ');
            b.append(w[i]);
        }
        String name = Regex.replaceAll(b.toString(), "[,.;:]+$", "");
        if ((!capital && !nouned) || name.isEmpty()) return "";
        var alias = lex.aliasesEn.at(name, 0);
        if (alias != null && alias.end() >= name.length() - 1) return ""; // "Turning to revenue": a metric, not a line
        for (int i = name.indexOf(' ') + 1; i > 0; i = name.indexOf(' ', i) + 1) { // "GAAP Net Income was…": a metric too
            var tail = lex.aliasesEn.at(name, i);
            if (tail != null && tail.end() >= name.length() - 1) return "";
        }
        for (String word : w) {
            // ("the sale of Kestrel's business": a possessive names whose business, never a line)
            if (EnSegmentNames.possessive(word)) return "";
            for (String part : Regex.split(doc.entity(), "[\\s,.&()]+")) if (part.length() > 2 && part.equalsIgnoreCase(word)) return "";
        }
        if (w[0].equalsIgnoreCase("total") || w[0].equalsIgnoreCase("overall")) return ""; // "For total Edwards,": the company
        for (String a : doc.aliases()) if (a.equalsIgnoreCase(name)) return "";
        return name;
    }

    private static final Pattern EXCEPT = Pattern.compile("(?i)\\b(?:unless|except where)\\b");

    /** A sentence with "unless…" or "except where…" that names a non-GAAP basis for what is said ("core performance measures"). */
    private boolean declaresNonGaap(String text) {
        // (a cheap scan first: most texts say neither word, and the case-blind pattern is slow over a whole text)
        if (!text.contains("nless") && !text.contains("NLESS") && !text.contains("xcept") && !text.contains("XCEPT")) return false;
        Matcher u = EXCEPT.matcher(text);
        while (u.find()) {
            int a = Math.max(0, Math.max(text.lastIndexOf('.', u.start()), text.lastIndexOf('\n', u.start())));
            int z = text.indexOf('.', u.start());
            String sentence = text.substring(a, z < 0 ? text.length() : z).toLowerCase(Locale.ROOT);
            if (!sentence.contains("gaap") && !sentence.contains("otherwise")) continue;
            for (int i = 0; i < sentence.length(); i++) {
                var m = words.at(sentence, i);
                if (m != null && m.value().equals("default-basis")) return true;
            }
        }
        return false;
    }
}
