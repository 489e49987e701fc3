package io.finlens.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain text table: columns padded to their widest cell, wide (CJK) characters counted as two columns. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] right;

    TextTable(String... header) {
        this.header = List.of(header);
        this.right = new boolean[header.length];
    }

    /** Right-aligns the named columns (numbers). */
    TextTable right(String... columns) {
        for (String c : columns) right[header.indexOf(c)] = true;
        return this;
    }

    void add(Object... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException("row of " + cells.length + " cells for " + header.size() + " columns");
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c instanceof java.math.BigDecimal b ? b.toPlainString() : c.toString()).toList());
    }

    int size() {
        return rows.size();
    }

    String render() {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = width(header.get(i));
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], width(r.get(i)));
        StringBuilder b = new StringBuilder();
        line(b, header, w);
        for (int i = 0; i < w.length; i++) {
            if (i > 0) b.append("  ");
            b.append("-".repeat(w[i]));
        }
        trimEnd(b);
        b.append('\n');
        for (List<String> r : rows) line(b, r, w);
        return b.toString();
    }

    private void line(StringBuilder b, List<String> cells, int[] w) {
        for (int i = 0; i < w.length; i++) {
            if (i > 0) b.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - width(c));
            if (right[i]) b.append(pad).append(c);
            else b.append(c).append(pad);
        }
        trimEnd(b);
        b.append('\n');
    }

    private static void trimEnd(StringBuilder b) {
        int n = b.length();
        while (n > 0 && b.charAt(n - 1) == ' ') n--;
        b.setLength(n);
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += wide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code s} followed by spaces up to {@code columns} display columns (as {@code %-Ns} does for narrow text only). */
    static String pad(String s, int columns) {
        String t = s == null ? "" : s;
        int w = width(t);
        return w >= columns ? t : t + " ".repeat(columns - w);
    }

    /** Cuts a cell to at most {@code max} display columns, marking the cut with an ellipsis. */
    static String cut(String s, int max) {
        if (s == null) return "";
        s = s.replace('\n', ' ');
        if (width(s) <= max) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > max - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
