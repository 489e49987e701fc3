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
 * Summary change tables: a release's table of growth rates whose caption names the measure ("Operating Profit and EPS"),
 * its heads stacked over two lines with no label column ("GAAP Reported | Items Affecting | … | Core Constant Currency" over
 * "% Change | Comparability | Translation | % Change"), one row per segment, a total row for the company and rows
 * naming a measure of their own ("EPS").
 */
final class SummaryChangeTables {
    /** Rule id of such a table's constant-currency change: kept apart from the non-GAAP figure by the table merge. */
    static final String CONSTANT_RULE = "table.summary-change-table.constant-currency";

    private final TableFacts tables;
    private final LineItems lex;

    SummaryChangeTables(TableFacts tables, LineItems lex) {
        this.tables = tables;
        this.lex = lex;
    }

    private static final Pattern PCT_CHANGE = Pattern.compile("(?i)%\\s*change");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\breported\\b|\\bgaap\\b");
    private static final Pattern CONSTANT = Pattern.compile("(?i)constant currency|\\borganic\\b|non-gaap");
    private static final Pattern CAPTION_SPLIT = Pattern.compile("(?i)\\s+[–—-]\\s+|\\s*[:：]\\s*|\\s+and\\s+|\\s*,\\s*");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i)(?:\\band|\\bof|,|&)$");

    /**
     * Rule table.summary-change-table: a row of column heads (no figures, no label cell, two "% Change" heads or more)
     * under a line of heads whose first cell tops the first column and whose last cell tops the last: its GAAP reported
     * column is each row's reported change and its constant-currency (organic) column the non-GAAP change, for the
     * document's period, of the measure the caption above names (a row naming a measure itself takes that one; a total
     * row is the company's). Returns the index of the first line after the table, or {@code at} when there is none.
     */
    int read(String s, List<TableRow> lines, int at, String entity, Period doc, List<Fact> facts, List<Span> rowSpans) {
        if (doc == null || doc instanceof Period.Instant || at < 2) return at;
        List<Cell> heads = lines.get(at).nonBlankCells();
        int n = heads.size();
        if (n < 2 || !PCT_CHANGE.matcher(heads.get(0).text()).find()) return at;
        if (heads.stream().filter(c -> PCT_CHANGE.matcher(c.text()).find()).count() < 2) return at;
        for (Cell c : heads) if (value(c.text()) != null) return at;
        TableRow upper = lines.get(at - 1);
        List<Cell> up = upper.nonBlankCells();
        if (!upper.tabbed() || up.isEmpty() || up.size() > n) return at;
        for (Cell c : up) if (value(c.text()) != null) return at;
        String first = up.get(0).text() + " " + heads.get(0).text();
        String last = up.get(up.size() - 1).text() + " " + heads.get(n - 1).text();
        int reported = REPORTED.matcher(first).find() && !CONSTANT.matcher(first).find() ? 0 : -1;
        int constant = CONSTANT.matcher(last).find() && PCT_CHANGE.matcher(last).find() ? n - 1 : -1;
        if (reported < 0 && constant < 0) return at;
        List<Item> named = caption(s, lines, at - 2);
        if (named.isEmpty()) return at;
        String currency = tables.currencyAt(s, lines, at);
        Map<String, Fact> chosen = new LinkedHashMap<>();
        // a label may be wrapped over two lines ("Asia Pacific, Australia and New Zealand and / China Region")
        List<Row> rows = new ArrayList<>();
        int i = ChangeTableRows.read(s, lines, at + 1, CONNECTOR_END, v -> v == n, rows);
        for (Row row : rows) {
            String label = row.label();
            List<Cell> values = row.values();
            rowSpans.add(new Span(row.row().start(), row.row().end()));
            Item own = lex.lookup(label);
            Item item = own != null ? own : named.get(0);
            String segment = own != null || lex.total(LineItems.normalize(label)) ? null
                    : LineItems.FOOTNOTE.matcher(label).replaceFirst("").strip();
            if (own != null && !named.contains(own)) continue;
            if (reported >= 0) {
                tables.cellFacts.changeOnly(values.get(reported), doc, item, segment, item.basis(), "table.change-table", entity, currency, chosen,
                        facts.size());
            }
            if (constant >= 0) {
                tables.cellFacts.changeOnly(values.get(constant), doc, item, segment, "non-gaap", CONSTANT_RULE, entity, currency, chosen,
                        facts.size());
            }
        }
        if (chosen.isEmpty()) return at;
        facts.addAll(chosen.values());
        return i;
    }

    /** The measures the caption over a table names ("Operating Profit and EPS"), the first the rows' own: up to two lines up. */
    private List<Item> caption(String s, List<TableRow> lines, int from) {
        List<Item> out = new ArrayList<>();
        for (int k = from, seen = 0; k >= 0 && seen < 2 && out.isEmpty(); k--) {
            TableRow r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed()) break;
            seen++;
            for (String piece : CAPTION_SPLIT.split(t)) {
                Item it = piece.isBlank() ? null : lex.lookup(piece.strip());
                if (it != null && lex.changeMeasure(it) && !out.contains(it)) out.add(it);
            }
        }
        return out;
    }

}
