package io.finlens.fact;

import io.finlens.text.Regex;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business line an English sentence turns to, for {@link EnglishDiscourse}: {@code en.discourse.title-sentence} (a
 * paragraph opening with a bare name, "Capacitors.", "Coming to inductors.", that it goes on about), {@code
 * en.discourse.opener} ("Turning to X", "Let's begin with X", "I start as always with x", "In X, …", "our forecast for the
 * X segment"; "" when X is no business line: "Turning to the balance sheet"; the last turn of a sentence counts), {@code
 * en.discourse.lower-case-topic}, {@code en.discourse.list-item-topic} and {@code en.discourse.cause-not-opener}. It reads
 * the paragraph around the sentence, and makes a candidate a line's name, through {@link Paragraph}.
 */
final class EnLineOpeners {
    /** What the openers ask of the discourse: the paragraph around the sentence being read, and a line's name. */
    interface Paragraph {
        /** Whether a name (its last word without a plural s) comes again in the rest of the paragraph. */
        boolean recursInParagraph(String name);

        /** Whether a one-word name comes earlier in the paragraph than the sentence {@code text}. */
        boolean namedEarlierInParagraph(String name, String text);

        /** A candidate cleaned to a business line's name: null for a slide reference (neutral), "" for no business line. */
        String lineName(String cand);
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
    /** Words that make a bare title ("Turning to margins and profitability.") a topic of the call, not a business line. */
    private static final Set<String> NOT_A_TITLE = Set.of("margin", "margins", "profitability", "profit", "profits", "sales",
            "revenue", "revenues", "earnings", "income", "costs", "pricing", "demand", "performance", "trends", "update",
            "segments", "businesses", "regions", "thanks", "thank", "morning", "afternoon", "everyone");
    /** "Grocery Products delivered very impressive results": a business line of two or more capitalized words as subject. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^((?:[A-Z][\\w'’-]*|&|and)(?: (?:[A-Z][\\w'’-]*|&|and)){1,4})(?: segment| business| division)? (?:delivered|reported|posted|"
                    + "generated|had|saw|grew|achieved|continued|returned|recorded|benefited|experienced|faced|was|were|remained|"
                    + "performed|contributed|declined|increased|decreased)\\b");

    private final Paragraph paragraph;
    /** Whether the last opener found holds for its own clause only. */
    private boolean itemTopic;

    EnLineOpeners(Paragraph paragraph) {
        this.paragraph = paragraph;
    }

    /**
     * The business line the sentence {@code text} turns to: its name, "" when it turns to something else, null when it turns
     * nowhere; a title ({@code title}: it opens its paragraph and ends on a full stop) first; {@code listItem}: the sentence is an
     * item of a list after a semicolon.
     */
    String turnedTo(String text, String lower, boolean title, boolean listItem) {
        itemTopic = false;
        String opened = title ? titleSentence(text) : null;
        return opened != null ? opened : opener(text, lower, listItem);
    }

    /** Whether the line {@link #turnedTo} found last holds for its own clause only (en.discourse.list-item-topic). */
    boolean itemTopic() {
        return itemTopic;
    }

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
                || ahead.contains(" division") || paragraph.recursInParagraph(firstWord(ahead));
    }

    /** The business line a sentence turns to: its name, "" when it turns to something else, null when it turns nowhere. */
    private String opener(String text, String lower, boolean listItem) {
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
                if (Character.isLowerCase(cand.charAt(0)) && titleName(cand) && paragraph.recursInParagraph(cand)) cand = capitalized(cand);
                String n = paragraph.lineName(cand);
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
                        && (paragraph.recursInParagraph(cand) || paragraph.namedEarlierInParagraph(cand, text));
                if (lowerName) cand = capitalized(cand);
                String n = paragraph.lineName(cand);
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
                String n = paragraph.lineName(m.group(1));
                if (n != null && !n.isEmpty()) return n;
            }
        }
        if (!capitalBeforeNoun(text, lower)) return null; // "the Small Ag and Turf segment", not "our business"
        m = SEGMENT_NAMED.matcher(text);
        if (m.find()) {
            if (CAUSE_BEFORE.matcher(text).region(0, m.start()).find()) return null; // en.discourse.cause-not-opener
            String n = paragraph.lineName(m.group(1));
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
        if (!m.matches() || !paragraph.recursInParagraph(m.group(1))) return null;
        if (!titleName(m.group(1))) return null;
        String n = paragraph.lineName(capitalized(m.group(1)));
        return n == null || n.isEmpty() ? null : n;
    }

    /** Whether a lower-case name may be a business line's: no topic word (margins, pricing) and no "segment" in it. */
    private static boolean titleName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (EnglishDiscourse.NOT_A_LINE.contains(w) || NOT_A_TITLE.contains(w) || EnglishDiscourse.LINE_NOUN.matcher(" " + w).matches()) return false;
        }
        return true;
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

    private static String firstWord(String lower) {
        int sp = lower.indexOf(' ');
        return Regex.replaceAll((sp < 0 ? lower : lower.substring(0, sp)), "[^a-z-]+$", "");
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
