package io.finlens.store;

import io.finlens.search.Passages;
import io.finlens.search.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The search side of a write: the paragraphs and transcript turns of each document of a batch go into the Lucene
 * index ({@link SearchIndex}), committed before the batch's database transaction. The commit's user data names the
 * batch's documents, so that on open a batch the database never committed (a crash between the two commits) is
 * removed from the index again.
 */
final class PassageIndex implements AutoCloseable {
    static final String BATCH = "finlens.batch";

    private final SearchIndex index;

    private PassageIndex(SearchIndex index) {
        this.index = index;
    }

    static PassageIndex open(Path dir) {
        return new PassageIndex(SearchIndex.open(dir));
    }

    SearchIndex searchIndex() {
        return index;
    }

    /**
     * Removes from the index the documents of the last committed batch that the database does not hold; returns
     * how many.
     */
    int repair(Predicate<String> stored) {
        String batch = index.committedUserData().get(BATCH);
        if (batch == null || batch.isEmpty()) return 0;
        List<String> orphans = new ArrayList<>();
        for (String id : batch.split(",")) if (!stored.test(id)) orphans.add(id);
        if (orphans.isEmpty()) return 0;
        for (String id : orphans) index.deleteDocument(id);
        index.commit(Map.of(BATCH, ""));
        return orphans.size();
    }

    /** Deletes every document of the batch (and those replaced), adds the batch's passages, commits. */
    void write(List<Prepared> batch, Collection<String> replace) {
        Set<String> seen = new java.util.TreeSet<>(replace);
        for (Prepared p : batch) seen.add(p.id());
        for (String id : seen) index.deleteDocument(id);
        for (Prepared p : batch) index.add(p.passages() != null ? p.passages() : Passages.of(p.id(), p.entityId(), p.analysis()));
        index.commit(Map.of(BATCH, String.join(",", seen)));
    }

    @Override
    public void close() {
        index.close();
    }
}
