package io.finlens.fact.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's lines as table rows (cells split at TABs, with their spans) and the figures in cells: {@code (1,234)},
 * {@code $ 318.6}, {@code 12.5%}, a dash for an empty cell.
 */
final class TableRows {
    private TableRows() {
    }

    record Cell(int start, int end, String text) {
    }

    record Row(int start, int end, List<Cell> cells, boolean tabbed) {
        String text(String s) {
            return s.substring(start, end);
        }

        /** The row's cells that hold text. */
        List<Cell> nonBlankCells() {
            return cells.stream().filter(c -> !c.text().isBlank()).toList();
        }
    }

    static final Pattern NUMBER = Pattern.compile(
            "^(\\()?\\s*(?:([-−–])|\\+)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(\\))?\\s*(%)?\\s*[*#]?$");

    static final Pattern CURRENCY_PREFIX = Pattern.compile("^(?:US\\$|HK\\$|RMB|Rmb|US\\$|\\$|¥|￥|人民币|港币|港元|美元)\\s*");

    static final Pattern EMPTY = Pattern.compile("^(?:[-−–—]+|n/?a|nm|n\\.m\\.|不适用|不適用|无|無)$", Pattern.CASE_INSENSITIVE);

    static List<Row> lines(String s) {
        List<Row> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            int e = end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
            List<Cell> cells = new ArrayList<>();
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
                    cells.add(rule ? new Cell(a, a, "") : new Cell(a, b, s.substring(a, b)));
                }
                out.add(new Row(start, e, cells, true));
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
                    cells.add(new Cell(a, b, ""));
                    break;
                }
                int tab = s.indexOf('\t', c);
                int ce = tab < 0 || tab > e ? e : tab;
                int a = c, b = ce;
                while (a < b && Character.isWhitespace(s.charAt(a))) a++;
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                cells.add(new Cell(a, b, s.substring(a, b)));
                if (ce == e) break;
                c = ce + 1;
            }
            out.add(new Row(start, e, cells, tabbed));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    /** The positions of the bars of a Markdown table row (a line that starts with | and has two more), or null. */
    static int[] pipeRow(String s, int start, int end) {
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
    static boolean isPipeRule(String s, int start, int end) {
        for (int k = start; k < end; k++) if ("|-:= \t".indexOf(s.charAt(k)) < 0) return false;
        return true;
    }

    /** Whether a text holds a table row: a TAB, or a line starting with a bar. */
    static boolean mayHoldTable(String s) {
        return s.indexOf('\t') >= 0 || s.startsWith("|") || s.contains("\n|");
    }

    /** A parsed figure: its value, decimals, whether bracketed, whether a percentage. */
    record Value(BigDecimal number, int decimals, boolean percent) {
    }

    /** The figure a cell holds; {@link #EMPTY_VALUE} for a dash; null when the cell is no figure. */
    static Value value(String cell) {
        String t = CURRENCY_PREFIX.matcher(cell.strip()).replaceFirst("").replace('，', ',').strip();
        // ($68), $(68), (US$0.03): the sign inside the bracket
        if (t.startsWith("(")) t = "(" + CURRENCY_PREFIX.matcher(t.substring(1).strip()).replaceFirst("");
        if (t.isEmpty()) return null;
        if (EMPTY.matcher(t).matches()) return EMPTY_VALUE;
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) return null;
        boolean open = m.group(1) != null, close = m.group(5) != null;
        if (open != close) return null;
        BigDecimal n = new BigDecimal(m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4)));
        if (open || m.group(2) != null) n = n.negate();
        return new Value(n, m.group(4) == null ? 0 : m.group(4).length() - 1, m.group(6) != null);
    }

    static final Value EMPTY_VALUE = new Value(BigDecimal.ZERO, -1, false);

    /** The cells of a row whose first cell is a figure, behind an empty label cell. */
    static List<Cell> withBlankLabel(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size() + 1);
        out.add(new Cell(cells.get(0).start(), cells.get(0).start(), ""));
        out.addAll(cells);
        return out;
    }

    /**
     * The figure cells of a row after its label: empty and currency-only cells ({@code $}, {@code RMB}) dropped, a
     * closing bracket or percent sign set in a cell of its own ({@code (1,234} | {@code )}) joined to the figure before.
     */
    static List<Cell> valueCells(String s, List<Cell> cells) {
        List<Cell> values = new ArrayList<>();
        for (int k = 1; k < cells.size(); k++) {
            Cell cell = cells.get(k);
            String c = cell.text();
            if (c.isEmpty()) continue;
            if ((c.equals(")") || c.equals("%") || c.equals(")%")) && !values.isEmpty()) {
                Cell prev = values.remove(values.size() - 1);
                String joined = s.substring(prev.start(), cell.end()).replaceAll("\\s+", "");
                values.add(new Cell(prev.start(), cell.end(), joined));
                continue;
            }
            if (CURRENCY_PREFIX.matcher(c).replaceFirst("").isBlank() && !isCurrencyWord(c)) continue;
            values.add(cell);
        }
        return values;
    }

    static final Pattern CURRENCY_CELL = Pattern.compile("(?i)^(?:RMB|US\\$|HK\\$|USD|HKD|人民币|人民幣|美元|港元|港币|港幣)$");

    static boolean isCurrencyWord(String c) {
        return CURRENCY_CELL.matcher(c.strip()).matches();
    }
}
