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
        String low = text.substring(0, Math.min(text.length(), longest.get(kind) + 1)).toLowerCase(Locale.ROOT);
        for (String c : of(kind)) if (low.startsWith(c)) return c;
        return null;
    }

    /** Whether {@code text} holds a cue of {@code kind} anywhere. */
    boolean inside(String kind, String text) {
        String low = text.toLowerCase(Locale.ROOT);
        for (String c : of(kind)) if (low.contains(c)) return true;
        return false;
    }

    /** Whether {@code text} holds a cue of {@code kind} as a whole word (a Latin cue is not part of a longer word). */
    boolean word(String kind, String text) {
        String low = text.toLowerCase(Locale.ROOT);
        for (String c : of(kind)) {
            for (int i = low.indexOf(c); i >= 0; i = low.indexOf(c, i + 1)) {
                boolean before = i == 0 || !Character.isLetter(low.charAt(i - 1)) || !io.finlens.text.Chars.isLatin(c.charAt(0));
                int e = i + c.length();
                boolean after = e >= low.length() || !Character.isLetter(low.charAt(e)) || !io.finlens.text.Chars.isLatin(c.charAt(c.length() - 1));
                if (before && after) return true;
            }
        }
        return false;
    }

    /** The index of the first cue of {@code kind} in {@code text} and its length, or null. */
    int[] find(String kind, String text) {
        String low = text.toLowerCase(Locale.ROOT);
        int best = -1, len = 0;
        for (String c : of(kind)) {
            int i = low.indexOf(c);
            if (i >= 0 && (best < 0 || i < best || i == best && c.length() > len)) {
                best = i;
                len = c.length();
            }
        }
        return best < 0 ? null : new int[] {best, len};
    }
}
