package io.finlens.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One value per period for an entity, metric, segment and basis, in chronological order, each with the document it
 * was taken from, the values other documents gave for the same period that disagree, and the year-on-year change
 * computed from the stored figure a year earlier next to the change the text stated.
 *
 * <p>A series has one period kind and one unit, so that no line joins a quarter to a year or yuan to dollars: the ones
 * asked for, else the most common. {@code kinds} counts the values of every kind, {@code units} those of every unit
 * of the chosen kind, so a reader is told what else there is ({@link #note()}).
 *
 * @param kind  the period kind of every point (quarter, half, nine_months, year, month, instant), null when none
 * @param kinds values per period kind, of every kind
 * @param units values per unit, of the chosen kind
 */
public record Series(String entityId, String entityName, String metric, String segment, String basis, String unit,
                     List<Point> points, String kind, java.util.Map<String, Integer> kinds, java.util.Map<String, Integer> units) {
    public Series {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(metric, "metric");
        points = List.copyOf(points);
        kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
        units = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(units));
        if (kind != null && !kinds.containsKey(kind) && !points.isEmpty()) throw new IllegalArgumentException("kind " + kind + " not among " + kinds.keySet());
    }

    /**
     * What the series leaves out, for people: {@code also stated: 3 year values (kind year); 2 quarter values in USD
     * (unit USD)}; null when nothing.
     */
    public String note() {
        List<String> other = new java.util.ArrayList<>();
        kinds.forEach((k, n) -> {
            if (!k.equals(kind)) other.add(n + " " + k + " value" + (n == 1 ? "" : "s") + " (kind " + k + ")");
        });
        units.forEach((u, n) -> {
            if (!u.equals(unit)) other.add(n + " " + kind + " value" + (n == 1 ? "" : "s") + " in " + u + " (unit " + u + ")");
        });
        return other.isEmpty() ? null : "also stated: " + String.join("; ", other);
    }

    /**
     * One period.
     *
     * @param pick        the rule that chose this value among the documents: {@code only}, {@code agreed},
     *                    {@code own-report} (the document reporting this period), {@code latest-report}
     * @param sources     how many documents state this value (within rounding)
     * @param computedYoy value / value a year earlier − 1, when both are stored (6 decimals), else null
     * @param yoyCheck    {@code pass} or {@code fail} comparing computed and stated, null when either is missing
     * @param conflicts   values other documents state for this period that differ beyond rounding
     */
    public record Point(String period, BigDecimal value, String docId, String docName, String factId, String evidence,
                        String pick, int sources, BigDecimal statedYoy, BigDecimal computedYoy, String yoyCheck,
                        List<Candidate> conflicts) {
        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(pick, "pick");
            if (sources < 1) throw new IllegalArgumentException("sources < 1 for " + period);
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A value one document states. */
    public record Candidate(BigDecimal value, String docId, String docName, String factId, String evidence) {
        public Candidate {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(factId, "factId");
        }
    }
}
