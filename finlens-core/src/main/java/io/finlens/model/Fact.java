package io.finlens.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reported figure: the key (entity, metric, segment, basis, period, guidance), its value in base
 * units, the changes stated for it, every span where it is stated, and the rules that made it.
 *
 * @param id         the fact's id in its document ({@code F1}, {@code F2}, ...)
 * @param entity     the company as the document writes it, or null when the document names none
 * @param metric     the metric id ({@code revenue}, {@code net_income}: snake_case, from the contract's {@code metrics.tsv})
 * @param segment    the business line as the text names it, or null for the whole company
 * @param basis      null for reported figures, {@code non-gaap} or {@code consensus}
 * @param period     the period it belongs to
 * @param value      null when the text gives only a change or a range
 * @param unit       its unit
 * @param qualifier  about, over or under, or null for an exact figure
 * @param range      the band it states (guidance of {@code $1.2 to $1.3 billion}), or null
 * @param guidance   true for a forecast (guidance, outlook, 预计)
 * @param changes    the changes stated for it (YoY, QoQ, ...), possibly none
 * @param evidence   every span where it is stated, in the original text; at least one
 * @param rules      the ids of the rules that made it
 * @param conversion a bracketed conversion into another currency, kept on the fact, or null
 * @param precision  how precisely the value is written, or null when not known
 */
public record Fact(String id, @Nullable String entity, String metric, @Nullable String segment, @Nullable String basis, Period period,
                   @Nullable BigDecimal value, Unit unit, @Nullable Qualifier qualifier, @Nullable Range range, boolean guidance,
                   List<Change> changes, List<Span> evidence, List<String> rules, @Nullable Quantity conversion,
                   @Nullable Precision precision) {
    /** Id, metric (snake_case), period, unit and at least one evidence span are required; lists are copied. */
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        changes = List.copyOf(changes);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
        if (evidence.isEmpty()) throw new IllegalArgumentException("a fact needs evidence: " + metric);
        if (!snakeCase(metric)) throw new IllegalArgumentException("metric is not snake_case: " + metric);
        if (basis != null && !basis.equals("non-gaap") && !basis.equals("consensus")) {
            throw new IllegalArgumentException("basis: " + basis);
        }
    }

    /** {@code [a-z][a-z0-9_]*}, tested char by char: every fact is checked, and a matcher for each costs more than the fact. */
    private static boolean snakeCase(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    /**
     * The identity of a fact: one fact per key.
     *
     * @param entity   the company, or null
     * @param metric   the metric id
     * @param segment  the business line, or null for the whole company
     * @param basis    null, {@code non-gaap} or {@code consensus}
     * @param period   the period's id ({@link Period#id()})
     * @param guidance whether it is a forecast
     */
    public record Key(@Nullable String entity, String metric, @Nullable String segment, @Nullable String basis, String period,
                      boolean guidance) {
    }

    /** {@return this fact's identity} */
    public Key key() {
        return new Key(entity, metric, segment, basis, period.id(), guidance);
    }

    /**
     * {@return this fact under {@code newId}}
     *
     * @param newId another id
     */
    public Fact withId(String newId) {
        return new Fact(newId, entity, metric, segment, basis, period, value, unit, qualifier, range, guidance,
                changes, evidence, rules, conversion, precision);
    }
}
