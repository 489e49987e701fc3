package io.finlens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence rule of a {@link Document}: where a sentence of normalized text ends, and where its clauses start. A
 * sentence ends at {@code 。！？!?;；}, at an English full stop before a space (not after an abbreviation), and at a line
 * break that is no soft break (see {@link #softBreak}); a clause starts after a comma or a colon (a comma between digits,
 * 6,534, is no boundary). The fact stage reads a figure with the words of its sentence; {@link Document} groups the
 * sentences a semicolon joins for the checks.
 */
public final class Sentences {
    private Sentences() {
    }

    /** A sentence: its bounds (half-open, normalized text) and the start of each clause in it after the first. */
    public record Sentence(int start, int end, int[] clauseStarts) {
        public Sentence {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }

        /** The start of the clause holding {@code pos}. */
        public int clauseStartBefore(int pos) {
            int best = start;
            for (int c : clauseStarts) if (c <= pos) best = c;
            return best;
        }

        /** The end of the clause holding {@code pos} (the character before the next clause's start, or the sentence end). */
        public int clauseEndAfter(int pos) {
            for (int c : clauseStarts) if (c > pos) return c - 1;
            return end;
        }
    }

    /** Whether the character at {@code i} ends a sentence. */
    public static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n') return !softBreak(s, i);
        if (c == '。' || c == '!' || c == '?' || c == ';' || c == '！' || c == '？' || c == '；') return true;
        // an English full stop: followed by a space or line end, not inside a number or an abbreviation
        if (c == '.' && (i + 1 >= s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
            return i == 0 || !(Chars.isDigit(s.charAt(i - 1)) && i + 1 < s.length() && Chars.isDigit(s.charAt(i + 1)))
                    && !endsWithAbbreviation(s, i);
        }
        return false;
    }

    /**
     * A single line break inside a sentence (a label on one line, its figure on the next: "总收入\n为人民币68.9亿元")
     * is no boundary: the next line continues with 为, 同比, a comma...
     */
    static boolean softBreak(String s, int nl) {
        if (nl > 0 && s.charAt(nl - 1) == '\n') return nl >= 2 && s.charAt(nl - 2) != '\n' && doubleSpaced(s, nl - 1);
        int j = nl + 1;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        if (j < s.length() && s.charAt(j) == '\n') return doubleSpaced(s, nl);
        if (j >= s.length()) return false;
        char next = s.charAt(j);
        char prev = nl > 0 ? s.charAt(nl - 1) : '\n';
        if (prev == ',' || prev == '、' || prev == '，') return true;
        // a wrapped English line: the sentence runs on when the next line starts in lower case ("The U.S.\nsegment adjusted EBITDA")
        if (next >= 'a' && next <= 'z' && (Chars.isLatin(prev) || Chars.isDigit(prev) || prev == '%' || prev == ')' || prev == '.' && endsWithAbbreviation(s, nl - 1))) {
            return true;
        }
        return next == '为' || next == '是' || next == '达' || next == '至' || next == '较' || next == ','
                || s.startsWith("同比", j) || s.startsWith("环比", j);
    }

    /**
     * A line of a double-spaced page (a PDF that sets a blank line after each line) that runs on after one blank line:
     * "a 6 percent\n\nincrease over the year"; the line before ends in a word or figure, the next starts in lower case.
     */
    private static boolean doubleSpaced(String s, int nl) {
        int j = nl + 1;
        if (j >= s.length() || s.charAt(j) != '\n') return false;
        j++;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        if (j >= s.length()) return false;
        char next = s.charAt(j);
        char prev = nl > 0 ? s.charAt(nl - 1) : '\n';
        return next >= 'a' && next <= 'z' && (Chars.isLatin(prev) || Chars.isDigit(prev) || prev == '%' || prev == ',');
    }

    private static boolean endsWithAbbreviation(String s, int dot) {
        int k = dot;
        while (k > 0 && Chars.isLatin(s.charAt(k - 1))) k--;
        String w = s.substring(k, dot);
        return w.equals("Inc") || w.equals("Corp") || w.equals("Co") || w.equals("Ltd") || w.equals("Mr") || w.equals("Ms")
                || w.equals("Dr") || w.equals("vs") || w.equals("U.S") || w.length() == 1;
    }

    private static boolean isClauseBreak(String s, int i) {
        char c = s.charAt(i);
        if (c == ',') {
            boolean digits = i > 0 && i + 1 < s.length() && Chars.isDigit(s.charAt(i - 1)) && Chars.isDigit(s.charAt(i + 1));
            return !digits;
        }
        return c == ':' || c == '，' || c == '：';
    }

    /** The sentences of normalized text {@code s}, in order; empty ones are left out. */
    public static List<Sentence> split(String s) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        List<Integer> clauses = new ArrayList<>();
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isSentenceEnd(s, i)) {
                if (i > start) out.add(new Sentence(start, i, clauses.stream().mapToInt(Integer::intValue).toArray()));
                clauses.clear();
                start = i + 1;
            } else if (isClauseBreak(s, i)) {
                clauses.add(i + 1);
            }
        }
        return out;
    }
}
