package io.finlens.check;

import io.finlens.model.Fact;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code consistency} of the bracketed conversions ({@code 201.3亿元（约合27.8亿美元）}): a document converts at one
 * rate, so every conversion into a currency must allow one common rate, each within the rounding of both its
 * figures (an approximate conversion, 约合, is read to its last non-zero digit). Pass with the rate they share; a conversion that no rate shared by the others allows warns (a rate
 * of another date, or a misprint in one of the two figures).
 */
final class ConversionRate implements CheckRule {
    public String id() {
        return "consistency";
    }

    private record Conversion(Fact fact, Quantity to, Interval rate) {
    }

    public void apply(Run run) {
        Map<String, List<Conversion>> byPair = new LinkedHashMap<>();
        for (Fact f : run.doc.facts) {
            Quantity q = f.conversion();
            if (!Doc.usable(f) || q == null || q.value() == null || q.range() != null || !q.unit().isMoney() || !f.unit().isMoney()) continue;
            if (q.unit().equals(f.unit()) || q.value().signum() == 0 || f.value().signum() == 0) continue;
            Interval from = Doc.interval(f).abs();
            Interval to = Interval.of(q.value().abs(), half(q));
            Interval rate = from.divide(to);
            if (rate == null) continue;
            byPair.computeIfAbsent(f.unit().currency() + "/" + q.unit().currency(), k -> new ArrayList<>()).add(new Conversion(f, q, rate));
        }
        for (Map.Entry<String, List<Conversion>> e : byPair.entrySet()) {
            List<Conversion> cs = e.getValue();
            if (cs.size() < 2) continue;
            BigDecimal point = mostShared(cs);
            Interval common = null;
            List<Conversion> fit = new ArrayList<>(), outliers = new ArrayList<>();
            for (Conversion c : cs) {
                if (c.rate().contains(point)) {
                    fit.add(c);
                    common = common == null ? c.rate() : new Interval(common.lo().max(c.rate().lo()), common.hi().min(c.rate().hi()));
                } else {
                    outliers.add(c);
                }
            }
            String[] pair = e.getKey().split("/");
            String per = pair[0] + " per " + pair[1];
            List<Fact> facts = new ArrayList<>();
            for (Conversion c : fit) facts.add(c.fact());
            Conversion example = fit.get(0);
            run.check(id(), Status.PASS, facts, null, point.setScale(4, RoundingMode.HALF_EVEN),
                    fit.size() + " conversions into " + pair[1] + " agree with one rate, " + rate(common.lo()) + " to " + rate(common.hi())
                            + " " + per + ", e.g. " + run.doc.units.bare(example.fact()).replace(Units.MINUS, "") + " ≈ "
                            + converted(run, example) + "; " + Doc.name(example.fact()));
            for (Conversion c : outliers) {
                run.check(id(), Status.WARN, List.of(c.fact()), point.setScale(4, RoundingMode.HALF_EVEN), c.rate().mid().setScale(4, RoundingMode.HALF_EVEN),
                        run.doc.units.bare(c.fact()).replace(Units.MINUS, "") + " ≈ " + converted(run, c) + " gives " + rate(c.rate().lo())
                                + " to " + rate(c.rate().hi()) + " " + per + ", outside the " + rate(common.lo()) + " to " + rate(common.hi())
                                + " the other " + fit.size() + " conversions share: another date's rate or a misprint; " + Doc.name(c.fact()));
            }
        }
    }

    /**
     * Half a unit of the converted figure's last stated place; for an approximate conversion (约合350万美元) of its
     * last non-zero digit, since a rounded conversion ends in zeros that were never stated digits.
     */
    private static BigDecimal half(Quantity q) {
        BigDecimal h = q.precision().halfUnit();
        if (q.qualifier() != Qualifier.ABOUT) return h;
        BigDecimal v = q.value().abs().stripTrailingZeros();
        return h.max(BigDecimal.ONE.scaleByPowerOfTen(-v.scale()).divide(BigDecimal.valueOf(2)));
    }

    /** The smallest rate allowed by the most conversions: an interval endpoint where the count is highest. */
    private static BigDecimal mostShared(List<Conversion> cs) {
        BigDecimal best = null;
        int bestCount = -1;
        for (Conversion c : cs) {
            for (BigDecimal p : List.of(c.rate().lo(), c.rate().hi())) {
                int n = 0;
                for (Conversion d : cs) if (d.rate().contains(p)) n++;
                if (n > bestCount || (n == bestCount && p.compareTo(best) < 0)) {
                    best = p;
                    bestCount = n;
                }
            }
        }
        return best;
    }

    private static String rate(BigDecimal r) {
        return r.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String converted(Run run, Conversion c) {
        Quantity q = c.to();
        Fact asFact = new Fact("conversion", c.fact().entity(), c.fact().metric(), null, null, c.fact().period(), q.value().abs(), q.unit(),
                null, null, false, List.of(), c.fact().evidence(), List.of(), null, q.precision());
        return run.doc.units.bare(asFact);
    }
}
