package io.finlens.check;

import io.finlens.model.Period;
import io.finlens.model.Range;
import io.finlens.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A figure the text does not state but its stated figures imply (prior-year revenue from 1800 and +13%, gross
 * margin from gross profit and revenue). Computed, never stated: it is kept apart from the facts and says how
 * it was computed.
 *
 * @param value    the computed value in base units (a ratio as a fraction)
 * @param bounds   the values the stated figures allow, given how precisely they were stated
 * @param formula  the arithmetic in the document's units, e.g. {@code 1800 / (1 + 13%) = 1592.9 (亿元)}
 * @param factIds  the stated facts it was computed from
 * @param rule     the derivation, e.g. {@code derived.prior_from_change}
 */
public record Derived(String metric, String entity, String segment, String basis, Period period, BigDecimal value, Unit unit,
                      Range bounds, String formula, List<String> factIds, String rule) {
    private static final java.util.regex.Pattern METRIC = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    public Derived {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(rule, "rule");
        factIds = List.copyOf(factIds);
        if (factIds.isEmpty()) throw new IllegalArgumentException("a derived figure names the facts it comes from: " + metric);
        if (!METRIC.matcher(metric).matches()) throw new IllegalArgumentException("metric is not snake_case: " + metric);
    }

    /** Always true: a derived figure is computed, not stated. */
    public boolean computed() {
        return true;
    }
}
