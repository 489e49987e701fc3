package io.finlens.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One reported figure: the key (entity, metric, segment, basis, period, guidance), its value in base
 * units, the changes stated for it, every span where it is stated, and the rules that made it.
 *
 * @param segment    the business line as the text names it, or null for the whole company
 * @param basis      null for reported figures, {@code non-gaap} or {@code consensus}
 * @param value      null when the text gives only a change or a range
 * @param conversion a bracketed conversion into another currency, kept on the fact, or null
 */
public record Fact(String id, String entity, String metric, String segment, String basis, Period period,
                   BigDecimal value, Unit unit, Qualifier qualifier, Range range, boolean guidance,
                   List<Change> changes, List<Span> evidence, List<String> rules, Quantity conversion,
                   Precision precision) {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        changes = List.copyOf(changes);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
        if (evidence.isEmpty()) throw new IllegalArgumentException("a fact needs evidence: " + metric);
        if (!SNAKE_CASE.matcher(metric).matches()) throw new IllegalArgumentException("metric is not snake_case: " + metric);
        if (basis != null && !basis.equals("non-gaap") && !basis.equals("consensus")) {
            throw new IllegalArgumentException("basis: " + basis);
        }
    }

    private static final java.util.regex.Pattern SNAKE_CASE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    /** The identity of a fact: one fact per key. */
    public record Key(String entity, String metric, String segment, String basis, String period, boolean guidance) {
    }

    public Key key() {
        return new Key(entity, metric, segment, basis, period.id(), guidance);
    }

    public Fact withId(String newId) {
        return new Fact(newId, entity, metric, segment, basis, period, value, unit, qualifier, range, guidance,
                changes, evidence, rules, conversion, precision);
    }
}
