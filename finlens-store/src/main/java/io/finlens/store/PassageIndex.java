package io.finlens.store;

import io.finlens.search.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The search side of a write. Analysis workers add each document's paragraphs and transcript turns to the Lucene
 * index ({@link SearchIndex}) as soon as it is analyzed (tokenizing in parallel); the writer commits the index before
 * each batch's database transaction. Every index commit records, in its user data, the ids of all documents added but
 * not yet committed to the database ({@code pending}); on open, those the database does not hold are removed again, so
 * after a crash the index never shows a document the database lacks.
 */
final class PassageIndex implements AutoCloseable {
    static final String PENDING = "finlens.pending";

    private final SearchIndex index;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** Workers add under the read lock; a commit takes the write lock so its user data lists everything it holds. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private PassageIndex(SearchIndex index) {
        this.index = index;
    }

    static PassageIndex open(Path dir) {
        return new PassageIndex(SearchIndex.open(dir));
    }

    SearchIndex searchIndex() {
        return index;
    }

    /** Whether the index holds passages written by the current layout and analysis of finlens-search. */
    boolean current() {
        return index.schemaCurrent();
    }

    long count() {
        return index.count();
    }

    /** Makes the passages added so far visible and no longer pending (a rebuild from the database, which holds them all). */
    void commitRebuilt() {
        lock.writeLock().lock();
        try {
            pending.clear();
            index.commit(Map.of(PENDING, ""));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes from the index the pending documents of its last commit that the database does not hold; returns how many. */
    int repair(Predicate<String> stored) {
        String ids = index.committedUserData().get(PENDING);
        if (ids == null || ids.isEmpty()) return 0;
        List<String> orphans = new ArrayList<>();
        for (String id : ids.split(",")) if (!stored.test(id)) orphans.add(id);
        if (orphans.isEmpty()) return 0;
        for (String id : orphans) index.deleteDocument(id);
        index.commit(Map.of(PENDING, ""));
        return orphans.size();
    }

    /** Replaces a document's passages (not yet committed); called from analysis workers. */
    void add(Prepared p) {
        replace(p.id(), p.passages());
    }

    /** Replaces a document's passages (not yet committed). */
    void replace(String docId, List<io.finlens.search.Passage> passages) {
        lock.readLock().lock();
        try {
            pending.add(docId);
            index.replaceDocument(docId, passages);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Commits the index (the batch's documents must have been {@link #add added}), naming every pending document. */
    void commit() {
        lock.writeLock().lock();
        try {
            index.commit(Map.of(PENDING, String.join(",", new TreeSet<>(pending))));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The database committed these documents: they are no longer pending. */
    void stored(Collection<String> ids) {
        pending.removeAll(ids);
    }

    @Override
    public void close() {
        index.close();
    }
}
