package io.finlens.server;

import io.finlens.search.SearchQuery;
import io.finlens.store.ExportFormat;
import io.finlens.store.FactQuery;
import io.finlens.store.SeriesQuery;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * The store's operations of {@link Routes}: each turns the checked parameters into the store's own query and answers
 * the {@link Catalog}'s JSON. No logic of their own: a query's constructor rejects what the store would not take
 * (its message becomes the 400's detail).
 */
final class Handlers {
    /** A route's handler, given its checked parameters. */
    interface Handler {
        void handle(Context ctx, Routes.Values v) throws Exception;
    }

    private final Supplier<Catalog> catalog;

    Handlers(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    Handler handler(String id) {
        return switch (id) {
            case "documents" -> this::documents;
            case "document" -> (ctx, v) -> FinlensServer.json(ctx, catalog.get().document(v.text("id"))
                    .orElseThrow(() -> Problem.notFound("no document with id " + FinlensServer.quote(v.text("id")))));
            case "facts" -> (ctx, v) -> FinlensServer.json(ctx, catalog.get().facts(argument(() -> facts(v))));
            case "series" -> (ctx, v) -> FinlensServer.json(ctx, catalog.get().series(argument(() -> new SeriesQuery(v.text("entity"),
                    v.text("metric"), v.text("segment"), v.text("basis"), v.text("unit"), v.text("kind")))));
            case "search" -> this::search;
            case "export" -> this::export;
            case "entities" -> (ctx, v) -> FinlensServer.json(ctx, catalog.get().entities());
            default -> throw new IllegalArgumentException("no handler for operation " + id);
        };
    }

    private void documents(Context ctx, Routes.Values v) {
        Catalog c = catalog.get();
        ctx.header("X-Total-Count", String.valueOf(c.documentCount()));
        FinlensServer.json(ctx, c.documents(v.integer("offset"), v.integer("limit")));
    }

    /** The filters of {@code finlens facts} and {@code finlens export}, paged when the route pages. */
    static FactQuery facts(Routes.Values v) {
        Integer limit = v.integer("limit");
        Integer offset = v.integer("offset");
        return new FactQuery(v.text("entity"), v.text("metric"), v.text("segment"), v.text("basis"), v.text("from"), v.text("to"),
                v.bool("guidance"), v.text("doc"), limit == null ? 0 : limit, offset == null ? 0 : offset);
    }

    private void search(Context ctx, Routes.Values v) {
        String q = v.text("q");
        boolean filtered = false;
        for (String f : new String[] {"entity", "speaker", "firm", "topic", "role", "lang", "doc", "from", "to"}) filtered |= v.text(f) != null;
        if (q == null && !filtered) throw Problem.badRequest("give q (the words to find) or at least one filter (entity, speaker, firm, topic, role, lang, doc, from, to)");
        SearchQuery query = argument(() -> new SearchQuery(q == null ? "" : q, v.text("entity"), v.text("speaker"), v.text("firm"),
                v.text("topic"), v.text("role"), v.text("lang"), v.text("doc"), v.text("from"), v.text("to"), v.integer("limit"), v.integer("offset")));
        FinlensServer.json(ctx, catalog.get().search(query));
    }

    private void export(Context ctx, Routes.Values v) {
        ExportFormat f = ExportFormat.of(v.text("format") == null ? "csv" : v.text("format"));
        byte[] bytes = catalog.get().export(f, argument(() -> facts(v)));
        String type = switch (f) {
            case CSV, CSV_EXCEL -> "text/csv; charset=utf-8";
            case JSON, XBRL_JSON -> "application/json; charset=utf-8";
            case PARQUET -> "application/vnd.apache.parquet";
        };
        String ext = switch (f) {
            case CSV, CSV_EXCEL -> "csv";
            case JSON -> "json";
            case XBRL_JSON -> "xbrl.json";
            case PARQUET -> "parquet";
        };
        ctx.header("Content-Disposition", "attachment; filename=\"finlens-facts." + ext + "\"");
        ctx.contentType(type).result(bytes);
    }

    /** Runs a query's constructor; its IllegalArgumentException names the bad argument and becomes a 400. */
    static <T> T argument(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }
}
