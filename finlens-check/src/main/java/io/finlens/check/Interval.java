package io.finlens.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The values a stated figure allows, {@code [lo, hi]}: 921亿 stated to the 亿 is {@code [920.5亿, 921.5亿]}. Sums
 * and differences are exact; quotients are rounded outwards at 20 digits, far below any stated precision.
 */
record Interval(BigDecimal lo, BigDecimal hi) {
    static final MathContext DOWN = new MathContext(20, RoundingMode.FLOOR);
    static final MathContext UP = new MathContext(20, RoundingMode.CEILING);
    /** For point values: 20 digits, far beyond any stated figure's. */
    static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

    Interval {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }

    static Interval of(BigDecimal value, BigDecimal half) {
        return new Interval(value.subtract(half), value.add(half));
    }

    static Interval exact(BigDecimal v) {
        return new Interval(v, v);
    }

    Interval plus(Interval o) {
        return new Interval(lo.add(o.lo), hi.add(o.hi));
    }

    Interval minus(Interval o) {
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    Interval negate() {
        return new Interval(hi.negate(), lo.negate());
    }

    Interval abs() {
        if (lo.signum() >= 0) return this;
        if (hi.signum() <= 0) return negate();
        return new Interval(BigDecimal.ZERO, lo.negate().max(hi));
    }

    Interval times(Interval o) {
        BigDecimal a = lo.multiply(o.lo), b = lo.multiply(o.hi), c = hi.multiply(o.lo), d = hi.multiply(o.hi);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    /** This divided by {@code o}; null when {@code o} may be zero. */
    Interval divide(Interval o) {
        if (o.lo.signum() <= 0 && o.hi.signum() >= 0) return null;
        if (lo.signum() >= 0 && o.lo.signum() > 0) return new Interval(lo.divide(o.hi, DOWN), hi.divide(o.lo, UP));
        BigDecimal[] lows = {lo.divide(o.lo, DOWN), lo.divide(o.hi, DOWN), hi.divide(o.lo, DOWN), hi.divide(o.hi, DOWN)};
        BigDecimal[] highs = {lo.divide(o.lo, UP), lo.divide(o.hi, UP), hi.divide(o.lo, UP), hi.divide(o.hi, UP)};
        BigDecimal min = lows[0], max = highs[0];
        for (int i = 1; i < 4; i++) {
            min = min.min(lows[i]);
            max = max.max(highs[i]);
        }
        return new Interval(min, max);
    }

    Interval plus(BigDecimal v) {
        return new Interval(lo.add(v), hi.add(v));
    }

    Interval scale(BigDecimal factor) {
        return times(exact(factor));
    }

    boolean overlaps(Interval o) {
        return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    boolean contains(BigDecimal v) {
        return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }

    /** How far apart two intervals are: zero when they overlap. */
    BigDecimal gap(Interval o) {
        if (overlaps(o)) return BigDecimal.ZERO;
        return hi.compareTo(o.lo) < 0 ? o.lo.subtract(hi) : lo.subtract(o.hi);
    }

    BigDecimal mid() {
        return lo.add(hi).divide(BigDecimal.valueOf(2));
    }
}
