package io.finlens.fact.table;

import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.text.TableRow.Cell;
import io.finlens.text.TableRow;
import io.finlens.fact.table.TableRows.Value;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Growth rows of a release's key-figure box: a line of one percentage whose label names a measure and its change
 * ("Net revenue growth | 10.2%", "EPS change | (54)%", "Organic revenue growth | 14.3%"), outside any table of periods.
 */
final class GrowthRows {
    private final TableFacts tables;
    private final LineItems lex;

    GrowthRows(TableFacts tables, LineItems lex) {
        this.tables = tables;
        this.lex = lex;
    }

    /** "… growth", "… change", "… % change": the label names the measure before it. */
    private static final Pattern GROWTH_LABEL = Pattern.compile("(?i)\\s+(?:%\\s*)?(?:growth|change)$");
    /** Words of a measure taken without currency or portfolio effects: its change is a non-GAAP one. */
    private static final Pattern CONSTANT_WORDS = Pattern.compile("(?i)\\b(?:constant[- ]currency|organic|operational|comparable)\\b");
    /** Rule id of a growth row stated without currency effects: such a change is not the change of a reported figure. */
    static final String CONSTANT_RULE = "table.growth-row.constant-currency";

    /**
     * Rule table.growth-row: a row of one percentage whose label is a measure followed by "growth" or "change" is the
     * change of that measure for the document's period, a fact without a figure (the table merge joins it to the fact
     * of its key that has one); with "organic", "constant currency" or the like in the label the change is non-GAAP and
     * kept apart from the reported figure. Returns whether the row was such a row.
     */
    boolean read(String s, TableRow row, Period doc, String entity, List<Fact> facts) {
        if (doc == null || doc instanceof Period.Instant || !row.tabbed()) return false;
        List<Cell> cells = row.nonBlankCells();
        if (cells.size() != 2) return false;
        Value v = value(cells.get(1).text());
        if (v == null || !v.percent()) return false;
        String label = LineItems.normalize(cells.get(0).text());
        Matcher m = GROWTH_LABEL.matcher(label);
        if (!m.find() || m.start() == 0) return false;
        String measure = label.substring(0, m.start());
        boolean constant = CONSTANT_WORDS.matcher(measure).find();
        Item item = lex.lookup(measure);
        if (item == null && constant) item = lex.lookup(CONSTANT_WORDS.matcher(measure).replaceAll(" ").replaceAll("\\s+", " ").strip());
        if (item == null || !lex.changeMeasure(item)) return false;
        String basis = constant ? "non-gaap" : item.basis();
        String rule = constant ? CONSTANT_RULE : "table.growth-row";
        Map<String, Fact> chosen = new LinkedHashMap<>();
        tables.cellFacts.changeOnly(cells.get(1), doc, item, null, basis, rule, entity, tables.currencyAt(s, List.of(row), 0), chosen,
                facts.size());
        facts.addAll(chosen.values());
        return !chosen.isEmpty();
    }

    private static final String BELOW_RULE = "table.growth-row-below";
    /** "% growth - Adjusted EBITDA, EBIT, Net income and EPS", "% growth – Adjusted EBIT": the measure after the dash. */
    private static final Pattern GROWTH_OF = Pattern.compile("(?i)^%\\s*(?:growth|change)\\s*[-–—:]\\s*(.+)$");

    /**
     * Rule table.growth-row-below: under a table's figures, a row "% growth - <measure or list of measures>" gives the
     * year-over-year change of the figures the table states for its latest period: one per listed measure, or one per
     * segment column of that period, or the one figure. Returns whether the row was such a row (read or not).
     */
    boolean below(String label, List<Cell> values, TableColumns columns, String entity, String currency, Map<String, Fact> chosen,
                  int base) {
        Matcher m = GROWTH_OF.matcher(LineItems.normalize(label));
        if (!m.matches()) return false;
        Period latest = null;
        for (int c = 0; c < columns.size(); c++) {
            Period p = columns.period(c);
            if (p != null && !(p instanceof Period.Instant) && (latest == null || p.end().isAfter(latest.end()))) latest = p;
        }
        if (latest == null) return true;
        List<Item> listed = lex.metricList(m.group(1));
        if (listed != null) {
            if (values.size() != listed.size()) return true;
            for (int k = 0; k < values.size(); k++) {
                tables.cellFacts.changeCell(values.get(k), latest, false, listed.get(k), null, entity, currency, chosen, base, BELOW_RULE);
            }
            return true;
        }
        Item item = lex.lookup(m.group(1));
        if (item == null) return true;
        List<Integer> cols = new java.util.ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (latest.equals(columns.period(c))) cols.add(c);
        if (cols.size() != values.size()) return true;
        for (int k = 0; k < values.size(); k++) {
            String segment = columns.segment(cols.get(k));
            tables.cellFacts.changeCell(values.get(k), latest, false, item, segment == null || segment.isEmpty() ? null : segment, entity, currency,
                    chosen, base, BELOW_RULE);
        }
        return true;
    }
}
