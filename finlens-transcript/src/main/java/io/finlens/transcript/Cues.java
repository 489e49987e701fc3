package io.finlens.transcript;

import io.finlens.text.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark the parts of a call ({@code cues.tsv}): speaker labels that are roles (问, Operator), openings
 * of unnamed questions (有机构问及), moderation (Next question.), section headings and footers. Matching ignores case.
 */
final class Cues {
    static final Set<String> KINDS = Set.of("operator", "questioner", "answerer", "question-lead", "follow-up-lead", "speech-verb",
            "analyst-word", "moderation", "qa-heading", "presentation-heading", "end", "end-contains", "not-speaker", "call-cue",
            "name-stop", "handover", "closing", "pleasantry", "host-title", "ask-verb", "corporate-heading",
            "analyst-heading");
    private static final Cues STANDARD = new Cues(Tsv.load(Cues.class, "cues.tsv", 3, 3));

    /** kind → cues of both languages, lower-cased, longest first. */
    private final Map<String, List<String>> byKind = new LinkedHashMap<>();
    /** kind → the length of its longest cue. */
    private final Map<String, Integer> longest = new LinkedHashMap<>();
    /** kind → its cues as a set, for {@link #is}: a whole line is looked up in them, line after line. */
    private final Map<String, Set<String>> sets = new java.util.HashMap<>();
    /** kind → its cues by their first char, for a scan along a text that lower-cases nothing. */
    private final Map<String, ByFirst> firsts = new java.util.HashMap<>();

    private Cues(List<Tsv.Row> rows) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            String kind = r.get(0), lang = r.get(1), cue = r.get(2);
            if (!KINDS.contains(kind)) throw r.error("unknown kind '" + kind + "', expected one of " + KINDS);
            if (!lang.equals("zh") && !lang.equals("en")) throw r.error("language must be zh or en, not '" + lang + "'");
            if (cue.isEmpty()) throw r.error("empty cue");
            List<String> l = m.computeIfAbsent(kind, k -> new ArrayList<>());
            String low = cue.toLowerCase(Locale.ROOT);
            if (l.contains(low)) throw r.error("cue '" + cue + "' repeats under " + kind);
            l.add(low);
        }
        for (String k : KINDS) {
            List<String> l = new ArrayList<>(m.getOrDefault(k, List.of()));
            l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            byKind.put(k, List.copyOf(l));
            longest.put(k, l.isEmpty() ? 0 : l.get(0).length());
            sets.put(k, Set.copyOf(l));
            firsts.put(k, new ByFirst(l));
        }
    }

    static Cues standard() {
        return STANDARD;
    }

    List<String> of(String kind) {
        List<String> l = byKind.get(kind);
        if (l == null) throw new IllegalArgumentException("unknown cue kind: " + kind);
        return l;
    }

    /** Whether {@code text} is, as a whole, one of the cues of {@code kind}. */
    boolean is(String kind, String text) {
        String t = text.strip();
        if (t.length() > longest.get(kind)) return false;
        Set<String> s = sets.get(kind);
        if (s == null) throw new IllegalArgumentException("unknown cue kind: " + kind);
        return s.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The longest cue of {@code kind} that {@code text} starts with, or null. */
    String leading(String kind, String text) {
        return text.isEmpty() ? null : byFirst(kind).at(text, 0);
    }

    /** How many of the cues of {@code kind} {@code text} holds (each counted once, wherever and however often it stands). */
    int count(String kind, String text) {
        ByFirst f = byFirst(kind);
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            List<String> cs = f.starting(text.charAt(i));
            if (cs == null) continue;
            for (String c : cs) if (ByFirst.matches(text, i, c)) found.add(c);
        }
        return found.size();
    }

    /** Whether {@code text} holds a cue of {@code kind} anywhere. */
    boolean inside(String kind, String text) {
        ByFirst f = byFirst(kind);
        for (int i = 0; i < text.length(); i++) if (f.at(text, i) != null) return true;
        return false;
    }

    /** Whether {@code text} holds a cue of {@code kind} as a whole word (a Latin cue is not part of a longer word). */
    boolean word(String kind, String text) {
        ByFirst f = byFirst(kind);
        for (int i = 0; i < text.length(); i++) {
            List<String> cs = f.starting(text.charAt(i));
            if (cs == null) continue;
            for (String c : cs) {
                if (!ByFirst.matches(text, i, c)) continue;
                boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1)) || !io.finlens.text.Chars.isLatin(c.charAt(0));
                int e = i + c.length();
                boolean after = e >= text.length() || !Character.isLetter(text.charAt(e)) || !io.finlens.text.Chars.isLatin(c.charAt(c.length() - 1));
                if (before && after) return true;
            }
        }
        return false;
    }

    /** The index of the first cue of {@code kind} in {@code text} and its length (the longest there), or null. */
    int[] find(String kind, String text) {
        ByFirst f = byFirst(kind);
        for (int i = 0; i < text.length(); i++) {
            String c = f.at(text, i);
            if (c != null) return new int[] {i, c.length()};
        }
        return null;
    }

    private ByFirst byFirst(String kind) {
        ByFirst f = firsts.get(kind);
        if (f == null) throw new IllegalArgumentException("unknown cue kind: " + kind);
        return f;
    }

    /**
     * One kind's cues (lower case) by their first char, longest first: a text is scanned once, its chars lower-cased
     * one by one where a cue could start, instead of lower-casing the whole text and searching it once per cue.
     */
    private static final class ByFirst {
        private final Map<Character, List<String>> cues = new java.util.HashMap<>();
        private final java.util.BitSet firsts = new java.util.BitSet();

        ByFirst(List<String> longestFirst) {
            for (String c : longestFirst) {
                cues.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c);
                firsts.set(c.charAt(0));
                firsts.set(Character.toUpperCase(c.charAt(0)));
                firsts.set(Character.toTitleCase(c.charAt(0)));
            }
        }

        List<String> starting(char c) {
            return firsts.get(c) ? cues.get(Character.toLowerCase(c)) : null;
        }

        /** The longest cue at {@code i}, or null. */
        String at(String text, int i) {
            List<String> cs = starting(text.charAt(i));
            if (cs == null) return null;
            for (String c : cs) if (matches(text, i, c)) return c;
            return null;
        }

        static boolean matches(String text, int i, String cue) {
            if (i + cue.length() > text.length()) return false;
            for (int k = 0; k < cue.length(); k++) if (Character.toLowerCase(text.charAt(i + k)) != cue.charAt(k)) return false;
            return true;
        }
    }
}
