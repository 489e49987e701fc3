package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.model.Change;
import io.finlens.model.Direction;
import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Range;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code growth_implied}: a stated value, the stated value of the period it is compared with, and the stated
 * change must agree. The change implied by the two values (on the size of a loss, as the annotation has it;
 * in percentage points for a ratio) is computed over everything their rounding allows and compared with the
 * stated change and its own rounding (13% → ±0.5 pt). A change stated only in words must point the way the
 * values go ({@code 高于上一季度的2.51万辆} after 2.34万 fails). Pass when they agree, fail when not, warn for an
 * approximate figure or a {@code flat} that moved more than {@value #FLAT_PERCENT}%.
 *
 * <p>Where the earlier value is not stated, it is offered as a {@link Derived} figure
 * ({@code derived.prior_from_change}: 1800 / (1 + 13%)); where only the earlier value and the change are stated,
 * the value is ({@code derived.value_from_change}).
 */
final class GrowthImplied implements CheckRule {
    /** How far a change stated as flat (持平) may go, in percent (or points for a ratio). */
    static final int FLAT_PERCENT = 1;

    public String id() {
        return "growth_implied";
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        Set<String> derivedKeys = new HashSet<>();
        for (Key k : doc.keys()) {
            Fact f = doc.best(k);
            if (f != null) {
                for (Change c : f.changes()) {
                    Period pp = PeriodMath.prior(f.period(), c.basis());
                    if (pp == null) continue;
                    Fact g = doc.best(k.withPeriod(pp.id()).withGuidance(false));
                    if (g == null) {
                        if (!f.guidance() && derivedKeys.add(k.withPeriod(pp.id()).toString())) derivePrior(run, f, c, pp);
                    } else {
                        check(run, f, g, c);
                    }
                }
            } else if (!k.guidance()) {
                for (Fact nv : doc.withKey(k)) {
                    if (nv.value() != null || nv.range() != null) continue;
                    for (Change c : nv.changes()) {
                        Period pp = PeriodMath.prior(nv.period(), c.basis());
                        if (pp == null) continue;
                        Fact g = doc.best(k.withPeriod(pp.id()));
                        if (g != null && derivedKeys.add(k.toString())) deriveValue(run, nv, g, c);
                    }
                }
            }
        }
    }

    /**
     * What two stated values imply against what the text says: the implied change with the arithmetic that shows it, the
     * decimals it is shown to, and the stated change with its rounding (null when the text says only a direction).
     */
    private record Comparison(boolean ratio, boolean loss, Interval implied, BigDecimal actual, String arith, int decimals,
                              Interval claim, String claimText) {
    }

    /** A check's outcome: its status, the figure the text states (or null) and the message without the fact's name. */
    private record Verdict(Status status, BigDecimal expected, String message) {
    }

    private void check(Run run, Fact f, Fact g, Change c) {
        Doc doc = run.doc;
        boolean ratio = f.unit().dimension() == Dimension.RATIO;
        if (f.unit().dimension() == Dimension.POINTS || !f.unit().equals(g.unit())) return;
        if (!ratio && (g.value().signum() == 0 || f.value().signum() * g.value().signum() < 0)) return;
        int scale = doc.units.scaleOf(f) != 0 ? doc.units.scaleOf(f) : doc.units.scaleOf(g);
        String unit = ratio ? "" : doc.suffix(f.unit(), scale);
        String span = " (" + c.basis().code() + " " + g.period().id() + " → " + f.period().id() + ")";
        Comparison cmp = ratio ? inPoints(f, g, c) : relative(f, g, c, scale);
        if (cmp == null) return;
        boolean approx = Doc.approximate(f) || Doc.approximate(g);
        Verdict v;
        if (cmp.claim() != null) {
            v = againstClaim(cmp, c, approx, cmp.arith() + " vs " + cmp.claimText() + " stated" + unit + span);
        } else {
            int shown = ratio ? 0 : scale;
            v = againstDirection(cmp, c.direction(), approx, Units.stated(f, shown) + " vs " + Units.stated(g, shown) + unit + ": ", span);
        }
        run.check(id(), v.status(), List.of(f, g), v.expected(), cmp.actual(), v.message() + "; " + Doc.name(f));
    }

    /** Two ratios: the change in percentage points; null for a relative change of a ratio (ambiguous between points and percent). */
    private static Comparison inPoints(Fact f, Fact g, Change c) {
        Interval implied = Doc.interval(f).minus(Doc.interval(g)).scale(BigDecimal.valueOf(100));
        BigDecimal pts = f.value().subtract(g.value()).movePointRight(2);
        int pd = Math.max(Units.percentDecimals(f), Units.percentDecimals(g));
        String arith = Units.stated(f, 0) + " " + Units.MINUS + " " + Units.stated(g, 0) + " = " + points(pts, pd) + " pt";
        if (c.points() != null) {
            Interval claim = Interval.of(c.points(), pointsHalfUnit(c.points()));
            return new Comparison(true, false, implied, pts, arith, pd, claim, points(c.points(), decimals(c.points())) + " pt");
        }
        if (c.value() != null || c.range() != null) return null;
        return new Comparison(true, false, implied, pts, arith, pd, null, null);
    }

    /** Two amounts: the relative change, on the size of a loss; null when it cannot be computed or is stated in points. */
    private static Comparison relative(Fact f, Fact g, Change c, int scale) {
        Interval q = Doc.interval(f).abs().divide(Doc.interval(g).abs());
        if (q == null) return null;
        Interval implied = q.plus(BigDecimal.ONE.negate());
        boolean loss = f.value().signum() < 0;
        BigDecimal point = f.value().abs().divide(g.value().abs(), Interval.MC).subtract(BigDecimal.ONE);
        BigDecimal actual = point.setScale(6, RoundingMode.HALF_EVEN);
        int pd = c.value() != null ? Units.changeDecimals(c.value())
                : c.range() != null ? Math.max(Units.changeDecimals(c.range().low()), Units.changeDecimals(c.range().high())) : 1;
        String arith = Units.stated(f, scale).replace(Units.MINUS, "") + " / " + Units.stated(g, scale).replace(Units.MINUS, "") + " "
                + Units.MINUS + " 1 = " + Units.change(point, pd + 1) + (loss ? " on the size of the loss" : "");
        if (c.value() != null) {
            Interval claim = Interval.of(c.value(), Units.changeHalfUnit(c.value()));
            return new Comparison(false, loss, implied, actual, arith, pd, claim, Units.change(c.value(), Units.changeDecimals(c.value())));
        }
        if (c.range() != null) {
            Range r = c.range();
            Interval claim = new Interval(r.low().subtract(Units.changeHalfUnit(r.low())), r.high().add(Units.changeHalfUnit(r.high())));
            String text = Units.change(r.low(), Units.changeDecimals(r.low())) + " to "
                    + Units.change(r.high(), Units.changeDecimals(r.high()));
            return new Comparison(false, loss, implied, actual, arith, pd, claim, text);
        }
        if (c.points() != null) return null;
        return new Comparison(false, loss, implied, actual, arith, pd, null, null);
    }

    /** A stated change: pass when the change the values allow meets the one the text allows. */
    private static Verdict againstClaim(Comparison cmp, Change c, boolean approx, String text) {
        BigDecimal expected = c.value() != null ? c.value() : c.points();
        if (cmp.implied().overlaps(cmp.claim())) return new Verdict(Status.PASS, expected, text);
        int d = cmp.decimals() + 1;
        String why = ": the stated values allow " + bound(cmp.implied().lo(), cmp.ratio(), d) + " to "
                + bound(cmp.implied().hi(), cmp.ratio(), d) + (approx ? "; an approximate figure (约) is involved" : "");
        return new Verdict(approx ? Status.WARN : Status.FAIL, expected, text + why);
    }

    /** A change stated only in words: the values must go the way they say, and a flat one move no more than {@value #FLAT_PERCENT}%. */
    private static Verdict againstDirection(Comparison cmp, Direction d, boolean approx, String values, String span) {
        boolean ratio = cmp.ratio();
        String text = values + cmp.arith() + ", the text says " + said(d, cmp.loss()) + span;
        if (!contradicted(d, cmp.implied(), ratio)) return new Verdict(Status.PASS, null, text);
        if (d == Direction.FLAT || approx) {
            return new Verdict(Status.WARN, null, text + ": more than " + FLAT_PERCENT + (ratio ? " pt" : "%")
                    + (d == Direction.FLAT ? " for flat" : "; an approximate figure (约) is involved"));
        }
        return new Verdict(Status.FAIL, null, text + ": the values go the other way");
    }

    /** Whether the change the values allow contradicts the direction the text gives. */
    private static boolean contradicted(Direction d, Interval implied, boolean ratio) {
        BigDecimal flat = ratio ? BigDecimal.valueOf(FLAT_PERCENT) : BigDecimal.valueOf(FLAT_PERCENT).movePointLeft(2);
        return switch (d) {
            case UP -> implied.hi().signum() < 0;
            case DOWN -> implied.lo().signum() > 0;
            case FLAT -> !implied.overlaps(new Interval(flat.negate(), flat));
        };
    }

    /** The direction as the text says it, of a loss when the values are one. */
    private static String said(Direction d, boolean loss) {
        return switch (d) {
            case UP -> loss ? "the loss grew" : "up";
            case DOWN -> loss ? "the loss narrowed" : "down";
            case FLAT -> "flat";
        };
    }

    /** Half a unit of the last stated place of a change in points: 1.5 pt allows ±0.05. */
    private static BigDecimal pointsHalfUnit(BigDecimal points) {
        return BigDecimal.ONE.scaleByPowerOfTen(-decimals(points)).divide(BigDecimal.valueOf(2));
    }

    private static String bound(BigDecimal v, boolean ratio, int decimals) {
        return ratio ? points(v, decimals) + " pt" : Units.change(v, decimals);
    }

    private static String points(BigDecimal p, int decimals) {
        BigDecimal v = p.setScale(decimals, RoundingMode.HALF_EVEN);
        String s = v.abs().toPlainString();
        return v.signum() < 0 ? Units.MINUS + s : v.signum() > 0 ? "+" + s : s;
    }

    private static int decimals(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }

    /** The earlier value a stated value and its change imply: 1800 / (1 + 13%). */
    private static void derivePrior(Run run, Fact f, Change c, Period prior) {
        Doc doc = run.doc;
        int scale = doc.units.scaleOf(f);
        boolean ratio = f.unit().dimension() == Dimension.RATIO;
        BigDecimal value;
        Interval bounds;
        String formula;
        if (ratio && c.points() != null) {
            value = f.value().subtract(c.points().movePointLeft(2));
            bounds = Doc.interval(f).minus(Interval.of(c.points(), pointsHalfUnit(c.points())).scale(new BigDecimal("0.01")));
            int pd = Units.percentDecimals(f);
            String op = c.points().signum() < 0 ? " + " : " " + Units.MINUS + " ";
            formula = Units.stated(f, 0) + op + c.points().abs().stripTrailingZeros().toPlainString() + " pt = " + Units.percent(value, pd);
            value = value.setScale(pd + 2, RoundingMode.HALF_EVEN);
        } else if (!ratio && c.value() != null && Doc.usable(f)) {
            BigDecimal factor = BigDecimal.ONE.add(c.value());
            if (factor.signum() <= 0) return;
            Interval fi = Interval.of(factor, Units.changeHalfUnit(c.value()));
            Interval iv = Doc.interval(f).divide(fi);
            if (iv == null) return;
            int d = Units.decimals(f, scale) + 1;
            value = round(f.value().divide(factor, Interval.MC), d, scale);
            bounds = iv;
            formula = Units.stated(f, scale) + " / (1 " + (c.value().signum() < 0 ? Units.MINUS + " " : "+ ")
                    + Units.percent(c.value().abs(), Units.changeDecimals(c.value())) + ") = " + Units.number(value, scale, d)
                    + doc.suffix(f.unit(), scale) + "; " + Units.number(iv.lo(), scale, d) + " to " + Units.number(iv.hi(), scale, d)
                    + " given the stated rounding";
        } else {
            return;
        }
        formula += "; " + Doc.name(f).replace(" " + f.period().id(), " " + prior.id()) + " implied by " + Doc.name(f) + " and its "
                + c.basis().code() + " change, computed, not stated";
        Range r = new Range(bounds.lo().min(bounds.hi()), bounds.hi().max(bounds.lo()));
        r = new Range(r.low().round(new MathContext(12, RoundingMode.FLOOR)), r.high().round(new MathContext(12, RoundingMode.CEILING)));
        run.derived.add(new Derived(f.metric(), f.entity(), f.segment(), f.basis(), prior, value, f.unit(), r, formula,
                List.of(f.id()), "derived.prior_from_change"));
    }

    /** The value an earlier value and a stated change imply, when the text gives only the change. */
    private static void deriveValue(Run run, Fact nv, Fact g, Change c) {
        if (c.value() == null || nv.unit().dimension() == Dimension.RATIO) return;
        Doc doc = run.doc;
        BigDecimal factor = BigDecimal.ONE.add(c.value());
        if (factor.signum() <= 0) return;
        int scale = doc.units.scaleOf(g);
        int d = Units.decimals(g, scale) + 1;
        BigDecimal value = round(g.value().multiply(factor), d, scale);
        Interval iv = Doc.interval(g).times(Interval.of(factor, Units.changeHalfUnit(c.value())));
        String formula = Units.stated(g, scale) + " × (1 " + (c.value().signum() < 0 ? Units.MINUS + " " : "+ ")
                + Units.percent(c.value().abs(), Units.changeDecimals(c.value())) + ") = " + Units.number(value, scale, d)
                + doc.suffix(g.unit(), scale) + "; " + Units.number(iv.lo(), scale, d) + " to " + Units.number(iv.hi(), scale, d)
                + " given the stated rounding; " + Doc.name(nv) + " implied by " + Doc.name(g) + " and the stated " + c.basis().code()
                + " change, computed, not stated";
        List<String> ids = new ArrayList<>(List.of(nv.id(), g.id()));
        run.derived.add(new Derived(nv.metric(), nv.entity(), nv.segment(), nv.basis(), nv.period(), value, nv.unit(),
                new Range(iv.lo(), iv.hi()), formula, ids, "derived.value_from_change"));
    }

    /** Rounded to {@code decimals} places in {@code scale}, in base units. */
    private static BigDecimal round(BigDecimal v, int decimals, int scale) {
        BigDecimal r = v.setScale(decimals - scale, RoundingMode.HALF_EVEN);
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
