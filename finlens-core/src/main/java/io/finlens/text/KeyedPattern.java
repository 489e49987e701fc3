package io.finlens.text;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose every match starts with one of a few key characters, found by a scan for those
 * characters instead of {@code java.util.regex}'s attempt at every position: a union of words ({@code 发布|公布|披露})
 * otherwise costs one try of each word at each char of the text.
 *
 * <p>The matches are those of {@link Matcher#find()} over the same region with transparent, non-anchoring bounds
 * (a lookbehind sees the text before the region; {@code ^} and {@code $} match only where the text has them), provided
 * the keys hold the first character of every match: that is the caller's promise, and the pattern's comment says
 * which characters they are. Patterns that can match the empty string or that depend on the region's own bounds do
 * not belong here.
 */
public final class KeyedPattern {
    private final Pattern pattern;
    private final BitSet keys = new BitSet(Character.MAX_VALUE + 1);
    /** The words every match starts with (one of them), or null when only the first characters are known. */
    private final String[] prefixes;
    /** A char every match holds within {@link #reach} chars after its first, or 0. */
    private final char anchor;
    private final int reach;

    /**
     * @param keys  every character a match can start with (both cases of a case-blind pattern's letters)
     * @param regex the pattern
     */
    public KeyedPattern(String keys, String regex) {
        this(firstChars(keys, regex), null, (char) 0, 0, regex);
    }

    private KeyedPattern(String keys, String[] prefixes, char anchor, int reach, String regex) {
        this.pattern = Pattern.compile(regex);
        if (pattern.matcher("").matches()) throw new IllegalArgumentException("a keyed pattern must not match the empty string: " + regex);
        for (int i = 0; i < keys.length(); i++) this.keys.set(keys.charAt(i));
        this.prefixes = prefixes;
        this.anchor = anchor;
        this.reach = reach;
    }

    private static String firstChars(String keys, String regex) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) throw new IllegalArgumentException("a keyed pattern needs at least one key character: " + regex);
        return keys;
    }

    /**
     * A pattern every match of which starts with one of {@code prefixes} ({@code 19}, {@code 20} for a year): tried
     * only where one of them stands, a stronger filter than the first character alone when that character is common.
     *
     * @param prefixes the words a match can start with, as case-sensitive text
     * @param regex    the pattern
     * @return the keyed pattern
     */
    public static KeyedPattern prefixed(List<String> prefixes, String regex) {
        if (prefixes.isEmpty()) throw new IllegalArgumentException("a prefixed pattern needs at least one prefix: " + regex);
        StringBuilder firsts = new StringBuilder();
        for (String p : prefixes) {
            if (p.isEmpty()) throw new IllegalArgumentException("empty prefix for " + regex);
            firsts.append(p.charAt(0));
        }
        return new KeyedPattern(firsts.toString(), prefixes.toArray(String[]::new), (char) 0, 0, regex);
    }

    /**
     * A pattern every match of which starts with one of {@code keys} and holds {@code anchor} at most {@code reach}
     * chars after its first ({@code 12月}, {@code 3月末}: 月 one or two chars after the first digit): tried only where
     * both stand, a stronger filter than the first character alone when that character is a digit.
     *
     * @param keys   every character a match can start with
     * @param anchor a char every match holds near its start
     * @param reach  how far after the first char the anchor may stand (1 or more)
     * @param regex  the pattern
     * @return the keyed pattern
     */
    public static KeyedPattern anchored(String keys, char anchor, int reach, String regex) {
        if (reach < 1) throw new IllegalArgumentException("an anchor's reach must be 1 or more: " + regex);
        if (regex.indexOf(anchor) < 0) throw new IllegalArgumentException("the anchor " + anchor + " is not in " + regex);
        return new KeyedPattern(firstChars(keys, regex), null, anchor, reach, regex);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether {@code c} may start a match. */
    public boolean isKey(char c) {
        return keys.get(c);
    }

    /**
     * Whether a match may start at {@code i} of {@code s}: its char is a key and, for a prefixed pattern, a prefix stands
     * there, for an anchored one its anchor within reach.
     */
    public boolean isKeyAt(CharSequence s, int i) {
        if (!keys.get(s.charAt(i))) return false;
        if (anchor != 0) {
            for (int k = i + 1, end = Math.min(s.length(), i + reach + 1); k < end; k++) if (s.charAt(k) == anchor) return true;
            return false;
        }
        if (prefixes == null) return true;
        for (String p : prefixes) if (startsWith(s, i, p)) return true;
        return false;
    }

    private static boolean startsWith(CharSequence s, int i, String p) {
        if (i + p.length() > s.length()) return false;
        for (int k = 0; k < p.length(); k++) if (s.charAt(i + k) != p.charAt(k)) return false;
        return true;
    }

    /** The matches in {@code [from, to)} of {@code s}, in order, as {@link Matcher#find()} gives them. */
    public Finder in(CharSequence s, int from, int to) {
        Objects.checkFromToIndex(from, to, s.length());
        return new Finder(s, from, to);
    }

    /** Whether a match lies in {@code [from, to)}. */
    public boolean foundIn(CharSequence s, int from, int to) {
        return in(s, from, to).find();
    }

    /** Walks the matches of one region; {@link #matcher()} holds the current one. */
    public final class Finder {
        private final CharSequence s;
        private final Matcher m;
        private int to;
        private int pos;

        private Finder(CharSequence s, int from, int to) {
            this.s = s;
            this.to = to;
            this.pos = from;
            this.m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Starts over on {@code [from, to)} of the same text: one finder (and its matcher) serves many windows. */
        public Finder region(int from, int to) {
            Objects.checkFromToIndex(from, to, s.length());
            this.pos = from;
            this.to = to;
            return this;
        }

        /** Moves to the next match; false when there is none. */
        public boolean find() {
            for (int i = pos; i < to; i++) {
                if (!isKeyAt(s, i)) continue;
                m.region(i, to);
                if (m.lookingAt()) {
                    pos = m.end();
                    return true;
                }
            }
            pos = to;
            return false;
        }

        /** The matcher positioned on the current match (valid after {@link #find()} returned true). */
        public Matcher matcher() {
            return m;
        }

        public int start() {
            return m.start();
        }

        public int end() {
            return m.end();
        }

        public String group(int g) {
            return m.group(g);
        }
    }
}
