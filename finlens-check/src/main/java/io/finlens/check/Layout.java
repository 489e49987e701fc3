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
        paragraphStarts = new int[paragraphs.size()];
        for (int k = 0; k < paragraphStarts.length; k++) paragraphStarts[k] = paragraphs.get(k).start();
        // the marks that may end a sentence, found by searching for each (much faster than testing every
        // character), then taken in text order paragraph by paragraph: the same starts as testing every character
        int[] marks = marks(text);
        int[] ss = new int[Math.max(16, paragraphs.size() + marks.length)];
        int count = 0;
        int m = 0;
        for (Paragraph p : paragraphs) {
            ss[count++] = p.start();
            while (m < marks.length && marks[m] < p.start()) m++;
            for (; m < marks.length && marks[m] < p.end(); m++) {
                int i = marks[m];
                if (endsSentence(i) && i + 1 < p.end()) ss[count++] = i + 1;
            }
        }
        sentenceStarts = Arrays.copyOf(ss, count);
    }

    /** The characters {@link #endsSentence} may say yes to. */
    private static final char[] MARKS = {'。', '！', '？', '!', '?', '.'};

    /** Where the text holds one of {@link #MARKS}, in order. */
    private static int[] marks(String text) {
        int[] at = new int[64];
        int count = 0;
        for (char c : MARKS) {
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                if (count == at.length) at = Arrays.copyOf(at, count * 2);
                at[count++] = i;
            }
        }
        at = Arrays.copyOf(at, count);
        Arrays.sort(at);
        return at;
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
        if (c < '!' || c > '?' && c < '。') return false; // below every mark, or between the ASCII and the CJK ones
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
            // the line without its white space at either end (a \r before the break is white space), in place
            int contentStart = pos, contentEnd = lineEnd;
            while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) contentStart++;
            while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) contentEnd--;
            if (contentStart == contentEnd) {
                if (paraStart >= 0) add(paraStart, paraEnd, paraBullet);
                paraStart = -1;
                prevLine = null;
            } else {
                String stripped = text.substring(contentStart, contentEnd);
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
