package io.finlens.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An arithmetic check over facts: which rule, which facts, what was expected and found, in words.
 *
 * @param rule     the check's rule ({@code segments_sum}, {@code bridge}, {@code margin}, {@code growth_implied}, ...)
 * @param status   its verdict
 * @param factIds  the ids of the facts it used ({@link Fact#id()})
 * @param expected the value the other facts imply, or null when the check compares no single value
 * @param actual   the value stated, or null when the check compares no single value
 * @param message  the check in words
 */
public record Check(String rule, Status status, List<String> factIds, @Nullable BigDecimal expected, @Nullable BigDecimal actual, String message) {
    /** Rule, status and message are required; the fact ids are copied. */
    public Check {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        factIds = List.copyOf(factIds);
    }
}
