package io.finlens.transcript;

import io.finlens.text.Chars;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The words of a {@link WordList} that ignores case, in a trie: {@link #at} gives exactly the match
 * {@link WordList#at} gives, but walks the text once per position instead of trying every word with the same
 * first character (topic cues are scored at every position of every exchange, so this is the reader's hot loop).
 *
 * <p>Why it is the same: {@code WordList} compares characters as equal when their {@link Character#toLowerCase(char)}
 * are, so the trie is keyed by lower-cased characters; it tries words longest first, then in alphabetical order, and a
 * word matches when its characters match and the Latin word boundaries hold at both ends. The trie finds every word
 * whose characters match at the position (the terminals along the walk), and tries them deepest first, words of one
 * terminal (spellings that differ only in case) in alphabetical order, with the same boundary tests and the same quick
 * rejections (a first character no word starts with, a position inside a Latin word).
 *
 * @param <V> what a word stands for
 */
final class WordTrie<V> {
    private static final class Node<V> {
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        Node<V>[] kids = new Node[0];
        /** The words ending here, alphabetical: spellings of one lower-cased word. */
        List<Map.Entry<String, V>> words;
        /** The children for ASCII characters by character, in a node with many children (set once built). */
        Node<V>[] ascii;

        Node<V> child(char c) {
            if (ascii != null && c < 128) return ascii[c];
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) if (k[i] == c) return kids[i];
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i < 0 ? null : kids[i];
        }

        Node<V> add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return kids[i];
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            @SuppressWarnings("unchecked")
            Node<V>[] n = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node<>();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            keys = k;
            kids = n;
            return n[at];
        }
    }

    private final Node<V> root = new Node<>();
    /** Which chars start some word, in either case: {@link WordList}'s quick no. */
    private final BitSet firstChars = new BitSet();
    private final int longest;

    /** The trie of {@code words}, matched ignoring case as by {@code new WordList<>(words, true)}. */
    WordTrie(Map<String, V> words) {
        List<Map.Entry<String, V>> all = new ArrayList<>(words.entrySet());
        all.sort(Comparator.<Map.Entry<String, V>>comparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        int max = 0;
        for (Map.Entry<String, V> e : all) {
            String w = e.getKey();
            if (w.isEmpty()) throw new IllegalArgumentException("empty word");
            char f = w.charAt(0);
            firstChars.set(f);
            firstChars.set(Character.toLowerCase(f));
            firstChars.set(Character.toUpperCase(f));
            Node<V> n = root;
            for (int k = 0; k < w.length(); k++) n = n.add(Character.toLowerCase(w.charAt(k)));
            if (n.words == null) n.words = new ArrayList<>();
            n.words.add(Map.entry(w, e.getValue())); // in the sorted order: alphabetical within one length
            max = Math.max(max, w.length());
        }
        this.longest = max;
        index(root);
    }

    /** Gives every node with more than a few children a table of its ASCII children (most text is ASCII). */
    @SuppressWarnings("unchecked")
    private static <V> void index(Node<V> n) {
        if (n.keys.length > 4) {
            Node<V>[] a = new Node[128];
            for (int i = 0; i < n.keys.length; i++) if (n.keys[i] < 128) a[n.keys[i]] = n.kids[i];
            n.ascii = a;
        }
        for (Node<V> k : n.kids) index(k);
    }

    /** The longest word starting at {@code i}, or null: the same as {@link WordList#at}. */
    WordList.Match<V> at(CharSequence s, int i) {
        if (i < 0 || i >= s.length() || !firstChars.get(s.charAt(i))) return null;
        if (i > 0 && Chars.isLatin(s.charAt(i)) && Chars.isLatin(s.charAt(i - 1))) return null;
        // the terminals along the walk, by depth; at most one per depth
        Node<V>[] hits = null;
        int[] ends = null;
        int count = 0;
        Node<V> n = root.child(lower(s.charAt(i)));
        if (n == null) return null;
        int limit = Math.min(s.length(), i + longest);
        for (int k = i; k < limit; k++) {
            if (k > i) n = n.child(lower(s.charAt(k)));
            if (n == null) break;
            if (n.words != null) {
                if (hits == null) {
                    @SuppressWarnings("unchecked")
                    Node<V>[] h = new Node[4];
                    hits = h;
                    ends = new int[4];
                } else if (count == hits.length) {
                    hits = Arrays.copyOf(hits, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                hits[count] = n;
                ends[count] = k + 1;
                count++;
            }
        }
        for (int h = count - 1; h >= 0; h--) {
            int end = ends[h];
            for (Map.Entry<String, V> e : hits[h].words) {
                String w = e.getKey();
                if (boundaryAfter(s, end, w) && boundaryBefore(s, i, w)) return new WordList.Match<>(w, e.getValue(), i, end);
            }
        }
        return null;
    }

    /** {@link Character#toLowerCase(char)}, computed in place for ASCII (nearly every character looked up). */
    private static char lower(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(c);
    }

    private static boolean boundaryAfter(CharSequence s, int end, String w) {
        return !Chars.isLatin(w.charAt(w.length() - 1)) || end >= s.length() || !Chars.isLatin(s.charAt(end));
    }

    private static boolean boundaryBefore(CharSequence s, int start, String w) {
        return !Chars.isLatin(w.charAt(0)) || start == 0 || !Chars.isLatin(s.charAt(start - 1));
    }
}
