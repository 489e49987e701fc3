package io.finlens.cli;

import io.finlens.store.ExportFormat;
import io.finlens.store.FactQuery;
import io.finlens.store.Library;
import io.finlens.store.Series;
import io.finlens.store.SeriesQuery;
import io.finlens.store.StoredFact;
import java.nio.file.Path;
import java.util.List;

/**
 * What the read commands (facts, series, search, export) read: the store itself, or, while {@code finlens serve} holds
 * it (DuckDB lets one process open a database file for writing, and then no other, not even to read), that server's
 * API ({@link Served}). Both check the names asked for first: a company or metric the store lacks is an error naming
 * the closest stored ones.
 */
interface StoreReader extends AutoCloseable {
    List<StoredFact> facts(FactQuery q);

    Series series(SeriesQuery q);

    void export(ExportFormat format, FactQuery q, Path out);

    /** The store when read directly, else null (then {@link #served()} is not). */
    Library library();

    /** The server read through, else null. */
    Served served();

    @Override
    void close();

    /** The store opened directly. */
    static StoreReader of(Library lib) {
        return new StoreReader() {
            @Override
            public List<StoredFact> facts(FactQuery q) {
                lib.checkNames(q.entity(), q.metric());
                return lib.facts(q);
            }

            @Override
            public Series series(SeriesQuery q) {
                lib.checkNames(q.entity(), q.metric());
                return lib.series(q);
            }

            @Override
            public void export(ExportFormat format, FactQuery q, Path out) {
                lib.checkNames(q.entity(), q.metric());
                lib.export(format, q, out);
            }

            @Override
            public Library library() {
                return lib;
            }

            @Override
            public Served served() {
                return null;
            }

            @Override
            public void close() {
                lib.close();
            }
        };
    }
}
