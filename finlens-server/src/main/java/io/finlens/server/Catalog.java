package io.finlens.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What the server reads from and writes to the store: the seam between the HTTP routes and
 * {@code io.finlens.store.Library}. Answers are JSON trees written as they are; the server adds no logic of its own.
 */
public interface Catalog extends AutoCloseable {
    /** Filters of {@code GET /api/facts}; each null means any. Periods compare as the contract's period ids. */
    record FactFilter(String entity, String metric, String segment, String from, String to, int limit) {
        public static final int MAX_LIMIT = 100_000;

        public FactFilter {
            if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit out of range 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** Filters of {@code GET /api/series}: entity and metric are required. */
    record SeriesFilter(String entity, String metric, String segment) {
        public SeriesFilter {
            if (entity == null || entity.isBlank()) throw new IllegalArgumentException("entity is required");
            if (metric == null || metric.isBlank()) throw new IllegalArgumentException("metric is required");
        }
    }

    /** Filters of {@code GET /api/search}: the query text and optional facets. */
    record SearchFilter(String q, String speaker, String firm, String topic, String entity, int limit) {
        public SearchFilter {
            if (limit < 1 || limit > 200) throw new IllegalArgumentException("limit out of range 1..200: " + limit);
        }
    }

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

    JsonNode facts(FactFilter filter);

    JsonNode series(SeriesFilter filter);

    JsonNode search(SearchFilter filter);

    @Override
    void close();
}
