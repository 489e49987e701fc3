package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * {@code beat_miss}: an actual figure against the analysts' consensus for it ("beat by 1.2%"). Informational:
 * the status is always pass and the message says by how much. The actual is the reported or non-GAAP figure of
 * the same entity, metric, segment and period; where both are stated, the one stated nearest the consensus
 * (the text compares what it puts side by side). Within rounding of each other, the figure is in line.
 */
final class BeatMiss implements CheckRule {
    /** Metrics where a figure above consensus is no beat: costs and expenses. */
    private static final Set<String> COSTS = Set.of("cost_of_revenue", "operating_expenses", "costs_and_expenses", "impairment", "capex");

    public String id() {
        return "beat_miss";
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        for (Key k : doc.keys()) {
            if (!"consensus".equals(k.basis())) continue;
            Fact consensus = doc.best(k);
            if (consensus == null) continue;
            Fact actual = null;
            int distance = Integer.MAX_VALUE;
            for (String basis : new String[] {null, "non-gaap"}) {
                for (Fact f : doc.withKey(k.withBasis(basis).withGuidance(false))) {
                    if (!Doc.usable(f)) continue;
                    int d = distance(f, consensus);
                    if (d < distance) {
                        actual = f;
                        distance = d;
                    }
                }
            }
            if (actual != null) report(run, actual, consensus);
        }
    }

    private static int distance(Fact a, Fact b) {
        int best = Integer.MAX_VALUE;
        for (Span x : a.evidence()) {
            for (Span y : b.evidence()) {
                int d = x.overlaps(y) ? 0 : Math.min(Math.abs(x.start() - y.end()), Math.abs(y.start() - x.end()));
                best = Math.min(best, d);
            }
        }
        return best;
    }

    private void report(Run run, Fact actual, Fact consensus) {
        Doc doc = run.doc;
        boolean ratio = actual.unit().dimension() == Dimension.RATIO;
        boolean cost = COSTS.contains(actual.metric()) || actual.metric().endsWith("_expense");
        BigDecimal diff = actual.value().subtract(consensus.value());
        int scale = doc.units.scaleOf(actual) != 0 ? doc.units.scaleOf(actual) : doc.units.scaleOf(consensus);
        String head = ratio
                ? Units.stated(actual, 0) + " vs consensus " + Units.stated(consensus, 0)
                : Units.stated(actual, scale) + " vs consensus " + Units.stated(consensus, scale) + doc.suffix(actual.unit(), scale);
        String verdict;
        if (Doc.interval(actual).overlaps(Doc.interval(consensus))) {
            verdict = "in line with consensus";
        } else {
            String by;
            if (ratio) {
                int d = Math.max(Units.percentDecimals(actual), Units.percentDecimals(consensus));
                by = diff.abs().movePointRight(2).setScale(d, RoundingMode.HALF_EVEN).toPlainString() + " pt";
            } else {
                int d = Math.max(Units.decimals(actual, scale), Units.decimals(consensus, scale));
                by = Units.number(diff.abs(), scale, d);
                if (consensus.value().signum() != 0) {
                    BigDecimal rel = diff.abs().divide(consensus.value().abs(), new MathContext(20, RoundingMode.HALF_EVEN));
                    by += " (" + Units.percent(rel, 1) + ")";
                }
            }
            boolean above = diff.signum() > 0;
            verdict = cost ? (above ? "above consensus by " : "below consensus by ") + by
                    : (above ? "beat by " : "missed by ") + by;
        }
        String basis = actual.basis() == null ? "" : " (" + actual.basis() + ")";
        run.check(id(), Status.PASS, List.of(actual, consensus), consensus.value(), actual.value(),
                head + ": " + verdict + "; " + Doc.name(actual).replace(basis, "") + basis);
    }
}
