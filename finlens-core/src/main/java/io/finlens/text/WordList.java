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

    /**
     * The words as a trie of their (case-folded) chars: a lookup walks the text once along it instead of trying every
     * word that starts with the same char. A node's words are those ending there, in the list's order.
     */
    private static final class Node<V> {
        /** While the list is built: the children by char; then frozen into the sorted arrays below. */
        Map<Character, Node<V>> building = new HashMap<>();
        char[] keys = new char[0];
        Node<V>[] kids;
        /** The children for ASCII chars by char, in a node with more than a few children (most text is ASCII). */
        Node<V>[] ascii;
        final List<Map.Entry<String, V>> words = new ArrayList<>(1);

        Node<V> child(char c) {
            if (ascii != null && c < 128) return ascii[c];
            if (keys.length <= 8) {
                for (int i = 0; i < keys.length; i++) if (keys[i] == c) return kids[i];
                return null;
            }
            int k = java.util.Arrays.binarySearch(keys, c);
            return k >= 0 ? kids[k] : null;
        }

        @SuppressWarnings("unchecked")
        void freeze() {
            keys = new char[building.size()];
            kids = new Node[building.size()];
            int k = 0;
            for (Character c : building.keySet()) keys[k++] = c;
            java.util.Arrays.sort(keys);
            for (k = 0; k < keys.length; k++) kids[k] = building.get(keys[k]);
            building = null;
            if (keys.length > 4) {
                ascii = new Node[128];
                for (int i = 0; i < keys.length; i++) if (keys[i] < 128) ascii[keys[i]] = kids[i];
            }
            for (Node<V> kid : kids) kid.freeze();
        }
    }

    /** The words, longest first, then alphabetical. */
    private final List<Map.Entry<String, V>> all;
    /**
     * The trie and the words by their last char, built when first needed: a list whose words a text never holds (an
     * English list in a Chinese text) costs nothing but its two char sets, which is most of a short run's start-up.
     */
    private volatile Tables<V> tables;
    private final boolean ignoreCase;
    /** Which chars start or end some word: a quick no before any map lookup. */
    private final java.util.BitSet firstChars = new java.util.BitSet(), lastChars = new java.util.BitSet();

    private record Tables<V>(Node<V> root, Map<Character, List<Map.Entry<String, V>>> byLast) {
    }

    public WordList(Map<String, V> words, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<Map.Entry<String, V>> sorted = new ArrayList<>(words.entrySet());
        // longest first, then alphabetical: the order never depends on hashing
        sorted.sort(Comparator.<Map.Entry<String, V>>comparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, V> e : sorted) {
            String w = e.getKey();
            if (w.isEmpty()) throw new IllegalArgumentException("empty word");
            mark(firstChars, w.charAt(0));
            mark(lastChars, w.charAt(w.length() - 1));
        }
        this.all = List.copyOf(sorted);
    }

    private Tables<V> tables() {
        Tables<V> t = tables;
        if (t == null) tables = t = build(); // two threads may both build: equal tables, either may stay
        return t;
    }

    private Tables<V> build() {
        Node<V> root = new Node<>();
        Map<Character, List<Map.Entry<String, V>>> byLast = new HashMap<>();
        for (Map.Entry<String, V> e : all) {
            String w = e.getKey();
            Node<V> n = root;
            for (int k = 0; k < w.length(); k++) n = n.building.computeIfAbsent(key(w.charAt(k)), c -> new Node<>());
            n.words.add(e);
            byLast.computeIfAbsent(key(w.charAt(w.length() - 1)), k -> new ArrayList<>()).add(e);
        }
        root.freeze();
        return new Tables<>(root, byLast);
    }

    private void mark(java.util.BitSet set, char c) {
        set.set(c);
        if (ignoreCase) {
            set.set(Character.toLowerCase(c));
            set.set(Character.toUpperCase(c));
        }
    }

    private char key(char c) {
        return ignoreCase ? fold(c) : c;
    }

    /** {@link Character#toLowerCase(char)}, without its table lookup for ASCII and for Han, which has no case. */
    static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        // general punctuation (“ ” —), CJK punctuation, kana, Han, full-width punctuation and digits: no case
        if (c >= '\u2000' && c <= '\u20ff' || c >= '\u2e80' && c <= '\u9fff' || c >= '\uff00' && c <= '\uff20') return c;
        return Character.toLowerCase(c);
    }

    /** The longest word starting at {@code i}, or null. */
    public Match<V> at(CharSequence s, int i) {
        if (i < 0 || i >= s.length() || !firstChars.get(s.charAt(i))) return null;
        // inside a Latin word no word that starts with a letter can match (it must start at a word boundary)
        if (i > 0 && Chars.isLatin(s.charAt(i)) && Chars.isLatin(s.charAt(i - 1))) return null;
        // walk the trie along the text, noting each node where words end and where they end in the text; the deepest
        // (longest word) that keeps its boundaries wins, as when the words are tried longest first
        int n = s.length();
        Node<V> node = tables().root();
        int j = i;
        Node<V>[] ended = null;
        int[] ends = null;
        int found = 0;
        while (true) {
            Node<V> step;
            if (j < n && isBlank(s.charAt(j)) && (step = node.child(' ')) != null) {
                // a space of the word matches a run of spaces and tabs, or one line break among them ("Free     cash
                // flow" in a justified PDF line, "cash\n  flow"), so that a phrase laid out by a typesetter is the phrase
                int breaks = 0;
                while (j < n && isBlank(s.charAt(j))) {
                    if (s.charAt(j) == '\n' && ++breaks > 1) break;
                    j++;
                }
                if (breaks > 1) break;
            } else {
                if (j >= n || (step = node.child(key(s.charAt(j)))) == null) break;
                j++;
            }
            node = step;
            if (!node.words.isEmpty()) {
                if (ended == null) {
                    @SuppressWarnings("unchecked")
                    Node<V>[] a = new Node[4];
                    ended = a;
                    ends = new int[4];
                } else if (found == ended.length) {
                    ended = java.util.Arrays.copyOf(ended, found * 2);
                    ends = java.util.Arrays.copyOf(ends, found * 2);
                }
                ended[found] = node;
                ends[found++] = j;
            }
        }
        for (int k = found - 1; k >= 0; k--) {
            for (Map.Entry<String, V> e : ended[k].words) {
                String w = e.getKey();
                if (boundaryAfter(s, ends[k], w) && boundaryBefore(s, i, w)) return new Match<>(w, e.getValue(), i, ends[k]);
            }
        }
        return null;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** The longest word ending at {@code end} (exclusive), or null. */
    public Match<V> before(CharSequence s, int end) {
        if (end <= 0 || end > s.length() || !lastChars.get(s.charAt(end - 1))) return null;
        List<Map.Entry<String, V>> cands = tables().byLast().get(key(s.charAt(end - 1)));
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
