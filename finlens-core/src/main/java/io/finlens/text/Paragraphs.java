package io.finlens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraph rule of a {@link Document}, read from the original text's lines, where the Markdown marks that decide it
 * (a bullet's {@code \-}, a heading's {@code #}, emphasis around a line) still stand.
 *
 * <p>A line break ends a paragraph unless the line is visibly wrapped: it ends in a comma, a colon or an opening bracket,
 * it is a lone bullet mark, the next line starts with closing punctuation, or a Latin word or number runs across it
 * ({@code Model⏎S/X} in Chinese text; in English only before a word in lower case or a number, so that lines of their
 * own, a speaker's name or a table row, stay apart). A blank line, a bullet ({@code -}, {@code *}, {@code \-}, {@code •}) or a heading ({@code #})
 * always starts a paragraph.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The paragraphs of {@code original} as {start, end} pairs of original offsets (each line stripped), and bullet flags. */
    record Raw(int start, int end, boolean bullet) {
    }

    static List<Raw> split(String text) {
        List<Raw> out = new ArrayList<>();
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
                if (paraStart >= 0) out.add(new Raw(paraStart, paraEnd, paraBullet));
                paraStart = -1;
                prevLine = null;
            } else {
                String stripped = text.substring(contentStart, contentEnd);
                if (paraStart >= 0 && prevLine != null && joins(prevLine, stripped)) {
                    paraEnd = contentEnd;
                } else {
                    if (paraStart >= 0) out.add(new Raw(paraStart, paraEnd, paraBullet));
                    paraStart = contentStart;
                    paraEnd = contentEnd;
                    paraBullet = isBullet(stripped);
                }
                prevLine = stripped;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (paraStart >= 0) out.add(new Raw(paraStart, paraEnd, paraBullet));
        return out;
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
        // a Latin word or a number wrapped inside a Chinese sentence (Model⏎S/X), or an English line wrapped before a
        // word in lower case or a number; an English line ending in a word before a capital is a line of its own
        // (a speaker's name, a table row's label)
        if (!isWordChar(lastRaw) || !(isWordChar(first) || first == '/')) return false;
        return !Character.isUpperCase(first) || hasHan(prev);
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (Chars.isHan(s.charAt(i))) return true;
        return false;
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

    /** Whether a stripped line of the original is a bullet item. */
    static boolean isBullet(String stripped) {
        if (isLoneBulletMark(stripped)) return true;
        return stripped.startsWith("- ") || stripped.startsWith("* ") || stripped.startsWith("\\- ") || stripped.startsWith("\\-")
                || stripped.startsWith("\\* ") || stripped.startsWith("• ") || stripped.startsWith("•") || stripped.startsWith("· ");
    }
}
