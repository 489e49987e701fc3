package io.finlens.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The search side of a write: paragraphs and turns of each document, committed before the database transaction. */
interface PassageIndex extends AutoCloseable {
    boolean enabled();

    /** Removes what the index holds for {@code replace} and for every document of the batch, adds the batch, commits. */
    void write(List<Prepared> batch, Collection<String> replace);

    @Override
    void close();

    static PassageIndex open(Path dir) {
        return NONE;
    }

    PassageIndex NONE = new PassageIndex() {
        public boolean enabled() {
            return false;
        }

        public void write(List<Prepared> batch, Collection<String> replace) {
        }

        public void close() {
        }
    };
}
