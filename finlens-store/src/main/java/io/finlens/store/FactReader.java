package io.finlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads facts for a {@link FactQuery}: one SQL statement, parameters bound, a fixed order. */
final class FactReader {
    static final String COLUMNS = "f.doc_id, f.doc_name, f.fact_id, f.entity, f.entity_id, f.metric, f.segment, f.basis, f.period, "
            + "f.value, f.unit, f.qualifier, f.guidance, f.yoy, f.yoy_points, f.qoq, f.evidence_start, f.evidence_end, "
            + "f.evidence_text, f.rules, f.tolerance, f.range_low, f.range_high, f.changes";
    static final String ORDER = " ORDER BY f.entity_id, f.metric, f.segment NULLS FIRST, f.basis NULLS FIRST, f.period_end, f.period, "
            + "f.guidance, f.doc_id, length(f.fact_id), f.fact_id";

    private FactReader() {
    }

    /** The WHERE clause (starting with " WHERE 1=1") and its parameters, for facts aliased {@code f}. */
    record Where(String sql, List<Object> params) {
    }

    static Where where(Library lib, FactQuery q) {
        StringBuilder w = new StringBuilder(" WHERE 1=1");
        List<Object> p = new ArrayList<>();
        if (q.entity() != null) {
            w.append(" AND f.entity_id = ?");
            p.add(lib.entityId(q.entity()));
        }
        if (q.metric() != null) {
            w.append(" AND f.metric = ?");
            p.add(q.metric());
        }
        if (q.segment() != null) {
            if (q.segment().equals(FactQuery.WHOLE)) w.append(" AND f.segment IS NULL");
            else {
                w.append(" AND f.segment = ?");
                p.add(q.segment());
            }
        }
        if (q.basis() != null) {
            if (q.basis().equals("reported")) w.append(" AND f.basis IS NULL");
            else {
                w.append(" AND f.basis = ?");
                p.add(q.basis());
            }
        }
        if (q.from() != null) {
            w.append(" AND f.period_end >= ?");
            p.add(java.sql.Date.valueOf(Periods.parse(q.from()).end()));
        }
        if (q.to() != null) {
            w.append(" AND f.period_end <= ?");
            p.add(java.sql.Date.valueOf(Periods.parse(q.to()).end()));
        }
        if (q.guidance() != null) {
            w.append(" AND f.guidance = ?");
            p.add(q.guidance());
        }
        if (q.docId() != null) {
            w.append(" AND f.doc_id = ?");
            p.add(q.docId());
        }
        return new Where(w.toString(), p);
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    }

    static List<StoredFact> read(Library lib, FactQuery q) {
        Where w = where(lib, q);
        String sql = "SELECT " + COLUMNS + " FROM facts f" + w.sql() + ORDER
                + q.page();
        List<StoredFact> out = new ArrayList<>();
        try (Connection c = lib.reader(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(fact(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("reading facts: " + e.getMessage(), e);
        }
        return out;
    }

    static StoredFact fact(ResultSet rs) throws SQLException {
        return new StoredFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), Library.plain(rs.getBigDecimal(10)),
                rs.getString(11), rs.getString(12), rs.getBoolean(13), Library.plain(rs.getBigDecimal(14)),
                Library.plain(rs.getBigDecimal(15)), Library.plain(rs.getBigDecimal(16)), rs.getInt(17), rs.getInt(18),
                rs.getString(19), rs.getString(20), Library.plain(rs.getBigDecimal(21)), Library.plain(rs.getBigDecimal(22)),
                Library.plain(rs.getBigDecimal(23)), yoyEnd(rs.getString(24), 0), yoyEnd(rs.getString(24), 1));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One end of a year-on-year change stated as a range, from the contract's changes array; null when there is none. */
    static java.math.BigDecimal yoyEnd(String changes, int end) {
        if (changes == null || !changes.contains("range")) return null;
        try {
            for (com.fasterxml.jackson.databind.JsonNode c : JSON.readTree(changes)) {
                com.fasterxml.jackson.databind.JsonNode r = c.path("range");
                if ("yoy".equals(c.path("basis").asText()) && r.isArray() && r.size() == 2) return Library.plain(r.get(end).decimalValue());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("stored changes do not parse: " + changes, e);
        }
        return null;
    }
}
