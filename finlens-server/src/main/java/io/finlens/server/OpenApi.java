package io.finlens.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finlens.store.FactColumns;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The API description served at {@code /api/openapi.json} (OpenAPI 3.1), generated from {@link Routes#ALL} with typed
 * schemas: the fact's from {@link FactColumns} (the export's own columns), the others written here beside the code that
 * answers them.
 */
final class OpenApi {
    private OpenApi() {
    }

    /** The document's bytes (pretty JSON, fields in a fixed order). */
    static byte[] document() {
        ObjectNode root = FinlensServer.JSON.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "finlens");
        info.put("version", "0.1.0");
        info.put("description", "Earnings coverage into verified, queryable facts. Every request needs 'Authorization: Bearer TOKEN' (the token "
                + "printed at start) when the server is bound to a non-loopback address or started with --require-token; writes from another web "
                + "origin are refused. An unknown or malformed parameter is a 400. Errors are RFC 9457 problem bodies (application/problem+json). "
                + "Evidence and turn offsets are code points into the document text.");
        ObjectNode paths = root.putObject("paths");
        for (Routes.Op op : Routes.ALL) {
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            operation(path.putObject(op.method().toLowerCase(java.util.Locale.ROOT)), op);
        }
        ObjectNode components = root.putObject("components");
        components.set("schemas", schemas());
        components.putObject("responses").putObject("Problem").put("description", "an error (RFC 9457)")
                .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        components.putObject("securitySchemes").putObject("token").put("type", "http").put("scheme", "bearer");
        try {
            return FinlensServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void operation(ObjectNode o, Routes.Op op) {
        o.put("operationId", op.id());
        o.put("summary", op.summary());
        if (!op.params().isEmpty()) {
            ArrayNode ps = o.putArray("parameters");
            for (Routes.Param p : op.params()) {
                ObjectNode j = ps.addObject().put("name", p.name()).put("in", p.in());
                if (p.required()) j.put("required", true);
                if (p.about() != null) j.put("description", p.about());
                ObjectNode s = j.putObject("schema").put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
                if (!p.values().isEmpty()) p.values().forEach(s.putArray("enum")::add);
                if (p.min() != null) s.put("minimum", p.min());
                if (p.max() != null && p.max() != Integer.MAX_VALUE) s.put("maximum", p.max());
                if (p.dflt() != null) {
                    if (p.type() == Routes.Type.INTEGER) s.put("default", Integer.parseInt(p.dflt()));
                    else if (p.type() == Routes.Type.BOOLEAN) s.put("default", Boolean.parseBoolean(p.dflt()));
                    else s.put("default", p.dflt());
                }
            }
        }
        if (op.id().equals("analyze")) {
            ObjectNode body = o.putObject("requestBody").put("required", true)
                    .put("description", "The document: text (UTF-8 or GB18030), HTML, PDF or DOCX, or a multipart upload with a part named 'file'.");
            ObjectNode content = body.putObject("content");
            content.putObject("text/plain").putObject("schema").put("type", "string");
            ObjectNode mp = content.putObject("multipart/form-data").putObject("schema").put("type", "object");
            mp.putObject("properties").putObject("file").put("type", "string").put("format", "binary");
            mp.putArray("required").add("file");
        }
        ObjectNode responses = o.putObject("responses");
        ObjectNode ok = responses.putObject(op.id().equals("analyze") ? "200" : "200").put("description", "the answer");
        if (op.schema().equals("binary")) {
            ObjectNode c = ok.putObject("content");
            for (String t : List.of("text/csv", "application/json", "application/vnd.apache.parquet")) {
                c.putObject(t).putObject("schema").put("type", "string").put("format", "binary");
            }
        } else {
            ok.putObject("content").putObject("application/json").set("schema", ref(op.schema()));
        }
        if (op.id().equals("documents")) ok.putObject("headers").putObject("X-Total-Count").putObject("schema").put("type", "integer");
        if (op.id().equals("analyze")) {
            ObjectNode created = responses.putObject("201").put("description", "the analysis; the document was stored");
            created.putObject("content").putObject("application/json").set("schema", ref("Analysis"));
        }
        for (int status : op.errors()) responses.putObject(String.valueOf(status)).put("$ref", "#/components/responses/Problem");
    }

    private static ObjectNode ref(String schema) {
        ObjectNode s = FinlensServer.JSON.createObjectNode();
        if (schema.equals("object")) return s.put("type", "object");
        if (schema.endsWith("[]")) {
            s.put("type", "array").putObject("items").put("$ref", "#/components/schemas/" + schema.substring(0, schema.length() - 2));
            return s;
        }
        return s.put("$ref", "#/components/schemas/" + schema);
    }

    // ---- schemas -----------------------------------------------------------------------------------------------------

    /** An object schema from {@code name: type} pairs; a type ending in {@code ?} may be null; every field is required. */
    private static ObjectNode object(String description, String... fields) {
        ObjectNode s = FinlensServer.JSON.createObjectNode().put("type", "object").put("description", description);
        ObjectNode props = s.putObject("properties");
        ArrayNode required = s.putArray("required");
        for (String f : fields) {
            String[] nt = f.split(":", 2);
            props.set(nt[0], type(nt[1]));
            required.add(nt[0]);
        }
        return s;
    }

    private static ObjectNode type(String t) {
        ObjectNode s = FinlensServer.JSON.createObjectNode();
        boolean nullable = t.endsWith("?");
        String base = nullable ? t.substring(0, t.length() - 1) : t;
        if (base.endsWith("[]")) {
            s.put("type", "array").set("items", type(base.substring(0, base.length() - 2)));
            return s;
        }
        if (Character.isUpperCase(base.charAt(0))) return s.put("$ref", "#/components/schemas/" + base);
        if (nullable) s.putArray("type").add(base).add("null");
        else s.put("type", base);
        return s;
    }

    private static ObjectNode schemas() {
        ObjectNode s = FinlensServer.JSON.createObjectNode();
        ObjectNode fact = FinlensServer.JSON.createObjectNode().put("type", "object").put("description", "A stored fact: the columns of finlens export");
        ObjectNode props = fact.putObject("properties");
        ArrayNode required = fact.putArray("required");
        for (FactColumns.Column c : FactColumns.ALL) {
            ObjectNode p = props.putObject(c.name());
            p.putArray("type").add(c.jsonType()).add("null");
            if (c.sqlType().equals(FactColumns.DATE)) p.put("format", "date");
            p.put("description", c.about());
            required.add(c.name());
        }
        s.set("Fact", fact);
        for (Map.Entry<String, ObjectNode> e : List.of(
                Map.entry("Series", object("One value per period for one company's metric, in one period kind and one unit",
                        "entity_id:string", "entity:string?", "metric:string", "segment:string?", "basis:string?", "unit:string?", "kind:string?",
                        "points:SeriesPoint[]", "kinds:Count[]", "units:Count[]", "note:string?")),
                Map.entry("SeriesPoint", object("One period of a series: the value, where it came from, conflicts and the YoY check",
                        "period:string", "period_end:string", "value:number", "doc_id:string", "document:string?", "fact_id:string", "evidence:string?",
                        "pick:string", "sources:integer", "stated_yoy:number?", "computed_yoy:number?", "yoy_check:string?", "conflicts:Candidate[]")),
                Map.entry("Candidate", object("A value another document states for the same period", "value:number", "doc_id:string", "document:string?",
                        "fact_id:string", "evidence:string?")),
                Map.entry("Count", object("How many values come in one period kind or unit", "name:string", "values:integer")),
                Map.entry("SearchResult", object("Hits, best first", "total:integer", "totalExact:boolean", "took_ms:number", "hits:Hit[]")),
                Map.entry("Hit", object("One passage found", "document:string", "title:string?", "entity:string?", "period:string?", "kind:string",
                        "language:string", "speaker:string?", "role:string?", "firm:string?", "topics:string[]", "score:number", "start_utf16:integer", "end_utf16:integer",
                        "snippet:string", "highlights:Range[]")),
                Map.entry("Range", object("A range of code points in a snippet", "start:integer", "end:integer")),
                Map.entry("DocumentSummary", object("A stored document", "id:string", "name:string", "language:string", "title:string?", "entity:string?",
                        "entity_id:string?", "period:string?", "chars:integer", "facts:integer", "checks:integer", "exchanges:integer")),
                Map.entry("Entity", object("A stored company", "id:string", "name:string")),
                Map.entry("Health", object("The server's state", "status:string", "version:string", "store:boolean", "token_required:boolean",
                        "max_body_bytes:integer")),
                Map.entry("Problem", object("An error (RFC 9457)", "type:string", "title:string", "status:integer", "detail:string", "instance:string")))) {
            s.set(e.getKey(), e.getValue());
        }
        ObjectNode analysis = object("The contract JSON of shared/spec/output-format.md", "source:object", "title:string?", "entity:string?",
                "period:string?", "facts:object[]", "checks:object[]", "transcript:object?");
        s.set("Analysis", analysis);
        ObjectNode document = object("A stored document: its contract JSON, with the store's summary and the text", "id:string",
                "document:DocumentSummary", "text:string", "facts:object[]", "checks:object[]", "transcript:object?");
        s.set("Document", document);
        return s;
    }
}
