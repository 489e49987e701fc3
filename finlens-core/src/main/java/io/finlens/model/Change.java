package io.finlens.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stated change of a fact: exactly one of a relative value (a fraction, 0.13 for +13%), a change in
 * percentage points, a band of relative values, or only a direction.
 */
public record Change(ChangeBasis basis, BigDecimal value, BigDecimal points, Range range, Direction direction, Span span) {
    public Change {
        Objects.requireNonNull(basis, "basis");
        int n = (value != null ? 1 : 0) + (points != null ? 1 : 0) + (range != null ? 1 : 0);
        if (n > 1 || (n == 0 && direction == null)) {
            throw new IllegalArgumentException("a change has one of value, points, range, or only a direction");
        }
    }

    public static Change relative(ChangeBasis b, BigDecimal v, Span span) {
        return new Change(b, v, null, null, null, span);
    }

    public static Change points(ChangeBasis b, BigDecimal p, Span span) {
        return new Change(b, null, p, null, null, span);
    }

    public static Change band(ChangeBasis b, Range r, Span span) {
        return new Change(b, null, null, r, null, span);
    }

    public static Change direction(ChangeBasis b, Direction d, Span span) {
        return new Change(b, null, null, null, d, span);
    }

    /** Whether this change says at least as much as a direction-only one. */
    public boolean hasMagnitude() {
        return value != null || points != null || range != null;
    }
}
