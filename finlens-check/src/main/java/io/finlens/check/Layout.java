package io.finlens.check;

import io.finlens.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs, sentences and clauses of an original text, for telling which figures are stated together.
 *
 * <p>A line break ends a paragraph unless the line is visibly wrapped: it ends in a comma or an opening
 * bracket, it is a lone bullet mark, the next line starts with closing punctuation, or a Latin word or number
 * runs across it ({@code Type⏎A/B}). A blank line, a bullet ({@code -}, {@code *}, {@code \-}, {@code •}) or
 * a heading always starts a paragraph. Sentences end at {@code 。！？!?} (and a full stop before a space);
 * clauses end at semicolons.
 */
final class Layout {
    /** A paragraph: half-open offsets into the text, and whether it is a bullet item. */
    record Paragraph(int index, int start, int end, boolean bullet) {
    }

    private final String text;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final int[] paragraphStarts;
    /** Sentence boundaries: sentence k is [sentenceStarts[k], sentenceStarts[k+1]). */
    private final int[] sentenceStarts;

    Layout(String text) {
        this.text = text;
        splitParagraphs();
        paragraphStarts = paragraphs.stream().mapToInt(Paragraph::start).toArray();
        List<Integer> ss = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            int s = p.start();
            ss.add(s);
            for (int i = p.start(); i < p.end(); i++) {
                if (endsSentence(i) && i + 1 < p.end()) ss.add(i + 1);
            }
        }
        sentenceStarts = ss.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The paragraph holding offset {@code pos} (the nearest one before it, between paragraphs). */
    Paragraph paragraphAt(int pos) {
        int k = floor(paragraphStarts, pos);
        return k < 0 ? null : paragraphs.get(k);
    }

    /** The index of the sentence holding {@code pos}. */
    int sentenceIndex(int pos) {
        return Math.max(0, floor(sentenceStarts, pos));
    }

    int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    /** The end of sentence {@code index}: the next sentence start or its paragraph's end. */
    int sentenceEnd(int index) {
        int start = sentenceStarts[index];
        Paragraph p = paragraphAt(start);
        int next = index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] : text.length();
        return p == null ? next : Math.min(next, p.end());
    }

    /** The end of the clause holding {@code pos}: the next semicolon in its sentence, or the sentence end. */
    int clauseEnd(int pos) {
        int end = sentenceEnd(sentenceIndex(pos));
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '；' || c == ';') return i;
        }
        return end;
    }

    private static int floor(int[] starts, int pos) {
        int k = Arrays.binarySearch(starts, pos);
        return k >= 0 ? k : -k - 2;
    }

    private boolean endsSentence(int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') return true;
        if (c == '.') {
            boolean digitBefore = i > 0 && Chars.isDigit(text.charAt(i - 1));
            boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            return spaceAfter && !digitBefore;
        }
        return false;
    }

    private void splitParagraphs() {
        int n = text.length();
        int pos = 0;
        int paraStart = -1;
        int paraEnd = -1;
        boolean paraBullet = false;
        String prevLine = null;
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            String line = text.substring(pos, lineEnd);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                if (paraStart >= 0) add(paraStart, paraEnd, paraBullet);
                paraStart = -1;
                prevLine = null;
            } else {
                int contentStart = pos + (line.length() - line.stripLeading().length());
                int contentEnd = pos + line.stripTrailing().length();
                if (paraStart >= 0 && prevLine != null && joins(prevLine, stripped)) {
                    paraEnd = contentEnd;
                } else {
                    if (paraStart >= 0) add(paraStart, paraEnd, paraBullet);
                    paraStart = contentStart;
                    paraEnd = contentEnd;
                    paraBullet = isBullet(stripped);
                }
                prevLine = stripped;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (paraStart >= 0) add(paraStart, paraEnd, paraBullet);
    }

    private void add(int start, int end, boolean bullet) {
        paragraphs.add(new Paragraph(paragraphs.size(), start, end, bullet));
    }

    /** Whether {@code line} continues the paragraph whose last line is {@code prev} (both stripped). */
    private static boolean joins(String prev, String line) {
        if (isBullet(line) || line.startsWith("#")) return false;
        if (isLoneBulletMark(prev)) return true;
        String p = stripDecoration(prev);
        if (p.isEmpty()) return false;
        char last = p.charAt(p.length() - 1);
        if ("，,、：:（(“\"".indexOf(last) >= 0) return true;
        char first = line.charAt(0);
        if ("，,、；;。）)”".indexOf(first) >= 0) return true;
        char lastRaw = prev.charAt(prev.length() - 1);
        return isWordChar(lastRaw) && (isWordChar(first) || first == '/');
    }

    private static boolean isWordChar(char c) {
        return Chars.isLatin(c) || Chars.isDigit(c);
    }

    private static String stripDecoration(String s) {
        int e = s.length();
        while (e > 0 && "*_ ".indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(0, e);
    }

    private static boolean isLoneBulletMark(String s) {
        return s.equals("-") || s.equals("*") || s.equals("\\-") || s.equals("\\*") || s.equals("•") || s.equals("·");
    }

    static boolean isBullet(String stripped) {
        if (isLoneBulletMark(stripped)) return true;
        return stripped.startsWith("- ") || stripped.startsWith("* ") || stripped.startsWith("\\- ") || stripped.startsWith("\\-")
                || stripped.startsWith("\\* ") || stripped.startsWith("• ") || stripped.startsWith("•") || stripped.startsWith("· ");
    }
}
