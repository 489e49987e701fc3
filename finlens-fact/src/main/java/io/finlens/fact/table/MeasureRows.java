package io.finlens.fact.table;

import static io.finlens.fact.table.TableRows.EMPTY_VALUE;
import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.fact.table.TableCaptions.Scale;
import io.finlens.fact.table.TableRows.Value;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Precision;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.TableRow.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body rows of a table whose label names its measure in a way of its own: a margin's growth in basis points
 * ("Core gross margin growth | 51 bps"), or a list of measures with one figure each per period ("Revenue, EBITDA and
 * EPS").
 */
final class MeasureRows {
    private static final Pattern BPS = Pattern.compile("(?i)^(\\(?-?[\\d,]+(?:\\.\\d+)?\\)?)\\s*bps$");
    private static final Pattern CHANGE_WORD = Pattern.compile(
            "(?i)\\s+(?:growth|performance|change|expansion|contraction|improvement)(?=\\s*(?:,|$|\\())");

    private final LineItems lex;

    MeasureRows(LineItems lex) {
        this.lex = lex;
    }

    /**
     * Rule table.bps-change: a row of one figure in basis points whose label is a margin's growth ("Core gross margin
     * growth, non-GAAP measure | 51 bps") is that margin's change in points for the table's period, its level unsaid.
     */
    boolean bpsChange(String label, Cell cell, TableColumns columns, String entity, Map<String, Fact> chosen, int base) {
        Matcher b = BPS.matcher(cell.text().strip());
        if (!b.matches()) return false;
        Matcher w = CHANGE_WORD.matcher(label);
        if (!w.find()) return false;
        Item item = lex.lookup(label.substring(0, w.start()) + label.substring(w.end()));
        if (item == null || !"ratio".equals(lex.metrics.get(item.metric()).unit())) return false;
        Period p = null;
        for (int c = 0; c < columns.size() && p == null; c++) if (columns.kind(c) == TableColumns.Kind.PERIOD) p = columns.period(c);
        if (p == null || p instanceof Period.Instant) return false;
        Value v = value(b.group(1));
        if (v == null || v == EMPTY_VALUE) return false;
        String key = item.metric() + "|null|" + item.basis() + "|" + p.id();
        if (chosen.containsKey(key)) return true;
        Span span = new Span(cell.start(), cell.end());
        Change change = Change.points(ChangeBasis.YOY, v.number().movePointLeft(2).stripTrailingZeros(), span);
        chosen.put(key, new Fact("T" + (base + chosen.size() + 1), entity, item.metric(), null, item.basis(), p, null, Unit.RATIO, null,
                null, false, List.of(change), List.of(span), List.of("table.bps-change"), null, null));
        return true;
    }

    /**
     * Rule table.metric-list-row: a row whose label lists measures ("Revenue, EBITDA and EPS") with one figure per measure
     * per period column, in a table with a unit line, gives each money measure's figure for its period.
     */
    void metricList(List<Item> listed, List<Cell> values, TableColumns columns, Scale scale, boolean cents, String entity,
                    Map<String, Fact> chosen, int base) {
        List<Period> periods = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (columns.period(c) != null) periods.add(columns.period(c));
        if (periods.isEmpty() || values.size() != listed.size() * periods.size() || !scale.stated()) return;
        for (int k = 0; k < values.size(); k++) {
            Item item = listed.get(k % listed.size());
            Period p = periods.get(k / listed.size());
            Value v = value(values.get(k).text());
            if (v == null || v == EMPTY_VALUE || v.percent() || !"money".equals(lex.metrics.get(item.metric()).unit())) continue;
            boolean perShare = item.metric().equals("eps");
            int exp = perShare ? (cents ? -2 : 0) : scale.exponent();
            BigDecimal amount = v.number().scaleByPowerOfTen(exp).stripTrailingZeros();
            if (amount.scale() < 0) amount = amount.setScale(0);
            String key = item.metric() + "|null|" + item.basis() + "|" + p.id();
            if (chosen.containsKey(key)) continue;
            Cell cell = values.get(k);
            chosen.put(key, new Fact("T" + (base + chosen.size() + 1), entity, item.metric(), null, item.basis(), p, amount,
                    Unit.money(scale.currency()), null, null, false, List.of(), List.of(new Span(cell.start(), cell.end())),
                    List.of("table.metric-list-row"), null, new Precision(exp, v.decimals())));
        }
    }
}
