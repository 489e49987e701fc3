package io.finlens.store;

import java.util.Objects;

/**
 * Which facts to list. Every filter is optional (null means any).
 *
 * @param entity   a company name or id in any spelling the store knows (腾讯, Tencent, tencent)
 * @param segment  a segment as written, or {@link #WHOLE} for figures of the whole company
 * @param basis    {@code reported}, {@code non-gaap} or {@code consensus}
 * @param from     the first period (contract spelling), compared by period end
 * @param to       the last period (contract spelling), compared by period end
 * @param guidance true for targets and outlooks only, false for results only
 * @param docId    one document
 * @param limit    at most this many facts (0 for all)
 * @param offset   facts to skip first, in the listing's order (paging)
 */
public record FactQuery(String entity, String metric, String segment, String basis, String from, String to,
                        Boolean guidance, String docId, int limit, int offset) {
    /** The segment filter meaning "the whole company" (segment null). */
    public static final String WHOLE = "-";

    public FactQuery {
        if (basis != null && !basis.equals("reported") && !basis.equals("non-gaap") && !basis.equals("consensus")) {
            throw new IllegalArgumentException("basis must be reported, non-gaap or consensus: " + basis);
        }
        if (from != null) Periods.parse(from);
        if (to != null) Periods.parse(to);
        if (from != null && to != null && Periods.parse(from).end().isAfter(Periods.parse(to).end())) {
            throw new IllegalArgumentException("period range ends before it starts: " + from + ".." + to);
        }
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (metric != null && metric.isBlank()) throw new IllegalArgumentException("blank metric");
    }

    /** Without paging: every matching fact from the first, at most {@code limit} (0 for all). */
    public FactQuery(String entity, String metric, String segment, String basis, String from, String to, Boolean guidance,
                     String docId, int limit) {
        this(entity, metric, segment, basis, from, to, guidance, docId, limit, 0);
    }

    /** The SQL that pages a listing: {@code LIMIT} and {@code OFFSET} as asked (empty for all from the first). */
    String page() {
        return (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
    }

    /** Every fact. */
    public static FactQuery all() {
        return new FactQuery(null, null, null, null, null, null, null, null, 0);
    }

    public FactQuery withEntity(String e) {
        return new FactQuery(e, metric, segment, basis, from, to, guidance, docId, limit, offset);
    }

    public FactQuery withMetric(String m) {
        return new FactQuery(entity, m, segment, basis, from, to, guidance, docId, limit, offset);
    }

    public FactQuery withSegment(String s) {
        return new FactQuery(entity, metric, s, basis, from, to, guidance, docId, limit, offset);
    }

    public FactQuery withBasis(String b) {
        return new FactQuery(entity, metric, segment, b, from, to, guidance, docId, limit, offset);
    }

    public FactQuery withPeriods(String f, String t) {
        return new FactQuery(entity, metric, segment, basis, f, t, guidance, docId, limit, offset);
    }

    public FactQuery withGuidance(Boolean g) {
        return new FactQuery(entity, metric, segment, basis, from, to, g, docId, limit, offset);
    }

    public FactQuery withDocument(String d) {
        return new FactQuery(entity, metric, segment, basis, from, to, guidance, Objects.requireNonNull(d, "docId"), limit, offset);
    }

    public FactQuery withLimit(int l) {
        return new FactQuery(entity, metric, segment, basis, from, to, guidance, docId, l, offset);
    }

    public FactQuery withOffset(int o) {
        return new FactQuery(entity, metric, segment, basis, from, to, guidance, docId, limit, o);
    }
}
