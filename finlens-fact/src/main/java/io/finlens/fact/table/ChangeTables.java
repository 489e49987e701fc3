package io.finlens.fact.table;

import static io.finlens.fact.table.LineItems.normalize;
import static io.finlens.fact.table.TableRows.value;
import static io.finlens.fact.table.TableRows.valueCells;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.text.TableRow.Cell;
import io.finlens.text.TableRow;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Change tables: tables of growth rates whose label column names the measure ("Net Revenue Year over Year % Change" |
 * Reported % Change | … | Organic % Change, Non-GAAP Measure), one row per segment (a total row for the company). Their
 * changes come without figures; the table merge joins each to the fact of its key that has one.
 */
final class ChangeTables {
    private final TableFacts tables;
    private final LineItems lex;

    ChangeTables(TableFacts tables, LineItems lex) {
        this.tables = tables;
        this.lex = lex;
    }

    /** The measure the row names when it heads a change table, else null (the row that ends the table above it). */
    Item heads(TableRow row) {
        return item(row.nonBlankCells());
    }

    /** A row's cells less the blank cells of a rendered table's spacer columns, which are no columns of their own. */

    /** The measure a change table's head row names in its label column, or null when the row heads no change table. */
    private Item item(List<Cell> heads) {
        if (heads.size() < 3) return null;
        String first = heads.get(0).text().strip();
        Matcher m = CHANGE_HEAD.matcher(first);
        if (!m.find() || m.start() == 0) return null;
        for (Cell c : heads) if (value(c.text()) != null) return null;
        Item item = lex.lookup(first.substring(0, m.start()));
        return item != null && lex.flowMoney(item) ? item : null;
    }

    private static final Pattern CHANGE_HEAD = Pattern.compile("(?i)\\s*(?:year[- ]over[- ]year\\s*)?(?:%\\s*change|growth)$");
    private static final Pattern NON_GAAP_CHANGE = Pattern.compile("(?i)non-gaap|\\borganic\\b|constant currency");
    private static final Pattern NOT_THE_TOTAL_CHANGE = Pattern.compile("(?i)volume|pric|mix|impact|translation|acquisition|divestiture");
    /** The head of a change table's column of reported (GAAP) changes: "Reported % Change, GAAP Measure". */
    private static final Pattern REPORTED_CHANGE = Pattern.compile("(?i)\\breported\\b|\\bgaap\\b");

    /**
     * Rule table.change-table: a table of growth rates whose label column names the measure ("Net Revenue Year over
     * Year % Change" | Reported % Change | … | Organic % Change, Non-GAAP Measure): each row is a segment (a total row the
     * company), its non-GAAP column the change of that segment's measure on that basis, for the period named above
     * the table (or the document's). Returns the index of the first line after the table, or {@code at} when the row
     * heads no such table.
     */
    int read(String s, List<TableRow> lines, int at, String entity, Period doc, FiscalCalendar cal, List<Fact> facts, List<Span> rowSpans) {
        List<Cell> heads = lines.get(at).nonBlankCells();
        Item item = item(heads);
        if (item == null) return at;
        int col = -1, reported = -1;
        for (int k = 1; k < heads.size(); k++) {
            String h = heads.get(k).text();
            if (!h.contains("%") || NOT_THE_TOTAL_CHANGE.matcher(h).find()) continue;
            if (NON_GAAP_CHANGE.matcher(h).find()) {
                if (col >= 0) return at;
                col = k - 1;
            } else if (REPORTED_CHANGE.matcher(h).find()) {
                reported = reported == -1 ? k - 1 : -2; // two reported columns: neither is read
            }
        }
        if (col < 0) return at;
        Period p = null;
        for (int k = at - 1, seen = 0; k >= 0 && seen < 4 && p == null; k--) {
            String t = lines.get(k).text(s).strip();
            if (t.isEmpty()) continue;
            seen++;
            p = TablePeriods.of(t.replace('\t', ' '), "", doc, cal);
            if (p instanceof Period.Instant) p = null;
        }
        if (p == null) p = doc;
        if (p == null) return at;
        String currency = tables.currencyAt(s, lines, at);
        Map<String, Fact> chosen = new LinkedHashMap<>();
        int i = at + 1;
        for (; i < lines.size(); i++) {
            TableRow r = lines.get(i);
            if (r.text(s).isBlank()) continue;
            if (!r.tabbed()) break;
            String label = r.cells().get(0).text();
            List<Cell> values = valueCells(s, r.cells());
            if (value(label) != null || values.size() != heads.size() - 1) break;
            rowSpans.add(new Span(r.start(), r.end()));
            String norm = normalize(label);
            String segment = lex.total(norm) ? null : label.replaceAll(LineItems.FOOTNOTE.pattern(), "").strip();
            if (segment != null && (segment.isEmpty() || lex.lookup(label) != null)) continue;
            tables.cellFacts.changeOnly(values.get(col), p, item, segment, "non-gaap", "table.constant-currency-column", entity, currency, chosen,
                    facts.size());
            // the reported column: the change as reported, its figure stated in another table (the merge joins the two)
            if (reported >= 0) {
                tables.cellFacts.changeOnly(values.get(reported), p, item, segment, item.basis(), "table.change-table", entity, currency, chosen,
                        facts.size());
            }
        }
        for (Fact f : chosen.values()) {
            facts.add(new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), null, null,
                    false, f.changes(), f.evidence(), List.of("table.change-table"), null, null));
        }
        return i;
    }
}
