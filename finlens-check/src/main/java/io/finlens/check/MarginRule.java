package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.check.Vocabulary.Ratio;
import io.finlens.model.Fact;
import io.finlens.model.Range;
import io.finlens.model.Status;
import io.finlens.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code margin}: a stated ratio (gross margin, operating margin, an expense ratio, a share of revenue; see
 * {@code ratios.tsv}) against its numerator divided by its denominator for the same entity, segment and period.
 * The numerator takes the ratio's basis; revenue is the reported one. The stated ratio allows half a unit of
 * its last place (24% → ±0.5 pt), the division whatever its stated figures allow; pass when the two overlap,
 * else fail (warn with an approximate figure).
 *
 * <p>Where the text states the numerator and denominator but not the ratio, the ratio is offered as a
 * {@link Derived} figure ({@code derived.ratio}) for the margins {@code ratios.tsv} marks to derive.
 */
final class MarginRule implements CheckRule {
    public String id() {
        return "margin";
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        for (Ratio r : doc.vocab.ratios) {
            for (Key k : doc.keys()) {
                if (!k.metric().equals(r.ratio()) || k.guidance() || !k.unit().equals("ratio")) continue;
                Fact stated = doc.best(k);
                if (stated == null) continue;
                Fact num = doc.bestInAnyUnit(k.withMetric(r.numerator()));
                if (num == null) continue;
                Fact den = denominator(doc, r, doc.key(num));
                if (den == null || den == num || den.value().signum() == 0) continue;
                check(run, stated, num, den);
            }
            if (r.derive()) derive(run, r);
        }
    }

    private static Fact denominator(Doc doc, Ratio r, Key numKey) {
        Key dk = numKey.withMetric(r.denominator());
        if (r.denominatorIsTotal()) {
            if (numKey.segment() == null) return null;
            dk = dk.withSegment(null);
        }
        if (r.denominator().equals("revenue")) dk = dk.withBasis(null);
        return doc.best(dk);
    }

    private void check(Run run, Fact stated, Fact num, Fact den) {
        Doc doc = run.doc;
        Interval computed = Doc.interval(num).divide(Doc.interval(den));
        if (computed == null) return;
        BigDecimal ratio = num.value().divide(den.value(), Interval.MC);
        Interval claim = Doc.interval(stated);
        int pd = Units.percentDecimals(stated);
        int scale = doc.units.scaleOf(den);
        String arith = Units.stated(num, scale) + " / " + Units.stated(den, scale) + doc.suffix(den.unit(), scale) + " = "
                + Units.percent(ratio, pd + 1) + " vs " + Units.percent(stated.value(), pd) + " stated";
        String names = num.metric() + " / " + den.metric() + (den.segment() == null && num.segment() != null ? " (total)" : "")
                + " = " + stated.metric() + " (" + (stated.segment() == null ? "" : stated.segment() + ", ") + Doc.context(stated, false) + ")";
        Status status;
        String why;
        if (computed.overlaps(claim)) {
            status = Status.PASS;
            why = "";
        } else {
            boolean approx = Doc.approximate(stated) || Doc.approximate(num) || Doc.approximate(den);
            status = approx ? Status.WARN : Status.FAIL;
            BigDecimal gap = computed.gap(claim).movePointRight(2).setScale(pd + 1, RoundingMode.HALF_EVEN);
            why = ": the stated figures give " + Units.percent(computed.lo(), pd + 1) + " to " + Units.percent(computed.hi(), pd + 1)
                    + ", " + gap.toPlainString() + " pt beyond the rounding of the stated ratio" + (approx ? "; an approximate figure (约) is involved" : "");
        }
        run.check(id(), status, List.of(stated, num, den), stated.value(), ratio.setScale(6, RoundingMode.HALF_EVEN), arith + why + "; " + names);
    }

    /** The ratio for each numerator and denominator the text states without stating the ratio itself. */
    private static void derive(Run run, Ratio r) {
        Doc doc = run.doc;
        for (Key k : doc.keys()) {
            if (!k.metric().equals(r.numerator()) || k.guidance() || k.unit().equals("ratio")) continue;
            Fact num = doc.best(k);
            if (num == null) continue;
            if (doc.best(k.withMetric(r.ratio()).withUnit("ratio")) != null) continue;
            Fact den = denominator(doc, r, k);
            if (den == null || den == num || den.value().signum() <= 0 || !den.unit().equals(num.unit())) continue;
            Interval iv = Doc.interval(num).divide(Doc.interval(den));
            if (iv == null) continue;
            BigDecimal v = num.value().divide(den.value(), Interval.MC).setScale(4, RoundingMode.HALF_EVEN);
            int scale = doc.units.scaleOf(den);
            String lo = Units.percent(iv.lo(), 2), hi = Units.percent(iv.hi(), 2);
            String formula = Units.stated(num, scale) + " / " + Units.stated(den, scale) + doc.suffix(den.unit(), scale) + " = "
                    + Units.percent(v, 1) + (lo.equals(hi) ? "" : "; " + lo + " to " + hi + " given the stated rounding") + "; "
                    + Doc.name(num) + " / " + den.metric() + ", computed, not stated";
            Range bounds = new Range(iv.lo().setScale(6, RoundingMode.FLOOR), iv.hi().setScale(6, RoundingMode.CEILING));
            run.derived.add(new Derived(r.ratio(), num.entity(), num.segment(), num.basis(), num.period(), v, Unit.RATIO, bounds,
                    formula, List.of(num.id(), den.id()), "derived.ratio"));
        }
    }
}
