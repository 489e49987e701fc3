package io.finlens.check;

import io.finlens.text.Regex;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words and metric relations the checks use, read once from the TSV files beside this class and checked
 * at load ({@code file:line} in the error).
 */
final class Vocabulary {
    /** What a gap between parts and their whole may be. */
    enum Remainder { NONNEGATIVE, SIGNED }

    /** A stated ratio and what it divides. */
    record Ratio(String ratio, String numerator, String denominator, boolean denominatorIsTotal, boolean derive) {
    }

    /** One term of a bridge formula: a metric, its sign, and whether the text may leave it out. */
    record Term(String metric, int sign, boolean optional) {
    }

    /** A stated figure and the stated figures it is made of. */
    record Bridge(String id, String target, List<Term> terms, boolean failOnMismatch) {
        Bridge {
            terms = List.copyOf(terms);
        }
    }

    final Map<String, Remainder> additive = new LinkedHashMap<>();
    final Map<String, Set<String>> components = new LinkedHashMap<>();
    final List<Ratio> ratios = new ArrayList<>();
    final List<Bridge> bridges = new ArrayList<>();
    /** Structure cues: word → of-which | breakdown. */
    final Map<String, String> cues = new LinkedHashMap<>();
    final List<String> segmentSuffixes = new ArrayList<>();
    final Map<String, String> segmentSynonyms = new LinkedHashMap<>();
    final List<String> notPart = new ArrayList<>();
    final List<String> comparisonCues = new ArrayList<>();
    /** Flows that are the change of a stock: net_adds → paid_subscriptions, mau, dau. */
    final Map<String, Set<String>> stockFlows = new LinkedHashMap<>();
    /** Period words: word → quarter | half | nine-months | year. */
    final Map<String, String> periodCues = new LinkedHashMap<>();

    /** The period words as a list to match, built once. */
    final WordList<String> periodWords;
    /**
     * Structure cues in lower case by their first character, longest first: for one pass over a text. The first
     * characters are few, so they are kept in an array searched in place, behind a table by character that says no at
     * once for the many characters no cue starts with (a look-up per character of every text).
     */
    private final char[] cueFirsts;
    private final String[][] cuesFrom;
    /** The first characters of the structure cues in lower case. */
    final boolean[] cueFirstChars = new boolean[Character.MAX_VALUE + 1];
    /** The characters whose {@link Character#toLowerCase(char)} starts a cue: the same quick no before lower-casing. */
    final boolean[] cueFirstCharsAnyCase = new boolean[Character.MAX_VALUE + 1];
    /** The kind of each structure cue in lower case: the first cue in file order with that lower case. */
    private final Map<String, String> cueKinds = new java.util.HashMap<>();

    /** Longest first, then in order: so 业务线 is tried before 业务 (set before {@link #STANDARD}, which sorts with it). */
    private static final java.util.Comparator<String> LONGEST_FIRST =
            (a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b);
    private static final Vocabulary STANDARD = new Vocabulary();

    static Vocabulary standard() {
        return STANDARD;
    }

    private Vocabulary() {
        readAdditive();
        readRelation("components.tsv", components);
        readRatios();
        readBridges();
        readStructureCues();
        readSegmentWords();
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "comparison-cues.tsv", 1, 1)) comparisonCues.add(r.get(0));
        Map<Character, List<String>> cuesByFirst = lowerCuesByFirst();
        cueFirsts = new char[cuesByFirst.size()];
        cuesFrom = new String[cuesByFirst.size()][];
        indexCues(cuesByFirst);
        readRelation("stock-flows.tsv", stockFlows);
        readPeriodCues();
        periodWords = new WordList<>(periodCues, true);
    }

    private void readAdditive() {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "additive-metrics.tsv", 2, 2)) {
            Remainder rem = switch (r.get(1)) {
                case "nonnegative" -> Remainder.NONNEGATIVE;
                case "signed" -> Remainder.SIGNED;
                default -> throw r.error("remainder is nonnegative or signed: " + r.get(1));
            };
            if (additive.put(metric(r, 0), rem) != null) throw r.error("metric listed twice: " + r.get(0));
        }
    }

    /** A file of metric pairs, each first metric to the set of its seconds. */
    private static void readRelation(String file, Map<String, Set<String>> into) {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, file, 2, 2)) {
            into.computeIfAbsent(metric(r, 0), k -> new LinkedHashSet<>()).add(metric(r, 1));
        }
    }

    private void readRatios() {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "ratios.tsv", 5, 5)) {
            if (!r.get(3).equals("same") && !r.get(3).equals("total")) throw r.error("denominator_segment is same or total: " + r.get(3));
            if (!r.get(4).equals("yes") && !r.get(4).equals("no")) throw r.error("derive is yes or no: " + r.get(4));
            ratios.add(new Ratio(metric(r, 0), metric(r, 1), metric(r, 2), r.get(3).equals("total"), r.get(4).equals("yes")));
        }
    }

    private void readBridges() {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "bridges.tsv", 4, 4)) {
            if (!r.get(3).equals("fail") && !r.get(3).equals("warn")) throw r.error("on_mismatch is fail or warn: " + r.get(3));
            bridges.add(new Bridge(r.get(0), metric(r, 1), formula(r), r.get(3).equals("fail")));
        }
    }

    private void readStructureCues() {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "structure-cues.tsv", 2, 2)) {
            if (!r.get(1).equals("of-which") && !r.get(1).equals("breakdown")) throw r.error("kind is of-which or breakdown: " + r.get(1));
            if (cues.put(r.get(0), r.get(1)) != null) throw r.error("cue listed twice: " + r.get(0));
            checkCueCharacters(r, r.get(0));
        }
    }

    /**
     * Doc#cues compares the text lower-cased character by character, which is String#toLowerCase for these characters
     * only, and reads paragraph by paragraph, which finds what a whole text gives for these only.
     */
    private static void checkCueCharacters(Tsv.Row r, String cue) {
        for (int k = 0; k < cue.length(); k++) {
            char c = cue.charAt(k);
            boolean edge = k == 0 || k == cue.length() - 1;
            if (!(Character.isLetter(c) && (c < 128 || io.finlens.text.Chars.isHan(c)) || c == ' ' && !edge)) {
                throw r.error("a structure cue is Latin letters or Han characters, with spaces only inside: '" + cue + "'");
            }
        }
    }

    private void readSegmentWords() {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "segment-words.tsv", 2, 3)) {
            switch (r.get(1)) {
                case "suffix" -> segmentSuffixes.add(r.get(0));
                case "synonym" -> {
                    if (r.cells().size() != 3 || r.get(2).isEmpty()) throw r.error("a synonym names its canonical form in column 3");
                    segmentSynonyms.put(r.get(0), r.get(2));
                }
                case "not-part" -> notPart.add(r.get(0));
                default -> throw r.error("kind is suffix, synonym or not-part: " + r.get(1));
            }
        }
        // longest suffix first, so 业务线 is dropped before 业务 is looked for
        segmentSuffixes.sort(LONGEST_FIRST);
    }

    /** The structure cues in lower case by their first character, longest first. */
    private Map<Character, List<String>> lowerCuesByFirst() {
        List<String> lowerCues = new ArrayList<>();
        for (String c : cues.keySet()) lowerCues.add(c.toLowerCase(java.util.Locale.ROOT));
        lowerCues.sort(LONGEST_FIRST);
        Map<Character, List<String>> cuesByFirst = new LinkedHashMap<>();
        for (String c : lowerCues) cuesByFirst.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c);
        return cuesByFirst;
    }

    /** Fills the look-ups by first character and the kinds of the structure cues in lower case. */
    private void indexCues(Map<Character, List<String>> cuesByFirst) {
        int at = 0;
        for (Map.Entry<Character, List<String>> e : cuesByFirst.entrySet()) {
            cueFirsts[at] = e.getKey();
            cuesFrom[at++] = e.getValue().toArray(new String[0]);
            cueFirstChars[e.getKey()] = true;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) cueFirstCharsAnyCase[c] = cueFirstChars[Character.toLowerCase((char) c)];
        for (Map.Entry<String, String> e : cues.entrySet()) cueKinds.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue());
    }

    private void readPeriodCues() {
        for (Tsv.Row r : Tsv.load(Vocabulary.class, "period-cues.tsv", 2, 2)) {
            if (!Set.of("quarter", "half", "nine-months", "year").contains(r.get(1))) {
                throw r.error("kind is quarter, half, nine-months or year: " + r.get(1));
            }
            if (periodCues.put(r.get(0), r.get(1)) != null) throw r.error("word listed twice: " + r.get(0));
        }
    }

    private static String metric(Tsv.Row r, int col) {
        String m = r.get(col);
        if (!Regex.matches(m, "[a-z][a-z0-9_]*")) throw r.error("not a metric id: " + m);
        return m;
    }

    private static List<Term> formula(Tsv.Row r) {
        String[] tokens = r.get(2).trim().split("\\s+");
        List<Term> terms = new ArrayList<>();
        int sign = 1;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (i % 2 == 1) {
                if (t.equals("+")) sign = 1;
                else if (t.equals("-")) sign = -1;
                else throw r.error("expected + or - in the formula, found " + t);
                continue;
            }
            boolean optional = t.endsWith("?");
            String m = optional ? t.substring(0, t.length() - 1) : t;
            if (!Regex.matches(m, "[a-z][a-z0-9_]*")) throw r.error("not a metric id in the formula: " + t);
            if (i == 0 && optional) throw r.error("the first term cannot be optional");
            terms.add(new Term(m, sign, optional));
        }
        if (tokens.length % 2 == 0 || terms.size() < 2) throw r.error("a formula is metric (± metric)+: " + r.get(2));
        return terms;
    }

    /** The kind of a structure cue given in lower case. */
    String cueKind(String lowerCue) {
        String k = cueKinds.get(lowerCue);
        if (k == null) throw new IllegalArgumentException("not a cue: " + lowerCue);
        return k;
    }

    /** The structure cues in lower case that start with {@code c}, longest first, or null. */
    String[] cuesStartingWith(char c) {
        if (!cueFirstChars[c]) return null;
        for (int i = 0; i < cueFirsts.length; i++) if (cueFirsts[i] == c) return cuesFrom[i];
        return null;
    }

    boolean isComponent(String whole, String part) {
        Set<String> s = components.get(whole);
        return s != null && s.contains(part);
    }

    /** The segment label as compared: generic suffixes dropped, synonyms folded; null stays null. */
    String canonicalSegment(String segment) {
        if (segment == null) return null;
        String s = segment.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suf : segmentSuffixes) {
                if (s.length() > suf.length() && s.endsWith(suf)) {
                    s = s.substring(0, s.length() - suf.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        for (Map.Entry<String, String> e : segmentSynonyms.entrySet()) s = s.replace(e.getKey(), e.getValue());
        return s;
    }
}
