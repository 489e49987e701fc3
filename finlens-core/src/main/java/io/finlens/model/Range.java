package io.finlens.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A closed band {@code [low, high]} in the same base unit as its quantity. */
public record Range(BigDecimal low, BigDecimal high) {
    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    public Range negate() {
        return new Range(high.negate(), low.negate());
    }
}
