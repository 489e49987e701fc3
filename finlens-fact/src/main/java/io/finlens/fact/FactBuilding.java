package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fact building, the end of linking: a slot with a value or a change becomes a fact, with its period (the slot's own,
 * else the period of where its evidence ends), its entity (the last company named before the mention), its sign (a
 * loss of $(12.3) million is minus), its unit and the ids of all rules that made it. Value rules added here:
 * <ul>
 *   <li>{@code en.value.count-with-currency-sign}: "total membership increased to $26.5 million" is a count;</li>
 *   <li>{@code exclude.priced-units} (no fact is emitted): a count of goods or deals stated in money ("the two
 *       transactions were $240 million", "$600 million in production") states their worth, not their number;</li>
 *   <li>{@code zh.value.multiple} / {@code en.value.multiple}: a book-to-bill of 1.38 is the ratio 1.38.</li>
 * </ul>
 * A slot that is a list's later item, a sum over companies or a market's figure ({@link Slot#combined}) states
 * nothing; a change with no value takes the sentence's currency, else the document's.
 */
final class FactBuilding {
    private FactBuilding() {
    }

    /** Adds the fact of slot {@code sl} to the document's facts, unless it has nothing to state. */
    static void emit(SentenceContext ctx, Slot sl) {
        if (sl.value == null && sl.changes.isEmpty() || sl.combined || sl.listHead != null) return;
        Period p = sl.period != null ? sl.period : FigurePeriods.periodFor(ctx, sl.evidence.isEmpty() ? sl.end : sl.evidence.get(0).end(), sl);
        Quantity v = sl.value;
        BigDecimal value = v == null ? null : v.value();
        Range range = v == null ? null : v.range();
        if (sl.negative && value != null && value.signum() > 0) value = value.negate(); // "net loss of $(12.3) million" is one minus
        if (sl.negative && range != null && range.high().signum() > 0) range = range.negate();
        Unit unit;
        String metricId = sl.metric.id();
        if (v != null) {
            unit = v.unit().dimension() == Dimension.NUMBER ? Unit.COUNT : v.unit();
            if (sl.metric.unit() == FactLexicon.MetricUnit.COUNT && unit.isMoney() && MONEY_TWIN.containsKey(metricId)) {
                metricId = MONEY_TWIN.get(metricId); // "$431 million of shares repurchased": the amount spent, not a count
                sl.rules.add(ctx.lang + ".value.money-twin");
            } else if (sl.metric.unit() == FactLexicon.MetricUnit.COUNT && unit.isMoney() && ctx.lex.pricedUnits.contains(metricId)
                    && !weightWord(ctx, v)) {
                return; // "the three transactions were $240 million": what the deals are worth, not how many there were
            } else if (sl.metric.unit() == FactLexicon.MetricUnit.COUNT && unit.isMoney()) {
                unit = Unit.COUNT;
                sl.rules.add("en.value.count-with-currency-sign");
            }
            if (sl.metric.unit() == FactLexicon.MetricUnit.MULTIPLE) { // a book-to-bill of 1.38 is the ratio 1.38
                unit = Unit.RATIO;
                sl.rules.add(ctx.lang + ".value.multiple");
            }
        } else {
            unit = switch (sl.metric.unit()) {
                case MONEY -> Unit.money(defaultCurrency(ctx));
                case COUNT -> Unit.COUNT;
                default -> Unit.RATIO;
            };
        }
        if (OutlookBasis.asBefore(ctx, sl)) sl.rules.add("en.basis.outlook-as-before");
        List<Span> ev = sl.evidence.isEmpty() ? List.of(new Span(sl.start, sl.lastEnd)) : sl.evidence;
        List<String> rules = new ArrayList<>(sl.rules);
        if (v != null) rules.add(v.rule());
        String move = sl.guidance ? GuidanceMoves.moveBefore(ctx, v != null ? v.span().start() : sl.start) : null;
        if (move != null) rules.add(move);
        String segment = sl.segment;
        if (segment == null || sl.rules.contains("en.discourse.segment")) {
            int fe = PlaceAfter.figureEnd(sl);
            String place = fe < 0 ? null : PlaceAfter.after(ctx, fe);
            if (place != null) {
                segment = place; // "a comparable sales decline of 3% in Canada"
                rules.add("en.segment.place-after");
            }
        }
        ctx.out.add(new Fact("F0", sl.entity != null ? sl.entity : entityAt(ctx, sl.start), metricId, segment, sl.basis, p, value, unit,
                v == null ? null : v.qualifier(), range, sl.guidance, sl.changes, ev, rules, sl.conversion,
                v == null ? null : v.precision()));
    }

    /** "Volume of 1.02 billion pounds": a figure in pounds may weigh rather than cost. */
    private static boolean weightWord(SentenceContext ctx, Quantity v) {
        return ctx.text.substring(v.span().start(), v.span().end()).toLowerCase(java.util.Locale.ROOT).contains("pound");
    }

    /** Count metrics whose figure in money is another metric: shares bought back and the money spent on them. */
    private static final java.util.Map<String, String> MONEY_TWIN = java.util.Map.of("shares_repurchased", "share_repurchase");

    /** The company a figure at {@code pos} is about: the last one named before it, else the sentence's. */
    private static String entityAt(SentenceContext ctx, int pos) {
        String e = ctx.entityContext;
        for (CompanyMentions.CompanyMention c : ctx.companies) if (c.end() <= pos) e = c.entity();
        return e;
    }

    /** The sentence's currency, else the document's most used one (a story on a US company counts in USD), else CNY. */
    private static String defaultCurrency(SentenceContext ctx) {
        for (Quantity q : ctx.qs) if (q.unit().isMoney()) return q.unit().currency();
        return ctx.documentCurrency;
    }
}
