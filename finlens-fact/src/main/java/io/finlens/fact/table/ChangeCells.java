package io.finlens.fact.table;

import static io.finlens.fact.table.TableRows.EMPTY_VALUE;
import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.text.TableRow.Cell;
import io.finlens.fact.table.TableRows.Value;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The facts of a table's change cells: a change joined to the figure of its row, or a change stated without one. */
final class ChangeCells {
    private final LineItems lex;

    ChangeCells(LineItems lex) {
        this.lex = lex;
    }

    /**
     * A figure in a change column for period {@code p}: the year-over-year change of the row's fact (joined under
     * {@code rule}), or, in a constant-currency column, a non-GAAP fact with no value and that change (rule
     * table.constant-currency-column). A ratio's plain figure is left alone.
     */
    void changeCell(Cell cell, Period p, boolean constantCurrency, Item item, String segment, String entity, String currency,
                    Map<String, Fact> chosen, int base, String rule) {
        if (constantCurrency) {
            changeOnly(cell, p, item, segment, "non-gaap", "table.constant-currency-column", entity, currency, chosen, base);
            return;
        }
        // (a dash under a "% growth" row's segment columns is a line without a change: skipped)
        Value v = rule.equals("table.change-column") ? changeValue(cell.text()) : value(cell.text());
        if (v == null || v == EMPTY_VALUE || p == null || p instanceof Period.Instant) return;
        boolean ratio = "ratio".equals(lex.metrics.get(item.metric()).unit());
        Span span = new Span(cell.start(), cell.end());
        // a ratio's change in a table is in points when the cell says so; a plain figure in a margin row is left alone
        if (ratio) return;
        Change change = Change.relative(ChangeBasis.YOY, v.number().movePointLeft(2).stripTrailingZeros(), span);
        String key = item.metric() + "|" + segment + "|" + item.basis() + "|" + p.id();
        Fact f = chosen.get(key);
        if (f == null || !f.changes().isEmpty()) return;
        List<Span> ev = new ArrayList<>(f.evidence());
        ev.add(span);
        chosen.put(key, new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), null,
                null, false, List.of(change), ev, withRule(f.rules(), rule), null, f.precision()));
    }

    /** A bare dash: in a change column of the row's figures, no change ("Reported growth % | (6) | — | 4"), unlike "n/a" or "nm". */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("^[-−–—]+$");

    /** Rule table.dash-no-change: the change a cell states, a dash being none (0); null or {@link TableRows#EMPTY_VALUE} else. */
    private static Value changeValue(String text) {
        Value v = value(text);
        return v == EMPTY_VALUE && DASH.matcher(text.strip()).matches() ? new Value(java.math.BigDecimal.ZERO, 0, true) : v;
    }

    private static List<String> withRule(List<String> rules, String rule) {
        List<String> out = new ArrayList<>(rules);
        if (!out.contains(rule)) out.add(rule);
        return out;
    }

    /**
     * A change a table states without its figure (a constant-currency column, a change table's reported or organic
     * column): a fact of the cell's year-over-year change on {@code basis}, by {@code rule}, once per metric, segment,
     * basis, period and rule; a ratio's is left alone.
     */
    void changeOnly(Cell cell, Period p, Item item, String segment, String basis, String rule, String entity, String currency,
                    Map<String, Fact> chosen, int base) {
        Value v = value(cell.text());
        if (v == null || v == EMPTY_VALUE || p == null || p instanceof Period.Instant) return;
        String unitKind = lex.metrics.get(item.metric()).unit();
        if ("ratio".equals(unitKind)) return;
        String key = item.metric() + "|" + segment + "|" + basis + "|" + p.id() + "|" + rule;
        if (chosen.containsKey(key)) return;
        Span span = new Span(cell.start(), cell.end());
        Change change = Change.relative(ChangeBasis.YOY, v.number().movePointLeft(2).stripTrailingZeros(), span);
        Unit unit = "money".equals(unitKind) ? Unit.money(currency) : Unit.RATIO;
        chosen.put(key, new Fact("T" + (base + chosen.size() + 1), entity, item.metric(), segment, basis, p, null, unit, null,
                null, false, List.of(change), List.of(span), List.of(rule), null, null));
    }

}
