package io.finlens.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The store's results as JSON, fields in a fixed order, numbers as plain decimals (for the CLI and the HTTP API). */
public final class StoreJson {
    private StoreJson() {
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body b) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Exporter.generator(w)) {
            b.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    public static String series(Series s) {
        return write(g -> series(g, s));
    }

    static void series(JsonGenerator g, Series s) throws IOException {
        g.writeStartObject();
        g.writeStringField("entity_id", s.entityId());
        g.writeStringField("entity", s.entityName());
        g.writeStringField("metric", s.metric());
        g.writeStringField("segment", s.segment());
        g.writeStringField("basis", s.basis());
        g.writeStringField("unit", s.unit());
        g.writeStringField("kind", s.kind());
        counts(g, "kinds", s.kinds());
        counts(g, "units", s.units());
        g.writeStringField("note", s.note());
        g.writeArrayFieldStart("points");
        for (Series.Point p : s.points()) {
            g.writeStartObject();
            g.writeStringField("period", p.period());
            g.writeStringField("period_end", Periods.parse(p.period()).end().toString());
            num(g, "value", p.value());
            g.writeStringField("doc_id", p.docId());
            g.writeStringField("document", p.docName());
            g.writeStringField("fact_id", p.factId());
            g.writeStringField("evidence", p.evidence());
            g.writeStringField("pick", p.pick());
            g.writeNumberField("sources", p.sources());
            num(g, "stated_yoy", p.statedYoy());
            num(g, "computed_yoy", p.computedYoy());
            g.writeStringField("yoy_check", p.yoyCheck());
            g.writeArrayFieldStart("conflicts");
            for (Series.Candidate c : p.conflicts()) {
                g.writeStartObject();
                num(g, "value", c.value());
                g.writeStringField("doc_id", c.docId());
                g.writeStringField("document", c.docName());
                g.writeStringField("fact_id", c.factId());
                g.writeStringField("evidence", c.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, java.util.Map<String, Integer> counts) throws IOException {
        g.writeArrayFieldStart(name);
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            g.writeStartObject();
            g.writeStringField("name", e.getKey());
            g.writeNumberField("values", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static String facts(List<StoredFact> facts) {
        return write(g -> {
            g.writeStartArray();
            for (StoredFact f : facts) Exporter.fact(g, f);
            g.writeEndArray();
        });
    }

    public static String documents(List<StoredDocument> docs) {
        return write(g -> {
            g.writeStartArray();
            for (StoredDocument d : docs) document(g, d);
            g.writeEndArray();
        });
    }

    static void document(JsonGenerator g, StoredDocument d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("language", d.language());
        g.writeStringField("title", d.title());
        g.writeStringField("entity", d.entity());
        g.writeStringField("entity_id", d.entityId());
        g.writeStringField("period", d.period());
        g.writeNumberField("chars", d.chars());
        g.writeNumberField("facts", d.facts());
        g.writeNumberField("checks", d.checks());
        g.writeNumberField("exchanges", d.exchanges());
        g.writeEndObject();
    }

    private static void num(JsonGenerator g, String name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) g.writeNull();
        else g.writeNumber(v.toPlainString());
    }

    // ---- reading back (a client of the HTTP API reads what this class wrote) -----------------------------------------

    private static final com.fasterxml.jackson.databind.ObjectMapper READER = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not the store's JSON: " + e.getMessage(), e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode n, String field) {
        com.fasterxml.jackson.databind.JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static BigDecimal decimal(com.fasterxml.jackson.databind.JsonNode n, String field) {
        com.fasterxml.jackson.databind.JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : Library.plain(v.decimalValue());
    }

    /** Facts as {@link #facts(List)} wrote them. */
    public static List<StoredFact> readFacts(String json) {
        List<StoredFact> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : tree(json)) {
            String basis = text(n, "basis");
            BigDecimal precision = decimal(n, "precision");
            out.add(new StoredFact(text(n, "doc_id"), text(n, "document"), text(n, "fact_id"), text(n, "entity"), text(n, "entity_id"),
                    text(n, "metric"), text(n, "segment"), "reported".equals(basis) ? null : basis, text(n, "period"), decimal(n, "value"),
                    text(n, "unit"), text(n, "qualifier"), n.path("guidance").asBoolean(), decimal(n, "yoy"), decimal(n, "yoy_points"),
                    decimal(n, "qoq"), n.path("evidence_start").asInt(), n.path("evidence_end").asInt(), text(n, "evidence_text"),
                    text(n, "rules"), precision == null ? null : Library.plain(precision.divide(BigDecimal.TWO)), decimal(n, "range_low"),
                    decimal(n, "range_high"), decimal(n, "yoy_low"), decimal(n, "yoy_high")));
        }
        return out;
    }

    /** A series as {@link #series(Series)} wrote it. */
    public static Series readSeries(String json) {
        com.fasterxml.jackson.databind.JsonNode n = tree(json);
        List<Series.Point> points = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode p : n.path("points")) {
            List<Series.Candidate> conflicts = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode c : p.path("conflicts")) {
                conflicts.add(new Series.Candidate(decimal(c, "value"), text(c, "doc_id"), text(c, "document"), text(c, "fact_id"), text(c, "evidence")));
            }
            points.add(new Series.Point(text(p, "period"), decimal(p, "value"), text(p, "doc_id"), text(p, "document"), text(p, "fact_id"),
                    text(p, "evidence"), text(p, "pick"), p.path("sources").asInt(), decimal(p, "stated_yoy"), decimal(p, "computed_yoy"),
                    text(p, "yoy_check"), conflicts));
        }
        return new Series(text(n, "entity_id"), text(n, "entity"), text(n, "metric"), text(n, "segment"), text(n, "basis"), text(n, "unit"),
                points, text(n, "kind"), counts(n.path("kinds")), counts(n.path("units")));
    }

    private static java.util.Map<String, Integer> counts(com.fasterxml.jackson.databind.JsonNode a) {
        java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode c : a) m.put(c.path("name").asText(), c.path("values").asInt());
        return m;
    }
}
