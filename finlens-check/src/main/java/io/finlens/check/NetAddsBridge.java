package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code bridge} for a flow that is the change of a stock ({@code stock-flows.tsv}): net additions over a period
 * = the stock at its end − the stock at its start. The start is the stated stock, or the one its stated change
 * implies (2.350亿 up 12.4% a year: 2.350亿 × 12.4% / (1 + 12.4%) added in the year). The stock is the one
 * figure of a listed metric the text states at the period's end for the entity (and the flow's business line,
 * when it names one); with two candidates nothing is checked. Pass within rounding, else warn: users can be
 * counted in more than one way.
 */
final class NetAddsBridge implements CheckRule {
    public String id() {
        return "bridge";
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        for (Key k : doc.keys()) {
            Set<String> stocks = doc.vocab.stockFlows.get(k.metric());
            if (stocks == null || k.guidance()) continue;
            Fact flow = doc.best(k);
            if (flow == null) continue;
            Period end = instant(flow.period(), false), start = instant(flow.period(), true);
            ChangeBasis basis = flow.period() instanceof Period.Year ? ChangeBasis.YOY
                    : flow.period() instanceof Period.Quarter ? ChangeBasis.QOQ : flow.period() instanceof Period.Half ? ChangeBasis.HOH : null;
            if (end == null || basis == null) continue;
            Set<Key> candidates = new LinkedHashSet<>();
            for (Key s : doc.keys()) {
                if (!stocks.contains(s.metric()) || s.guidance() || !s.period().equals(end.id())) continue;
                if (!java.util.Objects.equals(s.entity(), k.entity()) || !java.util.Objects.equals(s.basis(), k.basis())) continue;
                if (!s.unit().equals(k.unit())) continue;
                if (k.segment() != null && !k.segment().equals(s.segment())) continue;
                if (doc.best(s) != null) candidates.add(s);
            }
            if (candidates.size() != 1) continue;
            Key sk = candidates.iterator().next();
            Fact stockEnd = doc.best(sk);
            Fact stockStart = doc.best(sk.withPeriod(start.id()));
            if (stockStart != null) {
                stated(run, flow, stockEnd, stockStart);
            } else {
                for (Change c : stockEnd.changes()) {
                    if (c.basis() == basis && c.value() != null && BigDecimal.ONE.add(c.value()).signum() > 0) implied(run, flow, stockEnd, c);
                }
            }
        }
    }

    /** The instant a period ends at, or (with {@code atStart}) the one before it starts. */
    private static Period instant(Period p, boolean atStart) {
        LocalDate end = p.end();
        if (!atStart) return new Period.Instant(end);
        return switch (p) {
            case Period.Year y -> new Period.Instant(LocalDate.of(y.year() - 1, 12, 31));
            case Period.Quarter q -> new Period.Instant(q.previous().end());
            case Period.Half h -> new Period.Instant(end.minusMonths(6).withDayOfMonth(end.minusMonths(6).lengthOfMonth()));
            default -> null;
        };
    }

    private void stated(Run run, Fact flow, Fact end, Fact start) {
        Interval iv = Doc.interval(end).minus(Doc.interval(start));
        BigDecimal point = end.value().subtract(start.value());
        int scale = run.doc.units.scaleOf(flow);
        int d = Math.max(Units.decimals(end, scale), Units.decimals(start, scale));
        String arith = Units.number(end.value(), scale, Units.decimals(end, scale)) + " " + Units.MINUS + " "
                + Units.number(start.value(), scale, Units.decimals(start, scale)) + " = " + Units.number(point, scale, d);
        emit(run, flow, List.of(flow, end, start), iv, point, arith, d, scale,
                end.metric() + (end.segment() == null ? "" : " " + end.segment()) + " " + end.period().id() + " − " + start.period().id());
    }

    private void implied(Run run, Fact flow, Fact end, Change c) {
        BigDecimal g = c.value(), h = Units.changeHalfUnit(g);
        BigDecimal gl = g.subtract(h), gh = g.add(h);
        // end × g / (1 + g) rises with g: its range is set by the ends of g's range
        Interval share = new Interval(gl.divide(BigDecimal.ONE.add(gl), Interval.DOWN), gh.divide(BigDecimal.ONE.add(gh), Interval.UP));
        Interval iv = Doc.interval(end).times(share);
        BigDecimal point = end.value().multiply(g).divide(BigDecimal.ONE.add(g), Interval.MC);
        int scale = run.doc.units.scaleOf(flow);
        int d = Units.decimals(flow, scale) + 1;
        String e = Units.number(end.value(), scale, Units.decimals(end, scale));
        String pct = Units.percent(g.abs(), Units.changeDecimals(g));
        String arith = e + " " + Units.MINUS + " " + e + " / (1 " + (g.signum() < 0 ? Units.MINUS : "+") + " " + pct + ") = "
                + Units.number(point, scale, d);
        emit(run, flow, List.of(flow, end), iv, point, arith, d, scale,
                end.metric() + (end.segment() == null ? "" : " " + end.segment()) + " " + end.period().id() + " and its "
                        + c.basis().code() + " change");
    }

    private void emit(Run run, Fact flow, List<Fact> facts, Interval computed, BigDecimal point, String arith, int d, int scale,
                      String from) {
        Doc doc = run.doc;
        Interval claim = Doc.interval(flow);
        String text = (point.compareTo(flow.value()) == 0 ? arith : arith + " vs " + Units.stated(flow, scale)) + doc.suffix(flow.unit(), scale);
        Status status;
        String why;
        if (computed.overlaps(claim)) {
            status = Status.PASS;
            why = computed.contains(flow.value()) && point.compareTo(flow.value()) != 0 ? ": within rounding" : "";
        } else {
            status = Status.WARN;
            why = ": the stated figures allow " + Units.number(computed.lo(), scale, d) + " to " + Units.number(computed.hi(), scale, d)
                    + "; the users may be counted another way";
        }
        List<Fact> ids = new ArrayList<>(facts);
        run.check(id(), status, ids, flow.value(), point.setScale(Math.max(0, point.scale() > 6 ? 6 : point.scale()), java.math.RoundingMode.HALF_EVEN),
                text + why + "; " + Doc.name(flow) + " from " + from + " [net_adds]");
    }
}
