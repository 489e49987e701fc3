package io.finlens.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stated change of a fact: exactly one of a relative value (a fraction, 0.13 for +13%), a change in
 * percentage points, a band of relative values, or only a direction.
 *
 * @param basis     what the change is measured against
 * @param value     the relative change as a fraction (0.13 for +13%), or null
 * @param points    the change in percentage points, or null
 * @param range     a band of relative changes, or null
 * @param direction the direction the text gives, or null when a magnitude says it
 * @param span      where the change is stated, or null when it is implied
 */
public record Change(ChangeBasis basis, @Nullable BigDecimal value, @Nullable BigDecimal points, @Nullable Range range,
                     @Nullable Direction direction, @Nullable Span span) {
    /** Exactly one of value, points and range, or none of them and a direction. */
    public Change {
        Objects.requireNonNull(basis, "basis");
        int n = (value != null ? 1 : 0) + (points != null ? 1 : 0) + (range != null ? 1 : 0);
        if (n > 1 || (n == 0 && direction == null)) {
            throw new IllegalArgumentException("a change has one of value, points, range, or only a direction");
        }
    }

    /**
     * {@return a relative change}
     *
     * @param b    the basis
     * @param v    the relative change as a fraction
     * @param span where it is stated, or null
     */
    public static Change relative(ChangeBasis b, BigDecimal v, @Nullable Span span) {
        return new Change(b, v, null, null, null, span);
    }

    /**
     * {@return a change in points}
     *
     * @param b    the basis
     * @param p    the change in percentage points
     * @param span where it is stated, or null
     */
    public static Change points(ChangeBasis b, BigDecimal p, @Nullable Span span) {
        return new Change(b, null, p, null, null, span);
    }

    /**
     * {@return a banded change}
     *
     * @param b    the basis
     * @param r    the band of relative changes
     * @param span where it is stated, or null
     */
    public static Change band(ChangeBasis b, Range r, @Nullable Span span) {
        return new Change(b, null, null, r, null, span);
    }

    /**
     * {@return a change known only by its direction}
     *
     * @param b    the basis
     * @param d    the direction
     * @param span where it is stated, or null
     */
    public static Change direction(ChangeBasis b, Direction d, @Nullable Span span) {
        return new Change(b, null, null, null, d, span);
    }

    /** {@return whether this change states a magnitude (a value, points or a band), not only a direction} */
    public boolean hasMagnitude() {
        return value != null || points != null || range != null;
    }
}
