package io.finlens.fact.table;

import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.ChangeTableRows.Row;
import io.finlens.fact.table.LineItems.Item;
import io.finlens.text.TableRow.Cell;
import io.finlens.text.TableRow;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Growth-rate tables whose column heads are stacked over several lines, one cell per column on each ("% Change, | … /
 * GAAP | … / …"), under a label head that names no measure ("Year over Year % Change"): the rows name the measure
 * ("Total Operating Profit", "Net Income Attributable to …") or a segment of the total row below them.
 */
final class StackedChangeTables {
    /** Rule id of the core (non-GAAP) change column: joined to the non-GAAP figure of its key. */
    static final String CORE_RULE = "table.stacked-change-table.core";

    private final TableFacts tables;
    private final LineItems lex;

    StackedChangeTables(TableFacts tables, LineItems lex) {
        this.tables = tables;
        this.lex = lex;
    }

    private static final Pattern LABEL_HEAD = Pattern.compile("(?i)^(?:year[- ]over[- ]year\\s*)?%\\s*change$");
    private static final Pattern PCT_CHANGE = Pattern.compile("(?i)%\\s*change");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\breported\\b|(?<!non-)\\bgaap\\b");
    private static final Pattern NON_GAAP = Pattern.compile("(?i)non-gaap|\\bcore\\b|\\borganic\\b|\\badjusted\\b");
    private static final Pattern CONSTANT = Pattern.compile("(?i)constant currency");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i)(?:\\band|\\bof|\\bper|\\bto|,|&)$");

    /**
     * Rule table.stacked-change-table: under stacked heads (lines of one cell per column; a top line of fewer cells tops
     * the first and the last column with its first and last), a "% Change, GAAP" column is each row's reported change,
     * a "% Change, Non-GAAP" (core) column its non-GAAP change and a constant-currency one its non-GAAP change kept apart
     * from the figure, for the document's period; a segment row is of the measure its "Total …" row names. Returns the
     * index of the first line after the table, or {@code at} when there is none.
     */
    int read(String s, List<TableRow> lines, int at, String entity, Period doc, List<Fact> facts, List<Span> rowSpans) {
        if (doc == null || doc instanceof Period.Instant || at + 1 >= lines.size()) return at;
        List<Cell> label = lines.get(at).nonBlankCells();
        if (label.isEmpty() || !LABEL_HEAD.matcher(label.get(0).text().strip()).matches()) return at;
        // the rows under the head: a label (wrapped over two lines when the first ends on a connector) and as many figures
        List<Row> rows = new ArrayList<>();
        int i = ChangeTableRows.read(s, lines, at + 1, CONNECTOR_END, n -> n >= 3 && (rows.isEmpty() || n == rows.get(0).values().size()), rows);
        if (rows.size() < 2) return at;
        int n = rows.get(0).values().size();
        String[] heads = heads(s, lines, at, n);
        if (heads == null) return at;
        int reported = -1, core = -1, constant = -1;
        for (int c = 0; c < n; c++) {
            if (!PCT_CHANGE.matcher(heads[c]).find()) continue;
            if (CONSTANT.matcher(heads[c]).find()) constant = c;
            else if (NON_GAAP.matcher(heads[c]).find()) core = core == -1 ? c : -2;
            else if (REPORTED.matcher(heads[c]).find()) reported = reported == -1 ? c : -2;
        }
        if (reported < 0 && core < 0 && constant < 0) return at;
        String currency = tables.currencyAt(s, lines, at);
        Map<String, Fact> chosen = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            rowSpans.add(new Span(row.row().start(), row.row().end()));
            Item item = measure(row.label());
            String segment = null;
            if (item == null) {
                item = totalBelow(rows, r);
                segment = LineItems.FOOTNOTE.matcher(row.label()).replaceFirst("").strip();
            }
            if (item == null) continue;
            emit(row.values(), reported, item, segment, item.basis(), "table.change-table", entity, currency, doc, chosen, facts.size());
            emit(row.values(), core, item, segment, "non-gaap", CORE_RULE, entity, currency, doc, chosen, facts.size());
            emit(row.values(), constant, item, segment, "non-gaap", SummaryChangeTables.CONSTANT_RULE, entity, currency, doc, chosen,
                    facts.size());
        }
        if (chosen.isEmpty()) return at;
        facts.addAll(chosen.values());
        return i;
    }

    private void emit(List<Cell> values, int col, Item item, String segment, String basis, String rule, String entity, String currency,
                      Period doc, Map<String, Fact> chosen, int base) {
        if (col >= 0) tables.cellFacts.changeOnly(values.get(col), doc, item, segment, basis, rule, entity, currency, chosen, base);
    }

    /** Each column's head from the tabbed lines over the label head: those of one cell per column, and a shorter top line. */
    private static String[] heads(String s, List<TableRow> lines, int at, int n) {
        String[] heads = new String[n];
        java.util.Arrays.fill(heads, "");
        int full = 0;
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            TableRow r = lines.get(k);
            if (!r.tabbed()) break;
            List<Cell> cells = r.nonBlankCells();
            for (Cell c : cells) if (value(c.text()) != null) return null;
            if (cells.size() == n) {
                for (int c = 0; c < n; c++) heads[c] = cells.get(c).text().strip() + " " + heads[c];
                full++;
            } else if (cells.size() >= 2 && cells.size() < n) {
                heads[0] = cells.get(0).text().strip() + " " + heads[0];
                heads[n - 1] = cells.get(cells.size() - 1).text().strip() + " " + heads[n - 1];
                break;
            } else {
                break;
            }
        }
        return full == 0 ? null : heads;
    }

    /** The measure a row names itself (money flows and EPS), or null. */
    private Item measure(String label) {
        Item it = lex.lookup(label);
        return it != null && lex.changeMeasure(it) ? it : null;
    }

    /** The measure of the first "Total …" row below row {@code r} that names one. */
    private Item totalBelow(List<Row> rows, int r) {
        for (int k = r + 1; k < rows.size(); k++) {
            String norm = LineItems.normalize(rows.get(k).label());
            if (!lex.total(norm)) continue;
            Item it = measure(rows.get(k).label());
            if (it != null) return it;
        }
        return null;
    }

}
