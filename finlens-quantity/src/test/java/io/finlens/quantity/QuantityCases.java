package io.finlens.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantity cases under {@code src/test/resources/cases/quantity/}: each a text and the exact list of
 * quantities expected in it, in order of appearance.
 *
 * <p>An expected quantity is {@code {"text", "value", "unit", "qualifier", "range", "approximate"}}. {@code text}
 * is the exact original substring the quantity covers; {@code value} and {@code range} bounds are decimal strings
 * in base units (yuan, dollars, units; a ratio as a fraction; points as percentage points). A field that is
 * present is checked, {@code null} included; a field that is left out is not checked (ranges leave out
 * {@code value}, since a range's value may be its low end or null).
 */
final class QuantityCases {
    static final List<String> FILES = List.of("zh.json", "en.json");
    static final List<String> FIELDS = List.of("value", "unit", "qualifier", "range", "approximate");

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuantityCases() {
    }

    record Case(String file, int index, String text, List<Expected> expect, String why) {
        String name() {
            String t = text.replace("\n", "\\n");
            if (t.length() > 40) t = t.substring(0, 40) + "…";
            return file.replace(".json", "") + " #" + index + " " + t + (expect.isEmpty() ? " (none)" : "") + " — " + why;
        }
    }

    /** One expected quantity; {@code node} keeps which fields the case states. */
    record Expected(String text, JsonNode node) {
        boolean states(String field) {
            return node.has(field);
        }

        BigDecimal value() {
            return decimal(node.get("value"));
        }

        String unit() {
            return textOrNull(node.get("unit"));
        }

        String qualifier() {
            return textOrNull(node.get("qualifier"));
        }

        BigDecimal[] range() {
            JsonNode r = node.get("range");
            if (r == null || r.isNull()) return null;
            return new BigDecimal[] {decimal(r.get(0)), decimal(r.get(1))};
        }

        boolean approximate() {
            return node.path("approximate").asBoolean(false);
        }
    }

    static List<Case> load(String file) {
        String resource = "/cases/quantity/" + file;
        try (InputStream in = QuantityCases.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            JsonNode root = JSON.readTree(in);
            List<Case> cases = new ArrayList<>();
            int i = 0;
            for (JsonNode c : root) {
                List<Expected> expect = new ArrayList<>();
                for (JsonNode e : c.get("expect")) expect.add(new Expected(e.get("text").asText(), e));
                cases.add(new Case(file, i++, c.get("text").asText(), List.copyOf(expect), c.path("why").asText("")));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        for (String f : FILES) all.addAll(load(f));
        return all;
    }

    static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isNull()) return null;
        return new BigDecimal(n.asText());
    }

    static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A decimal spelled so that two values compare equal exactly when {@link BigDecimal#compareTo} says 0. */
    static String canonical(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }
}
