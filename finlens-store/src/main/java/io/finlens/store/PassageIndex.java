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
 * each batch's database transaction, while the workers keep adding. Every index commit records, in its user data, the
 * ids of all documents added but not yet committed to the database ({@code pending}); on open, those the database does
 * not hold are removed again, so after a crash the index never shows a document the database lacks.
 */
final class PassageIndex implements AutoCloseable {
    static final String PENDING = "finlens.pending";

    private final SearchIndex index;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** Workers add under the read lock; a rebuild's commit takes the write lock (a batch's commit needs none: {@link #commit}). */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private PassageIndex(SearchIndex index) {
        this.index = index;
    }

    static PassageIndex open(Path dir) {
        return new PassageIndex(SearchIndex.open(dir));
    }

    /**
     * Opens the index and verifies its checksums; an index that cannot be opened or fails verification is removed
     * and an empty one opened instead (the caller rebuilds it from the database), with a notice saying why.
     */
    static PassageIndex openOrReset(Path dir, List<String> notices) {
        PassageIndex idx = null;
        try {
            idx = open(dir);
            idx.index.verify();
            return idx;
        } catch (RuntimeException e) {
            if (idx != null) {
                try {
                    idx.close();
                } catch (RuntimeException ignored) {
                    // already damaged
                }
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            notices.add("the search index in " + dir + " was damaged (" + cause.getClass().getSimpleName() + ": "
                    + firstLine(cause.getMessage()) + "); it is rebuilt from the database");
            remove(dir);
            return open(dir);
        }
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String t = nl < 0 ? s : s.substring(0, nl);
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    /** Deletes an index directory and everything in it. */
    static void remove(Path dir) {
        if (!java.nio.file.Files.exists(dir)) return;
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the search index " + dir + ": " + e.getMessage(), e);
        }
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

    /** Where {@link #replaceInParallel} takes documents from: each one's id, and the work that makes its passages, to {@code sink}. */
    interface Feed {
        void each(java.util.function.BiConsumer<String, java.util.function.Supplier<List<io.finlens.search.Passage>>> sink)
                throws java.sql.SQLException;
    }

    /**
     * Replaces documents' passages (not yet committed) on one worker per core: making and tokenizing passages is the
     * cost, the feed only reads. At most eight documents per worker wait. Returns how many; a failure names {@code what}.
     */
    int replaceInParallel(String what, Feed feed) throws java.sql.SQLException {
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("finlens-index-", 0).daemon(true).factory());
        java.util.concurrent.Semaphore waiting = new java.util.concurrent.Semaphore(threads * 8);
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        try {
            feed.each((docId, passages) -> {
                waiting.acquireUninterruptibly();
                work.add(pool.submit(() -> {
                    try {
                        replace(docId, passages.get());
                    } finally {
                        waiting.release();
                    }
                }));
            });
            for (var f : work) f.get();
            return work.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StoreException(what + ": " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Commits the index (the batch's documents must have been {@link #add added}), naming every pending document. The
     * workers go on adding meanwhile: the pending ids are read once Lucene flushed what the commit holds, and a
     * document is pending before its passages are added, so the list names every document of the commit (and maybe
     * some added after the flush, which a repair then removes from nothing).
     */
    void commit() {
        index.commit(() -> Map.of(PENDING, String.join(",", new TreeSet<>(pending))));
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
