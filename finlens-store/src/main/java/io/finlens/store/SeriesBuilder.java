package io.finlens.store;

import io.finlens.model.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link Series}. Per period, the stored results (not guidance) for the entity, metric, segment and basis are
 * the candidates; values agreeing within the rounding both texts allow (half a unit of each one's last stated place)
 * are one value. The value shown is the one from the document that reports that period (its own period is the
 * period), else from the latest document by its own period (restatements come later); ties go to the smallest document
 * id (the content hash), never to the order documents were stored in.
 * Candidates that disagree with it are listed as conflicts. Year-on-year: value / value a year earlier − 1 (for ratio
 * metrics the change in percentage points), compared with the change the chosen document states.
 */
final class SeriesBuilder {
    private record Cand(String period, BigDecimal value, BigDecimal tolerance, String unit, String docId, String docName,
                        String factId, String evidence, BigDecimal yoy, BigDecimal yoyPoints, String docPeriod,
                        LocalDate docEnd, long seq, String kind) {
    }

    /** The period kinds in the order a tie between equally common kinds is broken (quarters first). */
    private static final List<String> KIND_ORDER = List.of("quarter", "half", "nine_months", "year", "month", "instant");

    private SeriesBuilder() {
    }

    static Series build(Library lib, SeriesQuery q) {
        String entityId = lib.entityId(q.entity());
        List<Cand> all = candidates(lib, entityId, q);
        // the order a candidate list is read in: document id, then fact number (not the order documents arrived in)
        all.sort(Comparator.comparing(Cand::docId).thenComparingInt(c -> c.factId().length()).thenComparing(Cand::factId));
        // one period kind and one unit: the asked ones, else the most common; how many values the others have is told
        Map<String, Integer> kinds = count(all, Cand::kind);
        String kind = q.kind() != null ? q.kind() : common(kinds);
        List<Cand> ofKind = all.stream().filter(c -> c.kind().equals(kind)).toList();
        Map<String, Integer> units = count(ofKind, Cand::unit);
        String unit = q.unit() != null ? q.unit() : common(units);
        Map<Period, List<Cand>> byPeriod = new TreeMap<>();
        for (Cand c : ofKind) {
            if (c.unit().equals(unit)) byPeriod.computeIfAbsent(Periods.parse(c.period()), k -> new ArrayList<>()).add(c);
        }
        Map<String, Choice> chosen = new LinkedHashMap<>();
        for (Map.Entry<Period, List<Cand>> e : byPeriod.entrySet()) chosen.put(e.getKey().id(), choose(e.getKey().id(), e.getValue()));
        boolean ratio = "ratio".equals(unit);
        List<Series.Point> points = new ArrayList<>();
        for (Choice choice : chosen.values()) points.add(point(choice, chosen, byPeriod, ratio));
        return new Series(entityId, lib.entityName(entityId), q.metric(), q.segment(), q.basis(), unit, points, kind, kinds, units);
    }

    /** The stated values of the series' metric, segment and basis for the company: one row per fact. */
    private static List<Cand> candidates(Library lib, String entityId, SeriesQuery q) {
        // one table: each fact row carries its document's name, period and order
        StringBuilder sql = new StringBuilder("SELECT f.period, f.value, f.tolerance, f.unit, f.doc_id, f.doc_name, f.fact_id, "
                + "f.evidence_text, f.yoy, f.yoy_points, f.doc_period, f.doc_period_end, f.doc_seq, f.period_kind FROM facts f "
                + "WHERE f.entity_id = ? AND f.metric = ? AND NOT f.guidance AND f.value IS NOT NULL");
        List<Object> params = new ArrayList<>(List.of(entityId, q.metric()));
        if (q.segment() == null) sql.append(" AND f.segment IS NULL");
        else {
            sql.append(" AND f.segment = ?");
            params.add(q.segment());
        }
        if (q.basis() == null) sql.append(" AND f.basis IS NULL");
        else {
            sql.append(" AND f.basis = ?");
            params.add(q.basis());
        }
        List<Cand> all = new ArrayList<>();
        try (Connection c = lib.reader(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            FactReader.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date de = rs.getDate(12);
                    all.add(new Cand(rs.getString(1), Library.plain(rs.getBigDecimal(2)), Library.plain(rs.getBigDecimal(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            Library.plain(rs.getBigDecimal(9)), Library.plain(rs.getBigDecimal(10)), rs.getString(11),
                            de == null ? LocalDate.MIN : de.toLocalDate(), rs.getLong(13), rs.getString(14)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading a series: " + e.getMessage(), e);
        }
        return all;
    }

    /** The value a period takes, why (the rule), the candidates that disagree with it and how many documents agree. */
    private record Choice(Cand pick, String rule, List<Cand> disagree, int sources) {
    }

    /** Rule own-report, else latest-report; agreed or only when no candidate disagrees. */
    private static Choice choose(String pid, List<Cand> cs) {
        Cand pick;
        String why;
        List<Cand> own = cs.stream().filter(c -> pid.equals(c.docPeriod())).toList();
        if (!own.isEmpty()) {
            pick = own.getFirst();
            why = "own-report";
        } else {
            // the latest document by its own period; of equally late ones the smallest document id
            pick = cs.stream().max(Comparator.comparing(Cand::docEnd).thenComparing(Cand::docId, Comparator.reverseOrder())).orElseThrow();
            why = "latest-report";
        }
        List<Cand> disagree = new ArrayList<>();
        java.util.Set<String> agreeingDocs = new java.util.TreeSet<>();
        for (Cand c : cs) {
            if (agrees(pick, c)) agreeingDocs.add(c.docId());
            else disagree.add(c);
        }
        int agree = agreeingDocs.size();
        if (disagree.isEmpty()) why = agree > 1 ? "agreed" : "only";
        return new Choice(pick, why, disagree, agree);
    }

    /** A point of the series: the chosen value, its stated change and the change computed from the year before. */
    private static Series.Point point(Choice choice, Map<String, Choice> chosen, Map<Period, List<Cand>> byPeriod, boolean ratio) {
        Cand c = choice.pick();
        Choice before = chosen.get(Periods.parse(c.period()).previousYear().id());
        Cand prev = before == null ? null : before.pick();
        BigDecimal stated = ratio ? c.yoyPoints() : c.yoy();
        if (stated == null) {
            for (Cand other : byPeriod.get(Periods.parse(c.period()))) {
                BigDecimal s = ratio ? other.yoyPoints() : other.yoy();
                if (s != null && agrees(c, other)) {
                    stated = s;
                    break;
                }
            }
        }
        BigDecimal computed = null;
        String check = null;
        if (prev != null && prev.value().signum() != 0) {
            computed = ratio
                    ? c.value().subtract(prev.value()).multiply(BigDecimal.valueOf(100)).setScale(6, RoundingMode.HALF_EVEN)
                    : c.value().divide(prev.value(), MathContext.DECIMAL64).subtract(BigDecimal.ONE).setScale(6, RoundingMode.HALF_EVEN);
            computed = Library.plain(computed);
            if (stated != null) check = yoyAgrees(c, prev, stated, computed, ratio) ? "pass" : "fail";
        }
        List<Series.Candidate> cl = new ArrayList<>();
        for (Cand d : choice.disagree()) cl.add(new Series.Candidate(d.value(), d.docId(), d.docName(), d.factId(), d.evidence()));
        return new Series.Point(c.period(), c.value(), c.docId(), c.docName(), c.factId(), c.evidence(), choice.rule(),
                choice.sources(), stated, computed, check, cl);
    }

    private static Map<String, Integer> count(List<Cand> cs, java.util.function.Function<Cand, String> key) {
        Map<String, Integer> n = new TreeMap<>(Comparator.comparingInt((String k) -> KIND_ORDER.indexOf(k)).thenComparing(k -> k));
        for (Cand c : cs) n.merge(key.apply(c), 1, Integer::sum);
        return n;
    }

    /** The key with the most values; of equally common ones the first in the map's order (quarters before years). */
    private static String common(Map<String, Integer> n) {
        String best = null;
        for (Map.Entry<String, Integer> e : n.entrySet()) if (best == null || e.getValue() > n.get(best)) best = e.getKey();
        return best;
    }

    private static BigDecimal tol(Cand c) {
        return c.tolerance() == null ? BigDecimal.ZERO : c.tolerance();
    }

    /** Two stated values are the same figure when they differ by no more than both roundings together. */
    static boolean agrees(Cand a, Cand b) {
        return a.value().subtract(b.value()).abs().compareTo(tol(a).add(tol(b))) <= 0;
    }

    /**
     * A stated change agrees with the computed one within half a unit of its last stated place (13% → ±0.5%) plus
     * what rounding of both figures allows.
     */
    private static boolean yoyAgrees(Cand now, Cand prev, BigDecimal stated, BigDecimal computed, boolean ratio) {
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(stated.scale(), 0)).divide(BigDecimal.valueOf(2));
        BigDecimal slack;
        if (ratio) {
            slack = tol(now).add(tol(prev)).multiply(BigDecimal.valueOf(100));
        } else {
            BigDecimal rel = tol(now).divide(now.value().abs(), MathContext.DECIMAL64)
                    .add(tol(prev).divide(prev.value().abs(), MathContext.DECIMAL64));
            slack = rel.multiply(computed.add(BigDecimal.ONE).abs());
        }
        return computed.subtract(stated).abs().compareTo(half.add(slack).add(new BigDecimal("0.000001"))) <= 0;
    }
}
