package io.finlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.finlens.model.Period;
import io.finlens.text.Tsv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports facts: CSV and JSON (one row/object per fact, fixed column order), Parquet (DuckDB's COPY ... TO), and
 * xBRL-JSON (OIM, https://xbrl.org/2021/xbrl-json) with concepts from {@code concepts.tsv}: reported figures map to
 * {@code ifrs-full} (or {@code us-gaap} for USD figures) where a standard concept exists, everything else (ratios,
 * operating metrics, non-GAAP and consensus figures) to the {@code finlens} namespace.
 */
final class Exporter {
    static final List<String> COLUMNS = List.of("doc_id", "document", "fact_id", "entity", "entity_id", "metric", "segment",
            "basis", "period", "value", "unit", "qualifier", "guidance", "yoy", "yoy_points", "qoq", "evidence_start",
            "evidence_end", "evidence_text", "rules");
    static final Map<String, String> NAMESPACES;
    static {
        Map<String, String> ns = new java.util.LinkedHashMap<>();
        ns.put("xbrl", "https://xbrl.org/2021");
        ns.put("xbrli", "http://www.xbrl.org/2003/instance");
        ns.put("iso4217", "http://www.xbrl.org/2003/iso4217");
        ns.put("ifrs-full", "https://xbrl.ifrs.org/taxonomy/2024-03-27/ifrs-full");
        ns.put("us-gaap", "http://fasb.org/us-gaap/2024");
        ns.put("finlens", "https://finlens.io/xbrl/2025");
        ns.put("fle", "https://finlens.io/entity");
        NAMESPACES = java.util.Collections.unmodifiableMap(ns);
    }
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Map<String, String[]> CONCEPTS = loadConcepts();

    private Exporter() {
    }

    private static Map<String, String[]> loadConcepts() {
        Map<String, String[]> m = new HashMap<>();
        for (Tsv.Row r : Tsv.load(Exporter.class, "concepts.tsv", 3, 3)) {
            String id = r.get(0).strip();
            if (!id.matches("[a-z][a-z0-9_]*")) throw r.error("not a metric id: " + id);
            for (int i = 1; i <= 2; i++) {
                String c = r.get(i).strip();
                if (!c.equals("-") && !c.matches("[A-Z][A-Za-z0-9]*")) throw r.error("not a concept name: " + c);
            }
            if (m.put(id, new String[] {r.get(1).strip(), r.get(2).strip()}) != null) throw r.error("duplicate metric " + id);
        }
        return m;
    }

    static void export(Library lib, ExportFormat format, FactQuery q, Path out) {
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            switch (format) {
                case PARQUET -> parquet(lib, q, out);
                case CSV, JSON, XBRL_JSON -> {
                    try (OutputStream os = Files.newOutputStream(out)) {
                        write(lib, format, q, os);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes csv, json or xbrl-json to a stream (not closed). */
    static void write(Library lib, ExportFormat format, FactQuery q, OutputStream os) throws IOException {
        List<StoredFact> facts = lib.facts(q);
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        switch (format) {
            case CSV -> csv(facts, w);
            case JSON -> json(facts, w);
            case XBRL_JSON -> xbrl(lib, facts, w);
            case PARQUET -> throw new IllegalArgumentException("parquet is written to a file, not a stream");
        }
        w.flush();
    }

    static void csv(List<StoredFact> facts, Writer w) throws IOException {
        w.write(String.join(",", COLUMNS));
        w.write('\n');
        for (StoredFact f : facts) {
            List<Object> row = row(f);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) w.write(',');
                w.write(csvCell(row.get(i)));
            }
            w.write('\n');
        }
    }

    static String csvCell(Object v) {
        if (v == null) return "";
        String s = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static List<Object> row(StoredFact f) {
        return java.util.Arrays.asList(f.docId(), f.docName(), f.factId(), f.entity(), f.entityId(), f.metric(), f.segment(),
                f.basis(), f.period(), f.value(), f.unit(), f.qualifier(), f.guidance(), f.yoy(), f.yoyPoints(), f.qoq(),
                f.evidenceStart(), f.evidenceEnd(), f.evidenceText(), f.rules());
    }

    static void json(List<StoredFact> facts, Writer w) throws IOException {
        try (JsonGenerator g = generator(w)) {
            g.writeStartArray();
            for (StoredFact f : facts) {
                g.writeStartObject();
                List<Object> row = row(f);
                for (int i = 0; i < COLUMNS.size(); i++) value(g, COLUMNS.get(i), row.get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        w.write('\n');
    }

    static JsonGenerator generator(Writer w) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(w);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n")));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    static void value(JsonGenerator g, String name, Object v) throws IOException {
        g.writeFieldName(name);
        switch (v) {
            case null -> g.writeNull();
            case BigDecimal b -> g.writeNumber(b.toPlainString());
            case Integer n -> g.writeNumber(n);
            case Long n -> g.writeNumber(n);
            case Boolean b -> g.writeBoolean(b);
            default -> g.writeString(v.toString());
        }
    }

    private static void parquet(Library lib, FactQuery q, Path out) {
        FactReader.Where w = FactReader.where(lib, q);
        String select = "SELECT f.doc_id, f.doc_name AS document, f.fact_id, f.entity, f.entity_id, f.metric, f.segment, f.basis, "
                + "f.period, f.value, f.unit, f.qualifier, f.guidance, f.yoy, f.yoy_points, f.qoq, f.evidence_start, "
                + "f.evidence_end, f.evidence_text, f.rules FROM facts f" + w.sql() + FactReader.ORDER
                + (q.limit() > 0 ? " LIMIT " + q.limit() : "");
        try (Connection c = lib.reader()) {
            try (PreparedStatement ps = c.prepareStatement("CREATE OR REPLACE TEMP TABLE finlens_export AS " + select)) {
                FactReader.bind(ps, w.params());
                ps.execute();
            }
            try (Statement s = c.createStatement()) {
                s.execute("COPY finlens_export TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
                s.execute("DROP TABLE finlens_export");
            }
        } catch (SQLException e) {
            throw new StoreException("exporting parquet to " + out + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ xBRL-JSON

    /** The concept of a fact: standard where one exists for a reported figure, else {@code finlens:UpperCamel}. */
    static String concept(StoredFact f) {
        String camel = camel(f.metric());
        if ("non-gaap".equals(f.basis())) return "finlens:NonGaap" + camel;
        if ("consensus".equals(f.basis())) return "finlens:Consensus" + camel;
        String[] c = CONCEPTS.get(f.metric());
        if (c != null) {
            boolean usd = "USD".equals(f.unit());
            String first = usd ? c[1] : c[0];
            String second = usd ? c[0] : c[1];
            if (!first.equals("-")) return (usd ? "us-gaap:" : "ifrs-full:") + first;
            if (!second.equals("-")) return (usd ? "ifrs-full:" : "us-gaap:") + second;
        }
        return "finlens:" + camel;
    }

    static String camel(String metric) {
        StringBuilder b = new StringBuilder();
        for (String part : metric.split("_")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    static String unit(StoredFact f) {
        String u = f.unit();
        if (u.matches("[A-Z]{3}")) return f.metric().equals("eps") || f.metric().endsWith("_per_share") ? "iso4217:" + u + "/xbrli:shares" : "iso4217:" + u;
        return switch (u) {
            case "ratio", "number" -> "xbrli:pure";
            case "count" -> f.metric().startsWith("shares") ? "xbrli:shares" : "xbrli:pure";
            default -> "finlens:" + u;
        };
    }

    /** An OIM period: {@code 2025-04-01T00:00:00/2025-07-01T00:00:00} for a duration, the next midnight for an instant. */
    static String period(String id) {
        Period p = Periods.parse(id);
        String end = p.end().plusDays(1) + "T00:00:00";
        if (p instanceof Period.Instant) return end;
        return Periods.start(p) + "T00:00:00/" + end;
    }

    private static void xbrl(Library lib, List<StoredFact> facts, Writer w) throws IOException {
        try (JsonGenerator g = generator(w)) {
            g.writeStartObject();
            g.writeObjectFieldStart("documentInfo");
            g.writeStringField("documentType", "https://xbrl.org/2021/xbrl-json");
            g.writeObjectFieldStart("namespaces");
            for (Map.Entry<String, String> e : NAMESPACES.entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeArrayFieldStart("taxonomy");
            g.writeString("https://xbrl.ifrs.org/taxonomy/2024-03-27/full_ifrs_entry_point_2024-03-27.xsd");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("facts");
            for (StoredFact f : facts) {
                if (f.value() == null) continue;
                g.writeObjectFieldStart("f-" + f.docId() + "-" + f.factId());
                g.writeStringField("value", f.value().toPlainString());
                BigDecimal tol = f.tolerance();
                if (tol != null && tol.signum() > 0) g.writeNumberField("decimals", tol.multiply(BigDecimal.TWO).stripTrailingZeros().scale());
                g.writeObjectFieldStart("dimensions");
                g.writeStringField("concept", concept(f));
                g.writeStringField("entity", "fle:" + f.entityId());
                g.writeStringField("period", period(f.period()));
                g.writeStringField("unit", unit(f));
                if (f.segment() != null) g.writeStringField("finlens:segment", f.segment());
                if (f.guidance()) g.writeStringField("finlens:scenario", "guidance");
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        w.write('\n');
    }
}
