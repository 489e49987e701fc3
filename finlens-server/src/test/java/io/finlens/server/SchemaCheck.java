package io.finlens.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/** Checks a JSON answer against an OpenAPI 3.1 schema: $ref, type (or types, null among them), required, properties, items. */
final class SchemaCheck {
    private SchemaCheck() {
    }

    static void check(JsonNode api, JsonNode schema, JsonNode value, String at, List<String> broken) {
        if (schema.has("$ref")) {
            check(api, api.at(schema.path("$ref").asText().substring(1)), value, at, broken);
            return;
        }
        if (schema.has("type") && !typed(schema.path("type"), value)) {
            broken.add(at + ": " + shortly(value) + " is not " + schema.path("type"));
            return;
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) if (!value.has(r.asText())) broken.add(at + ": no " + r.asText());
            for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (value.has(name)) check(api, schema.path("properties").path(name), value.path(name), at + "." + name, broken);
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode v : value) check(api, schema.path("items"), v, at + "[" + i++ + "]", broken);
        }
    }

    private static boolean typed(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typed(t, v)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }

    private static String shortly(JsonNode v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
