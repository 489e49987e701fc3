package io.finlens.check;

import io.finlens.check.Structure.Breakdown;
import io.finlens.check.Structure.Kind;
import io.finlens.check.Vocabulary.Remainder;
import io.finlens.model.Fact;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code segments_sum}: the parts of a breakdown add up to their whole within rounding: half a unit of the last
 * stated place per figure (921亿 allows ±0.5亿), parts and whole alike.
 * <ul>
 * <li>pass: within rounding;</li>
 * <li>warn: the parts fall short (an unreported remainder: other lines, eliminations, hedging), or, for a figure
 * that may be negative such as a profit, they exceed it (unallocated corporate items);</li>
 * <li>fail: the parts of an amount that cannot be negative (revenue, costs, units) exceed the whole.</li>
 * </ul>
 * A breakdown with a single stated part, or whose parts add up to less than half the whole (a partial list), is
 * checked only for an excess. A breakdown with an approximate figure
 * (约) warns where it would fail. Only metrics listed in {@code additive-metrics.tsv} are summed.
 */
final class SegmentsSum implements CheckRule {
    /** Parts that add up to less than this share of their whole are a partial list, not a breakdown. */
    static final BigDecimal PARTIAL_BELOW = new BigDecimal("0.5");

    public String id() {
        return "segments_sum";
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        for (Breakdown b : run.structure.breakdowns()) {
            Fact whole = doc.fact(b.parent());
            List<Fact> parts = new ArrayList<>();
            for (String id : b.children()) parts.add(doc.fact(id));
            Remainder rem = doc.vocab.additive.get(whole.metric());
            if (rem == null || !Doc.usable(whole)) continue;
            boolean ok = true;
            for (Fact p : parts) ok &= Doc.usable(p) && p.unit().equals(whole.unit());
            if (!ok) continue;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tol = Doc.half(whole);
            boolean approx = Doc.approximate(whole);
            for (Fact p : parts) {
                sum = sum.add(p.value());
                tol = tol.add(Doc.half(p));
                approx |= Doc.approximate(p);
            }
            BigDecimal diff = whole.value().subtract(sum);
            boolean within = diff.abs().compareTo(tol) <= 0;
            boolean shortfall = !within && diff.signum() > 0;
            boolean excess = !within && diff.signum() < 0;
            // one part, or a few that cover little of the whole: a partial list, checked only for an excess
            if (!excess && (parts.size() == 1 || sum.abs().compareTo(whole.value().abs().multiply(PARTIAL_BELOW)) < 0)) continue;

            List<Fact> all = new ArrayList<>(parts);
            all.add(whole);
            int scale = doc.units.scaleOf(whole) != 0 ? doc.units.scaleOf(whole) : doc.units.scaleOf(all);
            int decimals = 0;
            for (Fact p : parts) decimals = Math.max(decimals, Units.decimals(p, scale));
            StringBuilder arith = new StringBuilder(Units.stated(parts.get(0), scale));
            for (int i = 1; i < parts.size(); i++) arith.append(Units.signedTerm(Units.stated(parts.get(i), scale)));
            String total = Units.stated(whole, scale);
            String unit = doc.suffix(whole.unit(), scale);
            if (diff.signum() == 0 && parts.size() > 1) {
                arith.append(" = ").append(total);
            } else {
                arith.append(" = ").append(Units.number(sum, scale, decimals)).append(" vs ").append(total);
            }
            arith.append(unit);
            String names = describe(b, parts, whole);

            Status status;
            String why;
            int gapDecimals = Math.max(decimals, Units.decimals(whole, scale));
            String gap = Units.number(diff.abs(), scale, gapDecimals);
            String share = percentOf(diff.abs(), whole.value());
            String rounding = "±" + Units.plain(tol, scale);
            if (within) {
                status = Status.PASS;
                why = diff.signum() == 0 ? "" : ": within rounding (" + rounding + ")";
            } else if (shortfall) {
                status = Status.WARN;
                why = ": " + gap + " short (" + share + "), more than rounding (" + rounding + "): "
                        + (b.kind() == Kind.COMPONENTS ? "a component the text does not state" : "a remainder the text does not report");
            } else if (rem == Remainder.SIGNED) {
                status = Status.WARN;
                why = ": the parts exceed the whole by " + gap + " (" + share + "), more than rounding (" + rounding
                        + "): items not allocated to the parts (corporate costs, eliminations)";
            } else {
                status = approx ? Status.WARN : Status.FAIL;
                why = ": the parts exceed the whole by " + gap + " (" + share + "), more than rounding (" + rounding + ")"
                        + (approx ? "; an approximate figure (约) is involved" : "");
            }
            run.check(id(), status, ordered(whole, parts), whole.value(), sum,
                    arith + why + "; " + names);
        }
    }

    private static List<Fact> ordered(Fact whole, List<Fact> parts) {
        List<Fact> out = new ArrayList<>();
        out.add(whole);
        out.addAll(parts);
        return out;
    }

    private static String describe(Breakdown b, List<Fact> parts, Fact whole) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) sb.append(" + ");
            Fact p = parts.get(i);
            sb.append(b.kind() == Kind.COMPONENTS ? p.metric() : p.segment());
        }
        sb.append(" = ");
        if (b.kind() == Kind.COMPONENTS) return sb.append(whole.metric()).append(" (").append(Doc.context(whole, false)).append(')').toString();
        return sb.append(whole.segment() == null ? "total" : whole.segment()).append(" (").append(Doc.context(whole, true)).append(')')
                .toString();
    }

    static String percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return "n/a";
        BigDecimal r = part.divide(whole.abs(), new MathContext(20, RoundingMode.HALF_EVEN));
        return Units.percent(r, r.compareTo(new BigDecimal("0.001")) < 0 ? 2 : 1);
    }
}
