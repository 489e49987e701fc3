package io.finlens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The table rule of a {@link Document}: each line of the original text as a {@link TableRow}, its cells split at TABs or
 * between the bars of a Markdown table row ({@code | 收入 | 4,311 | 3,095 |}; its rule line {@code |---|---:|} is a row of
 * empty cells). Read from the original because the normalized text folds a TAB into a space.
 */
final class TableLines {
    private TableLines() {
    }

    /** The lines of {@code original} as rows, in order (one row per line, a last line without a break included). */
    static List<TableRow> of(String s) {
        List<TableRow> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            int e = end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
            List<TableRow.Cell> cells = new ArrayList<>();
            boolean tabbed = false;
            for (int k = start; k < e && !tabbed; k++) tabbed = s.charAt(k) == '\t';
            int[] pipes = tabbed ? null : pipeRow(s, start, e);
            if (pipes != null) {
                // rule table.pipe-row: a Markdown table row "| 收入 | 4,311,423 | 3,095,611 |" has a cell between each pair of bars;
                // its rule line (|---|---:|) is a row of empty cells
                boolean rule = isPipeRule(s, start, e);
                for (int k = 0; k + 1 < pipes.length; k++) {
                    int a = pipes[k] + 1, b = pipes[k + 1];
                    while (a < b && Character.isWhitespace(s.charAt(a))) a++;
                    while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                    cells.add(rule ? new TableRow.Cell(a, a, "") : new TableRow.Cell(a, b, s.substring(a, b)));
                }
                out.add(new TableRow(start, e, cells, true));
                if (nl < 0) break;
                start = nl + 1;
                continue;
            }
            int c = start;
            while (true) {
                if (!tabbed) {
                    // a prose line is one cell whose text is never read as a cell (Row.text gives the line)
                    int a = start, b = e;
                    while (a < b && Character.isWhitespace(s.charAt(a))) a++;
                    while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                    cells.add(new TableRow.Cell(a, b, ""));
                    break;
                }
                int tab = s.indexOf('\t', c);
                int ce = tab < 0 || tab > e ? e : tab;
                int a = c, b = ce;
                while (a < b && Character.isWhitespace(s.charAt(a))) a++;
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                cells.add(new TableRow.Cell(a, b, s.substring(a, b)));
                if (ce == e) break;
                c = ce + 1;
            }
            out.add(new TableRow(start, e, cells, tabbed));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    /** The positions of the bars of a Markdown table row (a line that starts with | and has two more), or null. */
    private static int[] pipeRow(String s, int start, int end) {
        int a = start;
        while (a < end && (s.charAt(a) == ' ' || s.charAt(a) == '\u3000')) a++;
        if (a >= end || s.charAt(a) != '|') return null;
        List<Integer> bars = new ArrayList<>();
        for (int k = a; k < end; k++) if (s.charAt(k) == '|') bars.add(k);
        if (bars.size() < 3) return null;
        int z = end;
        while (z > a && Character.isWhitespace(s.charAt(z - 1))) z--;
        if (s.charAt(z - 1) != '|') bars.add(z); // a last cell left open: "| 毛利率 | 20.2% |+7.7 |個百分點"
        return bars.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a Markdown table line is its rule (|---|:---:|, |===|): bars, dashes, colons and equals signs only. */
    private static boolean isPipeRule(String s, int start, int end) {
        for (int k = start; k < end; k++) if ("|-:= \t".indexOf(s.charAt(k)) < 0) return false;
        return true;
    }

    /** Whether a text holds a table row: a TAB, or a line starting with a bar. */
    public static boolean mayHoldTable(String s) {
        return s.indexOf('\t') >= 0 || s.startsWith("|") || s.contains("\n|");
    }

}
