package io.finlens.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure found in text: its span, exact value in base units (yuan, dollars, units; a ratio as a
 * fraction; points as percentage points), unit, qualifier, optional range, the direction its verb gives
 * it, and the rule that recognized it.
 *
 * @param span        where it is written (normalized coordinates when it comes from the recognizer)
 * @param value       the stated value; for a range, its low end... or null when only a range is given
 * @param unit        its unit
 * @param qualifier   about, over or under, or null for an exact figure
 * @param range       the band it states ({@code 5%-7%}), or null
 * @param precision   how precisely it is written
 * @param direction   the direction of the verb just before it (增长, 下降, 亏损...), or null
 * @param loss        true when the figure is stated as a loss (亏损, net loss)
 * @param approximate true for vague figures such as 十几
 * @param perShare    true for a per-share figure ({@code $0.83 per diluted share}, 每股)
 * @param rule        the id of the rule that recognized it
 */
public record Quantity(Span span, @Nullable BigDecimal value, Unit unit, @Nullable Qualifier qualifier, @Nullable Range range,
                       Precision precision, @Nullable Direction direction, boolean loss, boolean approximate,
                       boolean perShare, String rule) {
    /** Span, unit, precision and rule are required, and a value or a range. */
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(rule, "rule");
        if (value == null && range == null) {
            throw new IllegalArgumentException("a quantity needs a value or a range: " + rule + " " + span);
        }
    }

    /**
     * {@return this quantity at {@code s}}
     *
     * @param s another span
     */
    public Quantity withSpan(Span s) {
        return new Quantity(s, value, unit, qualifier, range, precision, direction, loss, approximate, perShare, rule);
    }

    /**
     * {@return this quantity with that direction}
     *
     * @param d      a direction, or null
     * @param isLoss whether it is stated as a loss
     */
    public Quantity withDirection(@Nullable Direction d, boolean isLoss) {
        return new Quantity(span, value, unit, qualifier, range, precision, d, isLoss, approximate, perShare, rule);
    }

    /**
     * {@return this quantity so marked}
     *
     * @param ps whether it is a per-share figure
     */
    public Quantity withPerShare(boolean ps) {
        return new Quantity(span, value, unit, qualifier, range, precision, direction, loss, approximate, ps, rule);
    }

    /**
     * {@return this quantity, qualified, at {@code s}}
     *
     * @param q a qualifier, or null
     * @param s the span that includes the qualifier's words
     */
    public Quantity withQualifier(@Nullable Qualifier q, Span s) {
        return new Quantity(s, value, unit, q, range, precision, direction, loss, approximate, perShare, rule);
    }
}
