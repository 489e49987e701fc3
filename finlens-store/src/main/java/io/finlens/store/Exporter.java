package io.finlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Exports facts: CSV and JSON (one row/object per fact, the columns of {@link FactColumns}), Parquet (that JSON read
 * back by DuckDB with the columns' types, then {@code COPY ... TO}), so the three hold the same cells; xBRL-JSON is
 * {@link XbrlJson}. {@code csv-excel} is the CSV with a UTF-8 byte order mark and CRLF line ends, which Excel opens
 * with Chinese intact.
 */
final class Exporter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Exporter() {
    }

    static void export(Library lib, ExportFormat format, FactQuery q, Path out) {
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            if (format == ExportFormat.PARQUET) {
                parquet(lib, q, out);
                return;
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                write(lib, format, q, os);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + " (" + why(e) + ")", e);
        }
    }

    /** Why a file could not be written, in words (NoSuchFileException's message is only the path). */
    static String why(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException x -> "no such folder, or the file system does not take new files there";
            case java.nio.file.AccessDeniedException x -> "permission denied";
            case java.nio.file.FileSystemException x -> x.getReason() != null ? x.getReason() : x.getClass().getSimpleName();
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }

    /** Writes csv, csv-excel, json or xbrl-json to a stream (not closed). */
    static void write(Library lib, ExportFormat format, FactQuery q, OutputStream os) throws IOException {
        List<StoredFact> facts = lib.facts(q);
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        switch (format) {
            case CSV -> csv(facts, w, "\n");
            case CSV_EXCEL -> {
                w.write('\uFEFF');
                csv(facts, w, "\r\n");
            }
            case JSON -> json(facts, w);
            case XBRL_JSON -> XbrlJson.write(facts, w);
            case PARQUET -> throw new IllegalArgumentException("parquet is written to a file, not a stream");
        }
        w.flush();
    }

    static void csv(List<StoredFact> facts, Writer w) throws IOException {
        csv(facts, w, "\n");
    }

    private static void csv(List<StoredFact> facts, Writer w, String eol) throws IOException {
        w.write(String.join(",", FactColumns.NAMES));
        w.write(eol);
        for (StoredFact f : facts) {
            List<Object> row = FactColumns.row(f);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) w.write(',');
                w.write(csvCell(row.get(i)));
            }
            w.write(eol);
        }
    }

    static String csvCell(Object v) {
        if (v == null) return "";
        String s = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static void json(List<StoredFact> facts, Writer w) throws IOException {
        try (JsonGenerator g = generator(w)) {
            g.writeStartArray();
            for (StoredFact f : facts) fact(g, f);
            g.writeEndArray();
        }
        w.write('\n');
    }

    /** One fact as a JSON object of the export's columns. */
    static void fact(JsonGenerator g, StoredFact f) throws IOException {
        g.writeStartObject();
        List<Object> row = FactColumns.row(f);
        for (int i = 0; i < row.size(); i++) value(g, FactColumns.NAMES.get(i), row.get(i));
        g.writeEndObject();
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

    /** Parquet: the JSON export read back by DuckDB with the columns' types, so Parquet holds what JSON holds. */
    private static void parquet(Library lib, FactQuery q, Path out) throws IOException {
        Path json = Files.createTempFile("finlens-export", ".json");
        try {
            try (OutputStream os = Files.newOutputStream(json)) {
                write(lib, ExportFormat.JSON, q, os);
            }
            try (Connection c = lib.reader(); Statement s = c.createStatement()) {
                s.execute("COPY (SELECT * FROM read_json(" + literal(json) + ", format = 'array', columns = " + FactColumns.duckdbColumns()
                        + ")) TO " + literal(out) + " (FORMAT parquet)");
            } catch (SQLException e) {
                throw new StoreException("exporting parquet to " + out + ": " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(json);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
