package io.finlens.store;

/**
 * What loading a corpus job's Parquet datasets did.
 *
 * @param loaded   documents added to the store
 * @param skipped  documents of the datasets the store held already (same content id)
 * @param facts    facts added
 * @param passages passages added to the search index
 * @param issues   documents the job could not analyze (rows of its {@code issues} dataset; not stored)
 * @param seconds  wall clock of reading the datasets into the store (entities resolved again and facts sorted after it are not counted)
 * @param indexSeconds of which: passages into the search index
 * @param databaseSeconds of which: the rows into the database, one transaction
 */
public record LoadReport(int loaded, long skipped, long facts, long passages, long issues, double seconds, double indexSeconds,
                         double databaseSeconds) {
    public LoadReport {
        if (loaded < 0 || skipped < 0 || facts < 0 || passages < 0 || issues < 0) throw new IllegalArgumentException("negative count");
        if (seconds < 0 || indexSeconds < 0 || databaseSeconds < 0) throw new IllegalArgumentException("negative seconds: " + seconds);
    }
}
