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
}
