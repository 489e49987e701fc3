package io.finlens.store;

import java.util.Objects;

/**
 * How to ingest.
 *
 * @param force     analyze and store again documents the store already holds
 * @param threads   analysis workers (the writer is one more thread)
 * @param batchSize documents per transaction
 * @param listener  told of progress (from the writer thread)
 * @param selection which files folders and globs yield (files named outright are always taken)
 */
public record IngestOptions(boolean force, int threads, int batchSize, IngestListener listener, Selection selection) {
    public IngestOptions {
        Objects.requireNonNull(selection, "selection");
        if (threads < 1 || threads > 512) throw new IllegalArgumentException("threads must be 1..512: " + threads);
        if (batchSize < 1 || batchSize > 100_000) throw new IllegalArgumentException("batchSize must be 1..100000: " + batchSize);
        Objects.requireNonNull(listener, "listener");
    }

    public IngestOptions(boolean force, int threads, int batchSize, IngestListener listener) {
        this(force, threads, batchSize, listener, Selection.documents());
    }

    /** All cores, batches of 500, nobody listening, documents by extension without notes. */
    public static IngestOptions defaults() {
        return new IngestOptions(false, Runtime.getRuntime().availableProcessors(), 500, IngestListener.NONE);
    }

    public IngestOptions withSelection(Selection s) {
        return new IngestOptions(force, threads, batchSize, listener, s);
    }

    public IngestOptions withForce(boolean f) {
        return new IngestOptions(f, threads, batchSize, listener, selection);
    }

    public IngestOptions withThreads(int t) {
        return new IngestOptions(force, t, batchSize, listener, selection);
    }

    public IngestOptions withBatchSize(int b) {
        return new IngestOptions(force, threads, b, listener, selection);
    }

    public IngestOptions withListener(IngestListener l) {
        return new IngestOptions(force, threads, batchSize, l, selection);
    }
}
