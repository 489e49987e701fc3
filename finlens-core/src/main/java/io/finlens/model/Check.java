package io.finlens.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** An arithmetic check over facts: which rule, which facts, what was expected and found, in words. */
public record Check(String rule, Status status, List<String> factIds, BigDecimal expected, BigDecimal actual, String message) {
    public Check {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        factIds = List.copyOf(factIds);
    }
}
