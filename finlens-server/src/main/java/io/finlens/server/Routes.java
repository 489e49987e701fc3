package io.finlens.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The API's one route table: every operation with its typed parameters and its answer's schema. The server registers
 * its handlers from it, parses and checks every request's parameters against it (an unknown or malformed parameter is
 * a 400 naming it), and {@link OpenApi} writes the OpenAPI document from it, so the document cannot drift from the
 * code. (The Javalin OpenAPI plugin is not used: it has no release for Javalin 7.)
 */
final class Routes {
    enum Type { STRING, INTEGER, BOOLEAN }

    /**
     * One parameter.
     *
     * @param in     query or path
     * @param values the values allowed (an enum), empty for any
     * @param min    the least integer allowed, or null
     * @param max    the greatest integer allowed, or null
     * @param dflt   the value when absent (as written in a URL), or null
     */
    record Param(String name, String in, Type type, boolean required, String about, List<String> values, Integer min, Integer max,
                 String dflt) {
        Param {
            Objects.requireNonNull(name, "name");
            if (!in.equals("query") && !in.equals("path")) throw new IllegalArgumentException("parameter " + name + " in " + in);
            values = List.copyOf(values);
        }

        Param about(String text) {
            return new Param(name, in, type, required, text, values, min, max, dflt);
        }

        Param mandatory() {
            return new Param(name, in, type, true, about, values, min, max, dflt);
        }

        Param oneOf(String... allowed) {
            return new Param(name, in, type, required, about, List.of(allowed), min, max, dflt);
        }

        Param range(int lo, int hi, int def) {
            return new Param(name, in, type, required, about, values, lo, hi, String.valueOf(def));
        }
    }

    /**
     * One operation.
     *
     * @param schema   the answer's schema: a component name ({@code Fact}), {@code Fact[]} for an array of one, or a
     *                 media type's raw body ({@code binary})
     * @param errors   the problem statuses it may answer besides those every request may (401, 403)
     */
    record Op(String method, String path, String id, String summary, List<Param> params, String schema, List<Integer> errors) {
        Op {
            params = List.copyOf(params);
            errors = List.copyOf(errors);
        }

        Param param(String name) {
            for (Param p : params) if (p.name().equals(name)) return p;
            return null;
        }
    }

    static Param text(String name, String about) {
        return new Param(name, "query", Type.STRING, false, about, List.of(), null, null, null);
    }

    static Param integer(String name, String about) {
        return new Param(name, "query", Type.INTEGER, false, about, List.of(), null, null, null);
    }

    static Param flag(String name, String about) {
        return new Param(name, "query", Type.BOOLEAN, false, about, List.of(), null, null, "false");
    }

    private static final String PERIOD = " (2025Q1, FY2024, 2025H1, 2025Q1-Q3, 2025-04, 2025-03-31), compared by period end";
    private static final List<Param> FACT_FILTERS = List.of(
            text("entity", "a company under any name it is stored under (腾讯, Tencent, tencent)"),
            text("metric", "a metric id (revenue, net_income, mau, ...)"),
            text("segment", "a segment as written, or - for whole-company figures"),
            text("basis", "the basis of the figures").oneOf("reported", "non-gaap", "consensus"),
            text("from", "the first period" + PERIOD),
            text("to", "the last period" + PERIOD),
            new Param("guidance", "query", Type.BOOLEAN, false, "true: targets and outlooks only; false: results only", List.of(), null, null, null),
            text("doc", "one document (its id)"));

    private static List<Param> with(List<Param> a, Param... more) {
        List<Param> l = new ArrayList<>(a);
        l.addAll(List.of(more));
        return l;
    }

    static final List<Op> ALL = List.of(
            new Op("POST", "/api/analyze", "analyze", "Analyze one document and answer the contract JSON (shared/spec/output-format.md)", List.of(
                    flag("store", "also keep the document in the store; answers 201 with Location /api/documents/{id} (200 when stored before)"),
                    flag("force", "with store: analyze and store again a document already stored"),
                    flag("text", "include the document text as 'text' (like analyze --with-text)"),
                    text("name", "the document's name for a raw body (default pasted.txt)")), "Analysis", List.of(400, 408, 413, 415, 422, 503)),
            new Op("GET", "/api/documents", "documents", "Stored documents in the order they were stored, a page at a time (X-Total-Count: how many)",
                    List.of(integer("offset", "documents to skip").range(0, Integer.MAX_VALUE, 0), integer("limit", "documents to answer").range(1, 1000, 200)),
                    "DocumentSummary[]", List.of(400, 503)),
            new Op("GET", "/api/documents/{id}", "document", "One stored document: its contract JSON with the summary and the text",
                    List.of(new Param("id", "path", Type.STRING, true, "the document's id", List.of(), null, null, null)), "Document", List.of(404, 503)),
            new Op("GET", "/api/facts", "facts", "Stored facts matching every given filter, a page at a time (the filters of finlens facts)",
                    with(FACT_FILTERS, integer("offset", "facts to skip").range(0, Integer.MAX_VALUE, 0),
                            integer("limit", "facts to answer").range(1, 100_000, 1000)), "Fact[]", List.of(400, 503)),
            new Op("GET", "/api/series", "series", "One metric of one company across periods of one kind and one unit (the filters of finlens series)",
                    List.of(text("entity", "the company, under any name").mandatory(), text("metric", "the metric id").mandatory(),
                            text("segment", "a segment as written; default the whole company"),
                            text("basis", "the basis of the figures").oneOf("reported", "non-gaap", "consensus"),
                            text("kind", "the period kind; default the kind most values come in").oneOf("quarter", "half", "nine_months", "year", "month", "instant"),
                            text("unit", "the unit (CNY, USD, count, ratio); default the unit most values come in")), "Series", List.of(400, 503)),
            new Op("GET", "/api/search", "search", "Full-text search over stored paragraphs and transcript turns, a page at a time (the filters of finlens search)",
                    List.of(text("q", "the words (Chinese or English; \"phrases\", -exclusions, OR); may be empty when a filter is given"),
                            text("entity", "the company, under any name"), text("speaker", "who spoke"), text("firm", "the analyst's firm"),
                            text("topic", "a topic id (ai, capex, ...)"), text("role", "who spoke, by role").oneOf("executive", "analyst", "operator"),
                            text("lang", "the passage's language").oneOf("zh", "en"), text("doc", "one document (its id)"),
                            text("from", "the first period" + PERIOD), text("to", "the last period" + PERIOD),
                            integer("offset", "hits to skip").range(0, 100_000, 0), integer("limit", "hits to answer").range(1, 200, 20)),
                    "SearchResult", List.of(400, 503)),
            new Op("GET", "/api/export", "export", "Stored facts as a file (the filters and formats of finlens export)",
                    with(FACT_FILTERS, text("format", "the file's format").oneOf("csv", "csv-excel", "json", "parquet", "xbrl-json")),
                    "binary", List.of(400, 503)),
            new Op("GET", "/api/entities", "entities", "The stored companies: id and the name to show", List.of(), "Entity[]", List.of(503)),
            new Op("GET", "/api/health", "health", "Whether the server is up, has a store and needs the token", List.of(), "Health", List.of()),
            new Op("GET", "/api/openapi.json", "openapi", "This description (OpenAPI 3.1), generated from the route table", List.of(), "object", List.of()));

    private Routes() {
    }

    /** A request's parameters, checked against its operation and typed: String, Integer or Boolean; absent ones null. */
    record Values(Map<String, Object> map) {
        String text(String name) {
            return (String) map.get(name);
        }

        Integer integer(String name) {
            return (Integer) map.get(name);
        }

        Boolean bool(String name) {
            return (Boolean) map.get(name);
        }
    }

    /** Parses the query (and path) parameters of a request for {@code op}; anything unknown or malformed is a 400 naming it. */
    static Values parse(Context ctx, Op op) {
        for (String name : ctx.queryParamMap().keySet()) {
            Param p = op.param(name);
            if (p == null || !p.in().equals("query")) {
                throw Problem.badRequest("unknown parameter " + FinlensServer.quote(name) + " for " + op.method() + " " + op.path() + " (it takes: "
                        + (op.params().isEmpty() ? "none" : String.join(", ", op.params().stream().map(Param::name).toList())) + ")");
            }
            if (ctx.queryParams(name).size() > 1) throw Problem.badRequest("parameter " + FinlensServer.quote(name) + " is given more than once");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Param p : op.params()) {
            String raw = p.in().equals("path") ? ctx.pathParam(p.name()) : ctx.queryParam(p.name());
            if (raw != null && raw.isBlank()) raw = null;
            if (raw == null) raw = p.dflt();
            if (raw == null) {
                if (p.required()) throw Problem.badRequest(p.name() + " is required");
                continue;
            }
            m.put(p.name(), value(p, raw.strip()));
        }
        return new Values(m);
    }

    private static Object value(Param p, String raw) {
        String name = p.name();
        switch (p.type()) {
            case INTEGER -> {
                int v;
                try {
                    v = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    throw Problem.badRequest(name + " is not a whole number: " + FinlensServer.quote(raw));
                }
                if ((p.min() != null && v < p.min()) || (p.max() != null && v > p.max())) {
                    throw Problem.badRequest(name + " out of range " + p.min() + ".." + p.max() + ": " + v);
                }
                return v;
            }
            case BOOLEAN -> {
                return switch (raw.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes" -> true;
                    case "false", "0", "no" -> false;
                    default -> throw Problem.badRequest(name + " must be true or false, not " + FinlensServer.quote(raw));
                };
            }
            default -> {
                if (!p.values().isEmpty() && !p.values().contains(raw)) {
                    throw Problem.badRequest(name + " must be one of " + String.join(", ", p.values()) + ", not " + FinlensServer.quote(raw));
                }
                return raw;
            }
        }
    }
}
