package io.finlens.store;

import java.util.Objects;

/**
 * One metric of one company over time: {@code series --entity 腾讯 --metric revenue [--segment 增值服务]}.
 *
 * @param segment null for the whole company
 * @param basis   null or {@code reported} for reported figures, {@code non-gaap} or {@code consensus}
 * @param unit    null for the unit most of the facts have (e.g. CNY), else only facts in this unit
 * @param kind    null for every kind of period, else quarter, half, nine_months, year, month or instant
 */
public record SeriesQuery(String entity, String metric, String segment, String basis, String unit, String kind) {
    private static final java.util.Set<String> KINDS = java.util.Set.of("quarter", "half", "nine_months", "year", "month", "instant");

    public SeriesQuery {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        if (entity.isBlank()) throw new IllegalArgumentException("blank entity");
        if (metric.isBlank()) throw new IllegalArgumentException("blank metric");
        if ("reported".equals(basis)) basis = null;
        if (basis != null && !basis.equals("non-gaap") && !basis.equals("consensus")) {
            throw new IllegalArgumentException("basis must be reported, non-gaap or consensus: " + basis);
        }
        if (kind != null && !KINDS.contains(kind)) throw new IllegalArgumentException("kind must be one of " + new java.util.TreeSet<>(KINDS) + ": " + kind);
        if (segment != null && segment.isBlank()) segment = null;
        if (unit != null && unit.isBlank()) unit = null;
    }

    public static SeriesQuery of(String entity, String metric) {
        return new SeriesQuery(entity, metric, null, null, null, null);
    }

    public SeriesQuery withSegment(String s) {
        return new SeriesQuery(entity, metric, s, basis, unit, kind);
    }

    public SeriesQuery withKind(String k) {
        return new SeriesQuery(entity, metric, segment, basis, unit, k);
    }

    public SeriesQuery withBasis(String b) {
        return new SeriesQuery(entity, metric, segment, b, unit, kind);
    }
}
