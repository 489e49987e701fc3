package io.finlens.fact;

/**
 * What the period rules ({@link PeriodMentions}) hinge on, as data each rule declares: the key characters or the word a
 * rule cannot match without (a window is searched only around them), and the characters every match of a rule starts
 * with (the rule is then tried only where one of them stands, not at every position of its window). Both cases of a
 * case-blind rule's first letters are declared; {@code PeriodRuleKeysTest} checks on the project's texts that no match
 * starts elsewhere.
 */
final class PeriodRuleKeys {
    private PeriodRuleKeys() {
    }

    /** The characters Chinese period rules hinge on, one bit each. */
    private static final String KEY_CHARS = "季月年半中同";

    /** The key-character bits of {@code chars}, each of which must be one of the key characters; 0 for none. */
    static int bits(String chars) {
        int bits = 0;
        for (char c : chars.toCharArray()) {
            int at = KEY_CHARS.indexOf(c);
            if (at < 0) throw new IllegalStateException("not a period key character: " + c + " (keys: " + KEY_CHARS + ")");
            bits |= 1 << at;
        }
        return bits;
    }

    /** An English rule's needed word: lower case, since it is compared case-blind from its first letter. */
    static String word(String w) {
        if (!w.equals(w.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
            throw new IllegalStateException("a period rule's needed word must start with a letter and be lower case: " + w);
        }
        return w;
    }

    /** The next position in {@code [from, to)} of a rule's key: its word (English) or one of its key characters, or -1. */
    static int nextKey(String s, int from, int to, boolean english, int needs, String enNeeds) {
        if (english) {
            char first = enNeeds.charAt(0); // a lower-case letter: its upper case is the one other char that matches it
            for (int i = from; i + enNeeds.length() <= to; i++) {
                if ((s.charAt(i) | 0x20) == first && s.regionMatches(true, i, enNeeds, 0, enNeeds.length())) return i;
            }
            return -1;
        }
        for (int i = from; i < to; i++) {
            int at = KEY_CHARS.indexOf(s.charAt(i));
            if (at >= 0 && (needs & (1 << at)) != 0) return i;
        }
        return -1;
    }

    /** The bit of {@code c} among the key characters, 0 when it is none of them. */
    static int bitOf(char c) {
        int at = KEY_CHARS.indexOf(c);
        return at >= 0 ? 1 << at : 0;
    }
}
