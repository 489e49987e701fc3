package io.finlens.fact.table;

import io.finlens.text.Regex;
import static io.finlens.fact.table.TableRows.value;
import static io.finlens.fact.table.TableRows.valueCells;

import io.finlens.text.TableRow.Cell;
import io.finlens.text.TableRow;
import io.finlens.model.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's header row: the period of each column from its cell and the heads above it (a super-header row of spans,
 * a line naming "Three Months Ended   Twelve Months Ended" over a row of dates, a wrapped head), and each column's kind.
 */
final class TableHeads {
    private TableHeads() {
    }

    /** The periods of a header row's columns (null where a column names none), or null when the row is no header. */
    static TableColumns header(String s, List<TableRow> lines, int i, Period doc, FiscalCalendar cal) {
        TableRow row = lines.get(i);
        List<Cell> cells = row.cells();
        for (Cell c : cells) if (value(c.text()) != null && !Regex.matches(c.text(), "\\d{4}")) return null;
        TableRow over = above(s, lines, i);
        List<String> context = context(s, over, cells);
        context = withSpans(s, lines, over, context);
        // rule table.label-head-span: the label column's head may name the span of the columns ("截至12月31日止年度 | 2025年 | 2024年")
        String labelHead = cells.isEmpty() ? "" : cells.get(0).text();
        if (!labelHead.isEmpty() && TablePeriods.periodWords(labelHead) && TablePeriods.of(labelHead, "", doc, cal) == null) {
            for (int k = 1; k < cells.size() && k < context.size(); k++) if (context.get(k).isEmpty()) context.set(k, labelHead);
        }
        String changeSpan = changeSpan(s, lines, i);
        List<Period> periods = new ArrayList<>();
        List<TableColumns.Kind> kinds = new ArrayList<>();
        int found = 0;
        for (int k = 0; k < cells.size(); k++) {
            // empty cells are spacers, as in the rows below (whose empty cells are dropped too)
            if (cells.get(k).text().isEmpty() || UNIT_CELL.matcher(cells.get(k).text()).matches()) continue;
            Period p = TablePeriods.of(cells.get(k).text(), context.get(k), doc, cal);
            // the first cell is the label column's head unless it names a period itself (no label column in a PDF's header)
            if (k == 0 && p == null) continue;
            String head = p == null ? (context.get(k) + " " + changeSpan + " " + cells.get(k).text()).strip()
                    : (context.get(k) + " " + cells.get(k).text()).strip();
            Matcher two = p == null ? RUN_TOGETHER.matcher(cells.get(k).text().strip()) : null;
            if (two != null && two.matches()
                    && TableColumns.kind(null, changeSpan + " " + two.group(2)) == TableColumns.Kind.CONSTANT_CURRENCY) {
                // rule table.run-together-heads: "Reported Operational" set too close to part: two columns, the reported
                // change and the constant-currency one
                periods.add(null);
                kinds.add(TableColumns.Kind.CHANGE);
                head = (changeSpan + " " + two.group(2)).strip();
            }
            periods.add(p);
            kinds.add(TableColumns.kind(p, head));
            if (p != null) found++;
        }
        return found == 0 ? null : new TableColumns(periods, kinds);
    }

    private static final Pattern NUMERIC_DATE_LINE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$");

    /**
     * Rule table.single-column-head: a line holding only a date ("3/25/2023", under "12 Weeks Ended") just over rows of
     * one figure each is the head of a one-column table.
     */
    static TableColumns singleHead(String s, List<TableRow> lines, int i, Period doc, FiscalCalendar cal) {
        String t = lines.get(i).text(s).strip();
        if (!NUMERIC_DATE_LINE.matcher(t).matches() || i + 1 >= lines.size()) return null;
        TableRow next = lines.get(i + 1);
        if (!next.tabbed() || next.cells().size() < 2 || valueCells(s, next.cells()).size() != 1) return null;
        TableRow over = i > 0 && !lines.get(i - 1).tabbed() ? lines.get(i - 1) : null;
        Period p = TablePeriods.of(t, over == null ? "" : over.text(s).strip(), doc, cal);
        return p == null ? null : new TableColumns(List.of(p), List.of(TableColumns.Kind.PERIOD));
    }

    /** Two change heads run together in one header cell: "Reported Operational", "Reported Organic". */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?i)(reported)\\s+(\\S.*)");
    /** A line spanning a header's change columns: "Percent Change", "Q1 % Change". */
    private static final Pattern CHANGE_SPAN = Pattern.compile("(?i)^(?:[a-z0-9]{1,4}\\s+)?(?:percent(?:age)?|%)\\s*change$");

    /**
     * Rule table.change-span: a line "Percent Change" (or "Q1 % Change") among the three lines over a header row spans
     * the header's columns that name no period ("Total | Operations | Currency" under it are changes); empty when none
     * of them is such a line.
     */
    private static String changeSpan(String s, List<TableRow> lines, int i) {
        for (int k = i - 1, seen = 0; k >= 0 && seen < 3; k--) {
            TableRow r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed()) return "";
            if (CHANGE_SPAN.matcher(t).matches()) return t;
            seen++;
        }
        return "";
    }

    /** A header cell that only states the unit of the column below: {@code $ million}, {@code (RMB'000)}. */
    static final Pattern UNIT_CELL = Pattern.compile(
            "(?i)^\\(?\\s*(?:\\$|us\\$|rmb|€|£|hk\\$)?\\s*(?:in\\s+)?(?:millions?|thousands?|billions?|mm|m|bn|'000|’000)\\s*\\)?$");

    /**
     * The line over a header row that names its periods: the line just above, or (over a line that names none, such as
     * the second line of a wrapped "Comparable constant" head) the nearest short line above it, up to three lines up
     * and not across a blank line or past a table row.
     */
    static TableRow above(String s, List<TableRow> lines, int i) {
        TableRow first = null;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            TableRow r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) break;
            // a row of figures is the end of the table above, not a head of this one
            if (r.tabbed() && r.cells().stream().skip(1).anyMatch(c -> value(c.text()) != null && !Regex.matches(c.text(), "\\d{4}"))) {
                return first;
            }
            if (first == null) first = r;
            if (r.tabbed()) return r;
            if (t.length() <= 80 && TablePeriods.periodWords(t)) return r;
        }
        return first;
    }

    static final Pattern SPAN_HEAD = Pattern.compile(
            "(?i)(?:three|six|nine|twelve|thirteen|\\d{1,2})[- ](?:months?|weeks?)\\s+end(?:ed|ing)|(?:fiscal\\s+)?years?\\s+end(?:ed|ing)|quarters?\\s+end(?:ed|ing)");

    /**
     * Rule table.span-over-dates: over a row of dates without spans ("December 31," | "December 31,") the line above
     * names them ("Three Months Ended   Twelve Months Ended"): each span heads its share of the columns, in order.
     */
    static List<String> withSpans(String s, List<TableRow> lines, TableRow over, List<String> ctx) {
        if (over == null || !over.tabbed()) return ctx;
        for (String c : ctx) if (!c.isEmpty() && SPAN_HEAD.matcher(c).find()) return ctx;
        int at = lines.indexOf(over);
        if (at <= 0) return ctx;
        String up = lines.get(at - 1).text(s).replace('\t', ' ');
        List<String> spans = new ArrayList<>();
        Matcher m = SPAN_HEAD.matcher(up);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) starts.add(m.start());
        for (int k = 0; k < starts.size(); k++) spans.add(up.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : up.length()).strip());
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k < ctx.size(); k++) if (!ctx.get(k).isEmpty()) heads.add(k);
        if (spans.isEmpty() || heads.isEmpty() || heads.size() % spans.size() != 0) return ctx;
        List<String> out = new ArrayList<>(ctx);
        int per = heads.size() / spans.size();
        for (int h = 0; h < heads.size(); h++) out.set(heads.get(h), spans.get(h / per) + " " + ctx.get(heads.get(h)));
        return out;
    }

    /** The super-header text over each header cell: a row of spans (grouped evenly, else nearest to the left) or one line. */
    static List<String> context(String s, TableRow above, List<Cell> cells) {
        List<String> ctx = new ArrayList<>();
        if (above == null) {
            for (int k = 0; k < cells.size(); k++) ctx.add("");
            return ctx;
        }
        if (!above.tabbed()) {
            for (int k = 0; k < cells.size(); k++) ctx.add(above.text(s).strip());
            return ctx;
        }
        List<Cell> a = above.cells();
        List<Integer> full = new ArrayList<>();
        // a cell naming no period (a stray mark, a page's footnote number) is no super-header
        for (int k = 0; k < a.size(); k++) if (!a.get(k).text().isEmpty() && TablePeriods.periodWords(a.get(k).text())) full.add(k);
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k).text();
            // the label column's head ("($ million, except per share amounts)") and unit cells ("$ million") have no super-header
            if (c.isEmpty() || UNIT_CELL.matcher(c).matches() || k == 0 && !TablePeriods.periodWords(c)) continue;
            heads.add(k);
        }
        for (int k = 0; k < cells.size(); k++) ctx.add("");
        if (!full.isEmpty() && heads.size() % full.size() == 0) {
            int per = heads.size() / full.size();
            for (int h = 0; h < heads.size(); h++) ctx.set(heads.get(h), a.get(full.get(h / per)).text());
            return ctx;
        }
        for (int k = 0; k < cells.size(); k++) {
            for (int j = Math.min(k, a.size() - 1); j >= 0; j--) {
                if (!a.get(j).text().isEmpty()) {
                    ctx.set(k, a.get(j).text());
                    break;
                }
            }
        }
        return ctx;
    }
}
