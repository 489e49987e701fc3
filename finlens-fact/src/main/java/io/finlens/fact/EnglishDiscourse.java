package io.finlens.fact;

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
final class EnglishDiscourse {
    /** What the sentence being linked inherits: a business line, a period named before, an outlook period; each may be null. */
    record State(String segment, PeriodMentions.Mention period, PeriodMentions.Mention outlook, boolean segmentOpenedHere) {
        static final State NONE = new State(null, null, null, false);
    }

    private static final String NAME_WORD = "[A-Za-z][\\w&/'’-]*";
    /** A business line's name: up to five words joined by spaces, "and", "&" or "of". */
    private static final String NAME = "(" + NAME_WORD + "(?:(?: and| &| of)? " + NAME_WORD + "){0,4})";
    private static final Pattern OPENER = Pattern.compile(
            "(?:^|\\b(?:and|so|now|next|finally|lastly|then)\\b,? |[,;:] )(?:let's |let me |i'll |we'll |i will |we will |i'd like to |we'd like to |i |we )?"
                    + "(?:now )?(?:begin|start|turn|turning|move|moving|go|going|shift|shifting|pivot|pivoting|continue|continuing|come|coming)"
                    + "(?: now)?(?: as always| as usual| again| first)?(?: on| over)? (?:with|to|into)(?: the| our)? " + NAME, Pattern.CASE_INSENSITIVE);
    /** "Capacitors." or "Coming to inductors." as the first sentence of a paragraph: a title naming the business line. */
    private static final Pattern TITLE_SENTENCE = Pattern.compile("(?i)^(?:(?:coming|turning|moving|now|next|and|on)(?: now| on)?(?: to)? )?"
            + "(?:our |the )?(" + NAME_WORD + "(?: " + NAME_WORD + "){0,2})$");
    private static final Set<String> TURNING_VERBS = Set.of("turn", "turning", "move", "moving", "shift", "shifting", "pivot", "pivoting");
    private static final Set<String> OPENER_VERBS = Set.of("begin", "start", "turn", "turning", "move", "moving", "go", "going",
            "shift", "shifting", "pivot", "pivoting", "continue", "continuing", "come", "coming");
    /** Words that may stand between a turning verb and its preposition: "start as always with", "move on to". */
    private static final Set<String> OPENER_FILLERS = Set.of("now", "on", "over", "as", "always", "usual", "again", "first");
    private static final String[] OPENER_PREPOSITIONS = {" to ", " with ", " into "};

    /** Where a turning verb stands right before to/with/into ("turning to", "begin with"), or -1: found by indexOf, not a scan. */
    private int openerHint(String text, String lower) {
        for (String prep : OPENER_PREPOSITIONS) {
            for (int at = lower.indexOf(prep); at >= 0; at = lower.indexOf(prep, at + 1)) {
                // the word before, past "now", "on", "over": "turning now to", "move on to"
                int end = at;
                for (int hop = 0; hop < 4 && end > 0; hop++) {
                    int start = lower.lastIndexOf(' ', end - 1) + 1;
                    String w = lower.substring(start, end);
                    // "turning to the balance sheet" still turns away from the line; "going to see", "continue to grow" do not:
                    // a weak verb turns only to a name (asked only once a verb is found: the paragraph is searched then)
                    if (OPENER_VERBS.contains(w) && (TURNING_VERBS.contains(w) || namesALine(text, lower, at + prep.length()))) {
                        return Math.max(0, start - 24);
                    }
                    if (!OPENER_FILLERS.contains(w)) break;
                    end = start - 1;
                }
            }
        }
        return -1;
    }

    /** Whether what a turning verb turns to at {@code n} is a name ("to Display", "to our REI segment"), not "going to see". */
    private boolean namesALine(String text, String lower, int n) {
        if (lower.startsWith("the ", n)) n += 4;
        else if (lower.startsWith("our ", n)) n += 4;
        if (n < text.length() && Character.isUpperCase(text.charAt(n))) return true;
        int cut = Math.min(lower.length(), n + 48);
        String ahead = lower.substring(Math.min(n, cut), cut);
        return ahead.contains(" segment") || ahead.contains(" business") || ahead.contains(" operation")
                || ahead.contains(" division") || recursInParagraph(firstWord(ahead));
    }

    private static final Set<String> TOPIC_FIRST_WORDS = Set.of("in", "for", "within", "at", "across", "and", "now", "so", "finally,", "lastly,");
    private static final Pattern TOPIC_START = Pattern.compile(
            "^(?:and |now |so |finally, |lastly, )?(?:in|for|within|at|across)(?: the| our)? " + NAME + "(?: segments?| business(?:es)?| divisions?)?,",
            Pattern.CASE_INSENSITIVE);
    /** "In the third quarter, our X business…": a period opener, then the line as the sentence's subject. */
    private static final Pattern PERIOD_THEN_OUR = Pattern.compile("(?i)^(?:in|during) the (?:first |second |third |fourth )?quarter, our ");
    private static final Pattern SEGMENT_NAMED = Pattern.compile(
            "\\b(?:for|on|of|in|within|(?<=^(?:in|during) the (?:first |second |third |fourth )?quarter, )our)(?: the| our)? " + NAME
                    + " (?:segment|business|division)\\b(?! (?:revenue|sales|profit|income|margin|ebitda))",
            Pattern.CASE_INSENSITIVE);
    /** "This was due to growth, specifically in the X division": where a change came from, no line the next sentences are about. */
    private static final Pattern CAUSE_BEFORE = Pattern.compile(
            "(?i)\\b(?:due to|driven by|because of|thanks to|as a result of|offset by|led by|attributable to|resulting from)\\b");
    /** "Grocery Products delivered very impressive results": a business line of two or more capitalized words as subject. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^((?:[A-Z][\\w'’-]*|&|and)(?: (?:[A-Z][\\w'’-]*|&|and)){1,4})(?: segment| business| division)? (?:delivered|reported|posted|"
                    + "generated|had|saw|grew|achieved|continued|returned|recorded|benefited|experienced|faced|was|were|remained|"
                    + "performed|contributed|declined|increased|decreased)\\b");
    private static final Pattern SUFFIX = Pattern.compile("(?i)(?: (?:segments?|business(?:es)?|divisions?|units?|operations?|outlook|results|"
            + "performance|forecast|guidance|update))+$");
    private static final Pattern LINE_NOUN = Pattern.compile("(?i) (?:segments?|business(?:es)?|divisions?|units?|operations?)\\b");
    private static final Pattern SLIDE = Pattern.compile("(?i)^(?:slides?|pages?|charts?|exhibits?)(?: \\d+)?\\b.*");
    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?i)(?:\\bthan|\\bversus|\\bvs\\.?|compared (?:to|with)|\\bfrom|\\bagainst|\\bsince|\\bover|\\bthrough|\\bbefore|\\bin)(?: the| a| our)?\\s*$");
    private static final Pattern COMPARED_PHRASE_BEFORE = Pattern.compile("(?i)\\b(?:compared (?:to|with)|versus|relative to)\\b[^.;,]{0,60}$");
    private static final Pattern COMPARED_FIGURE_BEFORE = Pattern.compile(
            "(?i)(?:\\bthan|\\bversus|\\bvs\\.?|compared (?:to|with)|\\bfrom|\\bagainst|\\bafter)\\s+(?:a |an |the )?(?:loss of |profit of |(?:[A-Za-z&-]+ ){1,3}of )?"
                    + "[-$€£¥]?\\(?[\\d.,]+\\)?(?:\\s*(?:million|billion|thousand|%|percent|basis points|cents|per share|months))?"
                    + "(?:\\s+(?:a |per )?share)?\\s+(?:in|during|for|of)\\s+(?:the\\s+)?$");
    private static final Set<String> NOT_A_LINE = new HashSet<>(List.of(
            "quarter", "year", "results", "guidance", "outlook", "balance", "sheet", "cash", "questions", "question", "q&a",
            "financials", "highlights", "summary", "detail", "details", "call", "remarks", "comments", "slide", "page",
            "operator", "expenses", "expense", "capital", "liquidity", "taxes", "tax", "forecast", "fiscal", "today",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "first", "second", "third", "fourth", "full", "half", "next", "last", "this", "that", "these", "those",
            "it", "them", "you", "us", "we", "i", "there", "here", "our", "my"));
    /** Words that make a bare title ("Turning to margins and profitability.") a topic of the call, not a business line. */
    private static final Set<String> NOT_A_TITLE = Set.of("margin", "margins", "profitability", "profit", "profits", "sales",
            "revenue", "revenues", "earnings", "income", "costs", "pricing", "demand", "performance", "trends", "update",
            "segments", "businesses", "regions", "thanks", "thank", "morning", "afternoon", "everyone");

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

    private final WordList<String> words = Lexicon.INSTANCE.words();
    private final Set<String> companyLevel = Lexicon.INSTANCE.companyLevel();
    private final boolean defaultNonGaap;
    private String segment;
    /** Where the rest of the paragraph after the sentence being read starts: where a title's name must recur. */
    private int restStart;
    /** The end of the line found last (found only when a name is looked for, so a long line is not scanned per sentence). */
    private int restEnd = -1;
    /** Whether the last opener found holds for its own clause only. */
    private boolean itemTopic;
    /** Whether the sentence being read is an item of a list after a semicolon. */
    private boolean listItem;
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
        for (String part : doc.entity().split("[\\s,.&()]+")) {
            if (part.length() < 3 || !Character.isUpperCase(part.charAt(0))) continue;
            if (!names.isEmpty()) names.append('|');
            names.append(Pattern.quote(part));
            ownParts.add(part.toLowerCase(Locale.ROOT));
        }
        // the company as the subject again: "Corning sales…", "Overall, Acme…", "we expect Corning sales…"; not a brand
        // (Hormel Compleats), not "attributable to Deere", not "Deere's construction and forestry sales"
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
        itemTopic = false;
        listItem = sent.start() > 0 && s.charAt(sent.start() - 1) == ';';
        boolean fullStop = sent.end() < s.length() && s.charAt(sent.end()) == '.';
        String opened = sent.start() == line && fullStop ? titleSentence(text) : null;
        if (opened == null) opened = opener(text, lower);
        if (opened != null && itemTopic) return new State(opened, period, outlook, true); // en.discourse.list-item-topic
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

    private static boolean capitalBeforeNoun(String text, String lower) {
        for (String noun : new String[] {" segment", " business", " division"}) {
            for (int at = lower.indexOf(noun); at > 0; at = lower.indexOf(noun, at + 1)) {
                int start = lower.lastIndexOf(' ', at - 1) + 1;
                if (start < at && Character.isUpperCase(text.charAt(start))) return true;
            }
        }
        return false;
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

    /** The business line a sentence turns to: its name, "" when it turns to something else, null when it turns nowhere. */
    private String opener(String text, String lower) {
        Matcher m;
        // the patterns are costly; cheap tests first: a turning verb before to/with, a leading preposition, two capitals
        int hint = openerHint(text, lower);
        if (hint >= 0) {
            m = OPENER.matcher(text);
            String found = null;
            boolean any = false;
            // each match is searched again from its name on: "come to our product lines and I start with X" names X last
            for (int from = Math.max(0, hint - 48); from < text.length() && m.find(from); from = m.start(1)) { // the last turn of the sentence counts: "let me come to our product lines and I start with X"
                String cand = m.group(1);
                // "I start as always with resistors": a lower-case name is a line when the paragraph goes on about it
                if (Character.isLowerCase(cand.charAt(0)) && titleName(cand) && recursInParagraph(cand)) cand = capitalized(cand);
                String n = lineName(cand);
                if (!any || (n != null && !n.isEmpty())) found = n;
                any = true;
            }
            if (any) return found;
        }
        int sp = lower.indexOf(' ');
        String first = sp < 0 ? lower : lower.substring(0, sp);
        if (TOPIC_FIRST_WORDS.contains(first)) {
            m = TOPIC_START.matcher(text);
            if (m.lookingAt()) {
                String cand = m.group(1);
                // en.discourse.lower-case-topic: "For connectors, price increases…": a lower-case name is a line, for its own
                // sentence, when its paragraph speaks of it elsewhere
                boolean lowerName = Character.isLowerCase(cand.charAt(0)) && titleName(cand) && !cand.contains(" ")
                        && (recursInParagraph(cand) || namedEarlierInParagraph(cand, text));
                if (lowerName) cand = capitalized(cand);
                String n = lineName(cand);
                if (n != null && !n.isEmpty()) {
                    // en.discourse.list-item-topic: "…; in Asia, 7.4 turns after 6.7" speaks of Asia in that item only;
                    // a sentence that opens with "In Personal Insurance," goes on about it in the next ones
                    itemTopic = listItem || lowerName;
                    return n;
                } // "In the fourth quarter," turns nowhere: the line may be named after it ("…, our X business delivered")
                if (!PERIOD_THEN_OUR.matcher(text).lookingAt()) return null;
            }
        }
        if (sp > 0 && sp + 1 < text.length() && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(sp + 1))) {
            m = SUBJECT.matcher(text);
            if (m.lookingAt() && !m.group(1).endsWith(" and") && !m.group(1).endsWith(" &")) {
                String n = lineName(m.group(1));
                if (n != null && !n.isEmpty()) return n;
            }
        }
        if (!capitalBeforeNoun(text, lower)) return null; // "the Small Ag and Turf segment", not "our business"
        m = SEGMENT_NAMED.matcher(text);
        if (m.find()) {
            if (CAUSE_BEFORE.matcher(text).region(0, m.start()).find()) return null; // en.discourse.cause-not-opener
            String n = lineName(m.group(1));
            return n == null || n.isEmpty() ? null : n;
        }
        return null;
    }

    /**
     * Rule {@code en.discourse.title-sentence}: a paragraph that opens with a bare name ("Capacitors.", "Opto products.",
     * "Coming to inductors.") and goes on about it turns to that business line; null when the sentence is no such title.
     */
    private String titleSentence(String text) {
        if (text.length() > 48) return null;
        Matcher m = TITLE_SENTENCE.matcher(text);
        if (!m.matches() || !recursInParagraph(m.group(1))) return null;
        if (!titleName(m.group(1))) return null;
        String n = lineName(capitalized(m.group(1)));
        return n == null || n.isEmpty() ? null : n;
    }

    /** Whether a lower-case name may be a business line's: no topic word (margins, pricing) and no "segment" in it. */
    private static boolean titleName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (NOT_A_LINE.contains(w) || NOT_A_TITLE.contains(w) || LINE_NOUN.matcher(" " + w).matches()) return false;
        }
        return true;
    }

    /** Whether a name (its last word without a plural s) comes again in the rest of the paragraph. */
    private boolean recursInParagraph(String name) {
        if (name == null || name.isBlank()) return false;
        String[] w = name.toLowerCase(Locale.ROOT).strip().split(" ");
        String head = w[w.length - 1].replaceAll("[,.;:]+$", "");
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
    private boolean namedEarlierInParagraph(String name, String text) {
        if (name.length() < 4 || NOT_A_LINE.contains(name.toLowerCase(Locale.ROOT))) return false;
        int here = Math.min(restStart, s.length()) - text.length();
        if (here <= 0) return false;
        int para = s.lastIndexOf('\n', here - 1) + 1;
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
        return m.region(para, here).find();
    }

    private static String firstWord(String lower) {
        int sp = lower.indexOf(' ');
        return (sp < 0 ? lower : lower.substring(0, sp)).replaceAll("[^a-z-]+$", "");
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A candidate cleaned to a business line's name: null for a slide reference (neutral), "" for no business line. */
    private String lineName(String cand) {
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
            if (NOT_A_LINE.contains(lw) || lw.matches("q[1-4]|fy\\d*|\\d.*|h[12]")) return "";
            if (Character.isUpperCase(w[i].charAt(0))) capital = true;
            if (!b.isEmpty()) b.append(' ');
            b.append(w[i]);
        }
        String name = b.toString().replaceAll("[,.;:]+$", "");
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
            for (String part : doc.entity().split("[\\s,.&()]+")) if (part.length() > 2 && part.equalsIgnoreCase(word)) return "";
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
