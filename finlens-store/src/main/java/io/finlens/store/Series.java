package io.finlens.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One value per period for an entity, metric, segment and basis, in chronological order, each with the document it
 * was taken from, the values other documents gave for the same period that disagree, and the year-on-year change
 * computed from the stored figure a year earlier next to the change the text stated.
 */
public record Series(String entityId, String entityName, String metric, String segment, String basis, String unit,
                     List<Point> points) {
    public Series {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(metric, "metric");
        points = List.copyOf(points);
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
