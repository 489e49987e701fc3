package io.finlens.store;

/** Told of an ingest's progress. Called from the writer thread after each committed batch. */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = p -> { };

    void progress(Progress p);

    /**
     * Where an ingest stands.
     *
     * @param total inputs found (documents to consider)
     * @param done  inputs finished: stored (committed), skipped or failed
     */
    record Progress(int total, int done, int stored, int skipped, int failed, long facts) {
    }
}
