package io.finlens.cli;

import io.finlens.store.Library;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every store command shares: where the store is and how to print. */
final class StoreOptions {
    enum Format { table, json, csv }

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's folder (created when absent). Default: $FINLENS_DATA, else ~/.finlens")
    Path data;

    @Option(names = "--format", defaultValue = "table", description = "table (for reading), json or csv (for scripts). Default: ${DEFAULT-VALUE}")
    Format format;

    Path dir() {
        return data != null ? data : Library.defaultDir();
    }

    /** Lucene's JUL notice about vector support is not for users; kept referenced so the level sticks. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static void quiet() {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
    }

    Library open() {
        return open(null);
    }

    /** Opens the store; what opening repaired (a damaged search index rebuilt) is said on {@code err}. */
    Library open(java.io.PrintWriter err) {
        quiet();
        Library lib = Library.open(dir());
        if (err != null) {
            for (String n : lib.notices()) err.println("finlens: " + n);
            err.flush();
        }
        return lib;
    }
}
