package io.finlens.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed band {@code [low, high]} in the same base unit as its quantity ({@code 5% to 7%}, {@code 120亿至130亿}).
 *
 * @param low  the low end
 * @param high the high end
 */
public record Range(BigDecimal low, BigDecimal high) {
    /** Both ends are required. */
    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    /** {@return the band of the negated values ({@code [-high, -low]})} */
    public Range negate() {
        return new Range(high.negate(), low.negate());
    }
}
