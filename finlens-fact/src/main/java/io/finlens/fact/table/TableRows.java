package io.finlens.fact.table;

import io.finlens.text.Regex;
import io.finlens.text.TableRow.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in table cells ({@link io.finlens.text.TableRow}, as the document splits its lines): {@code (1,234)},
 * {@code $ 318.6}, {@code 12.5%}, a dash for an empty cell.
 */
final class TableRows {
    private TableRows() {
    }

    static final Pattern NUMBER = Pattern.compile(
            "^(\\()?\\s*(?:([-−–])|\\+)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(\\))?\\s*(%)?\\s*[*#]?$");

    static final Pattern CURRENCY_PREFIX = Pattern.compile("^(?:US\\$|HK\\$|RMB|Rmb|US\\$|\\$|¥|￥|人民币|港币|港元|美元)\\s*");

    static final Pattern EMPTY = Pattern.compile("^(?:[-−–—]+|n/?a|nm|n\\.m\\.|不适用|不適用|无|無)$", Pattern.CASE_INSENSITIVE);

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
                String joined = Regex.replaceAll(s.substring(prev.start(), cell.end()), "\\s+", "");
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
