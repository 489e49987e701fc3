package io.finlens.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure found in text: its span, exact value in base units (yuan, dollars, units; a ratio as a
 * fraction; points as percentage points), unit, qualifier, optional range, the direction its verb gives
 * it, and the rule that recognized it.
 *
 * @param value      the stated value; for a range, its low end... or null when only a range is given
 * @param direction  the direction of the verb just before it (增长, 下降, 亏损...), or null
 * @param loss       true when the figure is stated as a loss (亏损, net loss)
 * @param approximate true for vague figures such as 十几
 */
public record Quantity(Span span, BigDecimal value, Unit unit, Qualifier qualifier, Range range,
                       Precision precision, Direction direction, boolean loss, boolean approximate,
                       boolean perShare, String rule) {
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(rule, "rule");
        if (value == null && range == null) {
            throw new IllegalArgumentException("a quantity needs a value or a range: " + rule + " " + span);
        }
    }

    public Quantity withSpan(Span s) {
        return new Quantity(s, value, unit, qualifier, range, precision, direction, loss, approximate, perShare, rule);
    }

    public Quantity withDirection(Direction d, boolean isLoss) {
        return new Quantity(span, value, unit, qualifier, range, precision, d, isLoss, approximate, perShare, rule);
    }

    public Quantity withPerShare(boolean ps) {
        return new Quantity(span, value, unit, qualifier, range, precision, direction, loss, approximate, ps, rule);
    }

    public Quantity withQualifier(Qualifier q, Span s) {
        return new Quantity(s, value, unit, q, range, precision, direction, loss, approximate, perShare, rule);
    }
}
