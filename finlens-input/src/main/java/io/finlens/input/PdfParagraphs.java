package io.finlens.input;

import io.finlens.text.Regex;
import io.finlens.input.PdfReader.Line;
import io.finlens.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a PDF's lines, in reading order, as text: page numbers and running headers or footers dropped, lines wrapped
 * inside a paragraph joined again (without a space in Chinese, also across a page or a text column), a paragraph
 * ended by a wider gap than the line pitch, a short or indented line or a bullet kept on a line of its own, table
 * rows one per line.
 */
final class PdfParagraphs {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-–—\\s]*\\d{1,4}[-–—\\s]*|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•·●■▪◆*]\\s|\\d{1,2}[.)、](?![\\d.,%])|[（(][一二三四五六七八九十\\d]{1,2}[）)])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!。？！:：”\"]$");
    private static final Pattern DIGIT_SPACE_DIGIT = Pattern.compile("(?<=\\d) (?=\\d)|(?<=\\d[,.]) (?=\\d)|(?<=\\d) (?=[,.]\\d)");

    private PdfParagraphs() {
    }

    /** The margins of the page's text, and of each text column of a two-column page (column 0, 1, 2). */
    private record Margins(float[] lefts, float[] rights) {
        static Margins of(List<Line> lines) {
            float[] lefts = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE}, rights = {0, 0, 0};
            for (Line l : lines) {
                if (l.row()) continue;
                lefts[l.column()] = Math.min(lefts[l.column()], l.x0());
                rights[l.column()] = Math.max(rights[l.column()], l.x1());
            }
            for (int c = 0; c < 3; c++) {
                if (lefts[c] == Float.MAX_VALUE) {
                    lefts[c] = 0;
                    rights[c] = Float.MAX_VALUE;
                }
            }
            return new Margins(lefts, rights);
        }
    }

    /** Turns collected lines into paragraphs separated by blank lines, table rows one per line. */
    static String layout(List<Line> all) {
        List<Line> read = PdfColumns.read(dropFurniture(all));
        if (read.isEmpty()) return "";
        // the pitch of the lines as set, before wrapped heads are joined
        float pitch = pitch(read);
        List<Line> lines = PdfTableRows.wrappedHeads(read);
        Margins margins = Margins.of(lines);
        StringBuilder out = new StringBuilder();
        Line prev = null;
        for (Line l : lines) {
            String t = l.row() ? l.text() : tidyProse(l.text());
            if (prev != null) out.append(between(out, prev, l, t, margins, pitch));
            out.append(t);
            prev = l;
        }
        return out.toString();
    }

    /** What stands between the line before and the next (whose text is {@code t}): a blank line, a line break, or a joiner. */
    private static String between(StringBuilder out, Line prev, Line l, String t, Margins m, float pitch) {
        // a new text column reads like a new page: its first line may continue the paragraph
        boolean samePage = prev.page() == l.page() && !(prev.column() == 1 && l.column() == 2);
        float left = m.lefts()[l.column()], right = m.rights()[l.column()];
        float prevRight = m.rights()[prev.column()], prevLeft = m.lefts()[prev.column()];
        float dy = l.y() - prev.y();
        boolean gap = samePage && (dy > 1.45f * pitch || dy < -0.5f * pitch);
        // a narrow text column is set ragged: a line is short only when a long word would have fitted after it
        float slack = prev.column() == 0 ? 0.12f : 0.25f;
        boolean shortPrev = prev.x1() < prevRight - Math.max(3 * prev.size(), slack * (prevRight - prevLeft));
        // across a page the gap is unknown: a sentence's end followed by a short line (a speaker, a heading) is a break
        boolean shortNext = l.x1() < right - Math.max(3 * l.size(), 0.12f * (right - left));
        boolean sentenceEnd = SENTENCE_END.matcher(prev.text()).find();
        // a first line set in from the margin starts a paragraph; a bullet's hanging continuation does not
        boolean indented = l.x0() > left + 1.5f * l.size() && l.x0() > prev.x0() + 1.5f * l.size() && !l.row()
                && !BULLET.matcher(prev.text()).find();
        if (prev.row() || l.row()) return gap && !(prev.row() && l.row()) ? "\n\n" : "\n";
        // a wider gap than the line pitch ends a paragraph (so does a short line at the foot of a page)
        if (gap || !samePage && (shortPrev || sentenceEnd && shortNext)) return "\n\n";
        // a short line, an indented line or a bullet without a gap: a line of its own in the same block
        if (shortPrev || indented || BULLET.matcher(l.text()).find()) return "\n";
        return joiner(out, t);
    }

    /** What joins a wrapped line to the next: nothing in Chinese or inside a figure, a space between words. */
    private static String joiner(StringBuilder out, String next) {
        if (out.isEmpty() || next.isEmpty()) return "";
        char a = out.charAt(out.length() - 1), b = next.charAt(0);
        if (HtmlReader.isCjk(a) || HtmlReader.isCjk(b)) return "";
        int lineStart = out.lastIndexOf("\n") + 1;
        boolean chinese = false;
        for (int i = lineStart; i < out.length() && !chinese; i++) chinese = Chars.isHan(out.charAt(i));
        if (chinese && !(Chars.isLatin(a) && Chars.isLatin(b))) return "";
        if (a == '-' && Chars.isLatin(b) && out.length() >= 2 && Chars.isLatin(out.charAt(out.length() - 2))) return "";
        return " ";
    }

    /**
     * Spaces a PDF puts inside figures of Chinese text ({@code 1 800亿元}, {@code 1, 284.6}) go; spaces between Han and a
     * figure ({@code 营收 1800亿元}) are kept, the quantity rules read them.
     */
    static String tidyProse(String t) {
        boolean han = false;
        for (int i = 0; i < t.length() && !han; i++) han = Chars.isHan(t.charAt(i));
        if (!han) return t;
        return DIGIT_SPACE_DIGIT.matcher(t).replaceAll("");
    }

    /** The usual distance between consecutive lines of a page (the median). */
    private static float pitch(List<Line> lines) {
        List<Float> d = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1), b = lines.get(i);
            float dy = b.y() - a.y();
            if (a.page() == b.page() && dy > 0.5f) d.add(dy);
        }
        if (d.isEmpty()) return 14f;
        float[] v = new float[d.size()];
        for (int i = 0; i < v.length; i++) v[i] = d.get(i);
        Arrays.sort(v);
        return v[v.length / 4];
    }

    /** Drops page numbers and running headers or footers (the first or last line of pages, repeated on other pages). */
    private static List<Line> dropFurniture(List<Line> lines) {
        Map<Integer, int[]> ends = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] e = ends.computeIfAbsent(lines.get(i).page(), p -> new int[] {Integer.MAX_VALUE, -1});
            e[0] = Math.min(e[0], i);
            e[1] = Math.max(e[1], i);
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (int[] e : ends.values()) {
            repeats.merge("top:" + shape(lines.get(e[0]).text()), 1, Integer::sum);
            if (e[1] != e[0]) repeats.merge("bottom:" + shape(lines.get(e[1]).text()), 1, Integer::sum);
        }
        List<Line> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int[] e = ends.get(l.page());
            boolean top = i == e[0], bottom = i == e[1];
            if (top || bottom) {
                String s = l.text().strip();
                if (PAGE_NUMBER.matcher(s).matches()) continue;
                String key = (top ? "top:" : "bottom:") + shape(s);
                // a running header is said once (it may be the title); a running footer not at all
                if (ends.size() >= 2 && repeats.getOrDefault(key, 0) >= 2 && !l.row() && (!top || !seen.add(key))) continue;
            }
            out.add(l);
        }
        return out;
    }

    private static String shape(String s) {
        return Regex.replaceAll(s.strip(), "\\d+", "#");
    }
}
