package io.finlens.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words with values, matched at or before a position, longest first. Words that end in a Latin
 * letter only match at a word boundary (so {@code m} does not match the start of {@code months}).
 *
 * @param <V> what a word stands for
 */
public final class WordList<V> {
    /** A match: the word, what it stands for, and where it is. */
    public record Match<V>(String word, V value, int start, int end) {
    }

    private final Map<Character, List<Map.Entry<String, V>>> byFirst = new HashMap<>();
    private final Map<Character, List<Map.Entry<String, V>>> byLast = new HashMap<>();
    private final boolean ignoreCase;
    /** {@link #byFirst} for ASCII first characters, without boxing: most lookups in English text land here. */
    @SuppressWarnings("unchecked")
    private final List<Map.Entry<String, V>>[] asciiFirst = new List[128];
    /** Which chars start or end some word: a quick no before any map lookup. */
    private final java.util.BitSet firstChars = new java.util.BitSet(), lastChars = new java.util.BitSet();

    public WordList(Map<String, V> words, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<Map.Entry<String, V>> all = new ArrayList<>(words.entrySet());
        // longest first, then alphabetical: the order never depends on hashing
        all.sort(Comparator.<Map.Entry<String, V>>comparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, V> e : all) {
            String w = e.getKey();
            if (w.isEmpty()) throw new IllegalArgumentException("empty word");
            byFirst.computeIfAbsent(key(w.charAt(0)), k -> new ArrayList<>()).add(e);
            if (key(w.charAt(0)) < 128) asciiFirst[key(w.charAt(0))] = byFirst.get(key(w.charAt(0)));
            mark(firstChars, w.charAt(0));
            mark(lastChars, w.charAt(w.length() - 1));
            byLast.computeIfAbsent(key(w.charAt(w.length() - 1)), k -> new ArrayList<>()).add(e);
        }
    }

    private void mark(java.util.BitSet set, char c) {
        set.set(c);
        if (ignoreCase) {
            set.set(Character.toLowerCase(c));
            set.set(Character.toUpperCase(c));
        }
    }

    private char key(char c) {
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    /** The longest word starting at {@code i}, or null. */
    public Match<V> at(CharSequence s, int i) {
        if (i < 0 || i >= s.length() || !firstChars.get(s.charAt(i))) return null;
        // inside a Latin word no word that starts with a letter can match (it must start at a word boundary)
        if (i > 0 && Chars.isLatin(s.charAt(i)) && Chars.isLatin(s.charAt(i - 1))) return null;
        char c0 = s.charAt(i);
        List<Map.Entry<String, V>> cands = c0 < 128 ? asciiFirst[key(c0)] : byFirst.get(key(c0));
        if (cands == null) return null;
        for (Map.Entry<String, V> e : cands) {
            String w = e.getKey();
            int end = matchEnd(s, i, w);
            if (end >= 0 && boundaryAfter(s, end, w) && boundaryBefore(s, i, w)) {
                return new Match<>(w, e.getValue(), i, end);
            }
        }
        return null;
    }

    /**
     * Where word {@code w} ends when it starts at {@code i}, or -1: a space of the word also matches a run of spaces
     * and tabs, or one line break among them ("Free     cash flow" in a justified PDF line, "cash\n  flow"), so that a
     * phrase laid out by a typesetter is still the phrase.
     */
    private int matchEnd(CharSequence s, int i, String w) {
        int j = i;
        int n = s.length();
        for (int k = 0; k < w.length(); k++) {
            char b = w.charAt(k);
            if (b == ' ' && j < n && isBlank(s.charAt(j))) {
                int breaks = 0;
                while (j < n && isBlank(s.charAt(j))) {
                    if (s.charAt(j) == '\n' && ++breaks > 1) return -1;
                    j++;
                }
                continue;
            }
            if (j >= n) return -1;
            char a = s.charAt(j);
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) return -1;
            j++;
        }
        return j;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** The longest word ending at {@code end} (exclusive), or null. */
    public Match<V> before(CharSequence s, int end) {
        if (end <= 0 || end > s.length() || !lastChars.get(s.charAt(end - 1))) return null;
        List<Map.Entry<String, V>> cands = byLast.get(key(s.charAt(end - 1)));
        if (cands == null) return null;
        for (Map.Entry<String, V> e : cands) {
            String w = e.getKey();
            int st = end - w.length();
            if (st >= 0 && regionMatches(s, st, w) && boundaryBefore(s, st, w) && boundaryAfter(s, end, w)) {
                return new Match<>(w, e.getValue(), st, end);
            }
        }
        return null;
    }

    private boolean regionMatches(CharSequence s, int i, String w) {
        if (i + w.length() > s.length()) return false;
        for (int k = 0; k < w.length(); k++) {
            char a = s.charAt(i + k), b = w.charAt(k);
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) return false;
        }
        return true;
    }

    private static boolean boundaryAfter(CharSequence s, int end, String w) {
        return !Chars.isLatin(w.charAt(w.length() - 1)) || end >= s.length() || !Chars.isLatin(s.charAt(end));
    }

    private static boolean boundaryBefore(CharSequence s, int start, String w) {
        return !Chars.isLatin(w.charAt(0)) || start == 0 || !Chars.isLatin(s.charAt(start - 1));
    }
}
