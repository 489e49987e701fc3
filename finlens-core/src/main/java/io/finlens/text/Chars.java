package io.finlens.text;

/** Character classes the rules share. */
public final class Chars {
    private Chars() {
    }

    public static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** Whether {@code s} holds a Han character ({@link #isHan}). */
    public static boolean hasHan(CharSequence s) {
        return hasHan(s, 0, s.length());
    }

    /** Whether {@code s} holds a Han character ({@link #isHan}) in {@code [from, to)}. */
    public static boolean hasHan(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) if (isHan(s.charAt(i))) return true;
        return false;
    }

    /** CJK punctuation and full-width forms that stay after normalization (。、「」《》“” and the like). */
    /**
     * Whether one of {@code chars} stands in {@code [from, to)} of {@code s}: a cheap test before a pattern that cannot
     * match without one of them (a union of words that all contain 预 or 估), so the pattern runs only where it may match.
     */
    public static boolean anyIn(CharSequence s, int from, int to, String chars) {
        for (int i = Math.max(0, from), end = Math.min(to, s.length()); i < end; i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    public static boolean isCjkPunct(char c) {
        return (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009'
                || c == '\u202F' || c == '\u200B';
    }
}
