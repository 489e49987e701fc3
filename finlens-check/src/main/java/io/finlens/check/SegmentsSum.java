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
        for (Breakdown b : run.structure.breakdowns()) check(run, b);
    }

    /** The parts added up against their whole: the sum, the gap, the rounding they allow, whether a figure is approximate. */
    private record Tally(BigDecimal sum, BigDecimal diff, BigDecimal tolerance, boolean approx) {
        static Tally of(Fact whole, List<Fact> parts) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tol = Doc.half(whole);
            boolean approx = Doc.approximate(whole);
            for (Fact p : parts) {
                sum = sum.add(p.value());
                tol = tol.add(Doc.half(p));
                approx |= Doc.approximate(p);
            }
            return new Tally(sum, whole.value().subtract(sum), tol, approx);
        }

        boolean within() {
            return diff.abs().compareTo(tolerance) <= 0;
        }

        boolean excess() {
            return !within() && diff.signum() < 0;
        }
    }

    private void check(Run run, Breakdown b) {
        Doc doc = run.doc;
        Fact whole = doc.fact(b.parent());
        List<Fact> parts = new ArrayList<>();
        for (String id : b.children()) parts.add(doc.fact(id));
        Remainder rem = doc.vocab.additive.get(whole.metric());
        if (rem == null || !Doc.usable(whole) || !comparable(parts, whole)) return;
        Tally t = Tally.of(whole, parts);
        // one part, or a few that cover little of the whole: a partial list, checked only for an excess
        if (!t.excess() && (parts.size() == 1 || t.sum().abs().compareTo(whole.value().abs().multiply(PARTIAL_BELOW)) < 0)) return;

        List<Fact> all = new ArrayList<>(parts);
        all.add(whole);
        int scale = doc.units.scaleOf(whole) != 0 ? doc.units.scaleOf(whole) : doc.units.scaleOf(all);
        int decimals = 0;
        for (Fact p : parts) decimals = Math.max(decimals, Units.decimals(p, scale));
        String arith = arithmetic(doc, whole, parts, t, scale, decimals);
        String gap = Units.number(t.diff().abs(), scale, Math.max(decimals, Units.decimals(whole, scale)));
        Verdict v = verdict(b, rem, t, gap, percentOf(t.diff().abs(), whole.value()), "±" + Units.plain(t.tolerance(), scale));
        run.check(id(), v.status(), ordered(whole, parts), whole.value(), t.sum(), arith + v.why() + "; " + describe(b, parts, whole));
    }

    /** Whether every part is a usable figure in the whole's unit. */
    private static boolean comparable(List<Fact> parts, Fact whole) {
        boolean ok = true;
        for (Fact p : parts) ok &= Doc.usable(p) && p.unit().equals(whole.unit());
        return ok;
    }

    /** The sum as the message shows it: 300 + 200 = 500 vs 520亿 (or 300 + 200 = 500亿 when it is exact). */
    private static String arithmetic(Doc doc, Fact whole, List<Fact> parts, Tally t, int scale, int decimals) {
        StringBuilder arith = new StringBuilder(Units.stated(parts.get(0), scale));
        for (int i = 1; i < parts.size(); i++) arith.append(Units.signedTerm(Units.stated(parts.get(i), scale)));
        String total = Units.stated(whole, scale);
        if (t.diff().signum() == 0 && parts.size() > 1) {
            arith.append(" = ").append(total);
        } else {
            arith.append(" = ").append(Units.number(t.sum(), scale, decimals)).append(" vs ").append(total);
        }
        return arith.append(doc.suffix(whole.unit(), scale)).toString();
    }

    /** A check's status and what the message says of it after the sum. */
    private record Verdict(Status status, String why) {
    }

    /** Pass within rounding; a shortfall, or an excess over a figure that may be negative, warns; another excess fails. */
    private static Verdict verdict(Breakdown b, Remainder rem, Tally t, String gap, String share, String rounding) {
        if (t.within()) return new Verdict(Status.PASS, t.diff().signum() == 0 ? "" : ": within rounding (" + rounding + ")");
        String beyond = " (" + share + "), more than rounding (" + rounding + ")";
        if (t.diff().signum() > 0) {
            return new Verdict(Status.WARN, ": " + gap + " short" + beyond + ": "
                    + (b.kind() == Kind.COMPONENTS ? "a component the text does not state" : "a remainder the text does not report"));
        }
        String excess = ": the parts exceed the whole by " + gap + beyond;
        if (rem == Remainder.SIGNED) {
            return new Verdict(Status.WARN, excess + ": items not allocated to the parts (corporate costs, eliminations)");
        }
        if (!t.approx()) return new Verdict(Status.FAIL, excess);
        return new Verdict(Status.WARN, excess + "; an approximate figure (约) is involved");
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
