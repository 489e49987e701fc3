package io.finlens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.finlens.search.Highlight;
import io.finlens.search.Hit;
import io.finlens.search.Passage;
import io.finlens.search.SearchQuery;
import io.finlens.search.SearchResult;
import io.finlens.store.DocumentDetail;
import io.finlens.store.ExportFormat;
import io.finlens.store.FactQuery;
import io.finlens.store.Library;
import io.finlens.store.SeriesQuery;
import io.finlens.store.StoreJson;
import io.finlens.store.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The {@link Catalog} over the embedded store, {@link Library}, answering in the store's own JSON ({@link StoreJson}). */
public final class LibraryCatalog implements Catalog {
    private final Library library;

    public LibraryCatalog(Library library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /** Opens (creating if needed) the store in {@code dataDir}. */
    public static LibraryCatalog open(Path dataDir) {
        return new LibraryCatalog(Library.open(dataDir));
    }

    public Library library() {
        return library;
    }

    @Override
    public Stored store(String name, byte[] bytes, boolean force) {
        StoredDocument d = library.store(name, bytes, force);
        return new Stored(d.id(), d.existed());
    }

    @Override
    public JsonNode documents(int offset, int limit) {
        return tree(StoreJson.documents(library.documents(offset, limit)));
    }

    @Override
    public long documentCount() {
        return library.counts()[0];
    }

    @Override
    public Optional<JsonNode> document(String id) {
        Optional<DocumentDetail> d = library.document(id);
        if (d.isEmpty()) return Optional.empty();
        try {
            // the contract JSON as analyze printed it, with the text and the store's summary beside it
            ObjectNode o = (ObjectNode) FinlensServer.JSON.readTree(d.get().contractJson());
            o.put("id", d.get().document().id());
            o.set("document", summary(d.get().document()));
            o.put("text", d.get().text());
            return Optional.of(o);
        } catch (IOException e) {
            throw new UncheckedIOException("stored contract JSON of " + id + " does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public JsonNode facts(FactQuery q) {
        library.checkNames(q.entity(), q.metric());
        return tree(StoreJson.facts(library.facts(q)));
    }

    @Override
    public JsonNode series(SeriesQuery q) {
        library.checkNames(q.entity(), q.metric());
        return tree(StoreJson.series(library.series(q)));
    }

    @Override
    public byte[] export(ExportFormat format, FactQuery q) {
        Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("finlens-export", "." + format.code());
            library.export(format, q, tmp);
            return java.nio.file.Files.readAllBytes(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) tmp.toFile().delete();
        }
    }

    @Override
    public JsonNode entities() {
        ArrayNode a = FinlensServer.JSON.createArrayNode();
        for (java.util.Map.Entry<String, String> e : library.storedEntityNames().entrySet()) a.addObject().put("id", e.getKey()).put("name", e.getValue());
        return a;
    }

    @Override
    public JsonNode search(SearchQuery q) {
        SearchResult r = library.search(q);
        ObjectNode o = FinlensServer.JSON.createObjectNode();
        o.put("total", r.total());
        o.put("totalExact", r.totalExact());
        o.put("took_ms", r.tookMicros() / 1000.0);
        ArrayNode hits = o.putArray("hits");
        for (Hit h : r.hits()) {
            Passage p = h.passage();
            ObjectNode j = hits.addObject();
            j.put("document", p.docId());
            j.put("title", p.document());
            j.put("entity", p.entityId());
            j.put("period", p.period());
            j.put("kind", p.kind());
            j.put("language", p.language());
            if (p.exchange() != null) j.put("exchange", p.exchange());
            j.put("speaker", p.speaker());
            j.put("role", p.role());
            j.put("firm", p.firm());
            ArrayNode topics = j.putArray("topics");
            for (String t : p.topics()) topics.add(t);
            j.put("score", h.score());
            // where the passage is in the document's text, so a page opens the document there: UTF-16 indexes, as
            // JavaScript strings count (the one place the API does not count code points, and named so)
            j.put("start_utf16", p.start());
            j.put("end_utf16", p.end());
            snippet(h, j);
        }
        return o;
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /**
     * The hit's best fragment as {@code snippet} plain text and {@code highlights} as code-point offsets into it, so
     * the page marks matches without parsing markup. A passage holding the marker characters itself falls back to
     * the whole passage with its highlights.
     */
    static void snippet(Hit h, ObjectNode j) {
        Passage p = h.passage();
        ArrayNode hl = FinlensServer.JSON.createArrayNode();
        StringBuilder text = new StringBuilder();
        if (p.text().indexOf(OPEN) < 0 && p.text().indexOf(CLOSE) < 0) {
            String marked = h.snippet(String.valueOf(OPEN), String.valueOf(CLOSE));
            int cp = 0;
            int start = -1;
            for (int i = 0; i < marked.length(); ) {
                int c = marked.codePointAt(i);
                i += Character.charCount(c);
                if (c == OPEN) start = cp;
                else if (c == CLOSE && start >= 0) {
                    hl.addObject().put("start", start).put("end", cp);
                    start = -1;
                } else {
                    text.appendCodePoint(c);
                    cp++;
                }
            }
        } else {
            text.append(p.text());
            for (Highlight x : h.highlights()) {
                int s = x.start() - p.start();
                int e = x.end() - p.start();
                hl.addObject().put("start", p.text().codePointCount(0, s)).put("end", p.text().codePointCount(0, e));
            }
        }
        j.put("snippet", text.toString());
        j.set("highlights", hl);
    }

    private static JsonNode summary(StoredDocument d) {
        return tree(StoreJson.documents(java.util.List.of(d))).get(0);
    }

    /** The store's own JSON (StoreJson: fixed field order, plain decimals) as a tree, decimals kept exact. */
    private static JsonNode tree(String json) {
        try {
            return FinlensServer.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        library.close();
    }
}
