package io.finlens.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.search.SearchQuery;
import io.finlens.store.ExportFormat;
import io.finlens.store.FactQuery;
import io.finlens.store.SeriesQuery;
import java.util.Optional;

/**
 * What the server reads from and writes to the store: the seam between the HTTP routes and
 * {@code io.finlens.store.Library}. Answers are JSON trees written as they are; the server adds no logic of its own.
 */
public interface Catalog extends AutoCloseable {
    /** A stored document's id, and whether the store held that content already (then nothing was stored now). */
    record Stored(String id, boolean existed) {
        public Stored {
            if (id == null || id.isBlank()) throw new IllegalArgumentException("blank id");
        }
    }

    /** Stores a document, analyzing it. {@code force} stores again a document already stored. */
    Stored store(String name, byte[] bytes, boolean force);

    /** A page of the stored documents in the order they were stored, as an array of summaries. */
    JsonNode documents(int offset, int limit);

    /** How many documents are stored. */
    long documentCount();

    /** One stored document: its facts, checks, transcript and text; empty when there is no such id. */
    Optional<JsonNode> document(String id);

    /** Facts matching the query, a page at a time (the store's export columns). */
    JsonNode facts(FactQuery query);

    /** One series, with the period kinds and units the other facts of its metric come in. */
    JsonNode series(SeriesQuery query);

    /** Hits, best first, with snippets and highlights. */
    JsonNode search(SearchQuery query);

    /** The facts of a query in an export format (parquet too), as the file's bytes. */
    byte[] export(ExportFormat format, FactQuery query);

    /** The stored companies: id and the name to show, sorted by id. */
    JsonNode entities();

    @Override
    void close();
}
