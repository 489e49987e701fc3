package io.finlens.store;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One ingest run: a bounded pool of analysis workers (one {@link Finlens} per worker thread) feeding one writer
 * thread that appends batches, each batch one transaction. The listener hears only of committed work.
 */
final class Ingest {
    private sealed interface Outcome permits Done, Skipped, Failed, End {
    }

    private record Done(Prepared prepared, boolean replace) implements Outcome {
    }

    private record Skipped(String name) implements Outcome {
    }

    /** A document not stored: the line says which and why. */
    private record Failed(String line) implements Outcome {
    }

    private record End() implements Outcome {
    }

    /** How long a partial batch may wait before it is written anyway. */
    private static final long MAX_BATCH_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(3000);

    private final Library library;
    private final IngestOptions options;
    private final BlockingQueue<Outcome> queue;
    private final ThreadLocal<Finlens> finlens = ThreadLocal.withInitial(Finlens::new);
    private final java.util.concurrent.atomic.LongAdder analyzeNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder prepareNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder indexAddNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder analyzeCpu = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder prepareCpu = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder indexAddCpu = new java.util.concurrent.atomic.LongAdder();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long indexNanos, databaseNanos, writerCpu;
    private final long started = System.nanoTime();

    Ingest(Library library, IngestOptions options) {
        this.library = library;
        this.options = options;
        // room for a whole batch: while the writer writes one, the workers fill the next instead of waiting for it
        this.queue = new ArrayBlockingQueue<>(Math.max(Math.max(64, options.threads() * 16), options.batchSize()));
    }

    IngestReport run(List<Path> files, List<String> problems) {
        Set<String> known = library.storedIds();
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        Writer writer = new Writer(files.size() + problems.size(), problems);
        Thread wt = Thread.ofPlatform().name("finlens-writer").start(() -> {
            try {
                writer.loop();
            } catch (Throwable t) {
                writerError.set(t);
                queue.clear();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), Thread.ofPlatform().name("finlens-analyze-", 0).daemon(true).factory());
        Semaphore inFlight = new Semaphore(options.threads() * 4);
        try {
            for (Path f : files) {
                if (writerError.get() != null) break;
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        put(analyze(f, known, claimed), writerError);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (writerError.get() != null) pool.shutdownNow();
            }
            put(new End(), writerError);
            wt.join();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
        Throwable t = writerError.get();
        if (t instanceof RuntimeException re) throw re;
        if (t != null) throw new IllegalStateException("the writer failed: " + t, t);
        return writer.report();
    }

    private void put(Outcome o, AtomicReference<Throwable> writerError) {
        try {
            while (!queue.offer(o, 200, TimeUnit.MILLISECONDS)) {
                if (writerError.get() != null) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads, checks and analyzes one file in a worker. What cannot be stored is a {@link Failed} with its reason:
     * unreadable, empty (also after reading), over {@link Admission#MAX_BYTES}, out of memory. A document waits for
     * its share of the memory budget first, so several large ones are not analyzed at once.
     */
    private Outcome analyze(Path f, Set<String> known, Set<String> claimed) {
        String name = f.toString();
        int permits = 0;
        long size = 0;
        try {
            if (!Files.isReadable(f)) return new Failed(name + ": not readable");
            size = Files.size(f);
            Admission.Refused refused = Admission.checkSize(name, size);
            if (refused != null) return new Failed(refused.message());
            if (size * HEAP_PER_BYTE / 1024 > MEMORY_BUDGET_KIB) {
                return new Failed(Admission.outOfMemory(name, size).message() + ": it would need about " + size * HEAP_PER_BYTE / (1 << 20)
                        + " MiB, more than this JVM's analysis budget of " + MEMORY_BUDGET_KIB / 1024 + " MiB");
            }
            permits = memoryPermits(size);
            memory.acquireUninterruptibly(permits);
            byte[] b = Files.readAllBytes(f);
            refused = Admission.checkSize(name, b.length); // the file may have changed since
            if (refused != null) return new Failed(refused.message());
            String id = Prepared.contentId(b);
            boolean stored = known.contains(id);
            if ((stored && !options.force()) || !claimed.add(id)) return new Skipped(name);
            long c0 = cpu();
            long t0 = System.nanoTime();
            Analysis a = finlens.get().analyze(name, b);
            long t1 = System.nanoTime();
            long c1 = cpu();
            refused = Admission.check(name, a);
            if (refused != null) {
                claimed.remove(id);
                return new Failed(refused.message());
            }
            Prepared p = Prepared.of(id, name, b.length, a, library.entities());
            long t2 = System.nanoTime();
            long c2 = cpu();
            library.index(p);
            analyzeNanos.add(t1 - t0);
            prepareNanos.add(t2 - t1);
            indexAddNanos.add(System.nanoTime() - t2);
            analyzeCpu.add(c1 - c0);
            prepareCpu.add(c2 - c1);
            indexAddCpu.add(cpu() - c2);
            return new Done(p, stored);
        } catch (IOException e) {
            return new Failed(name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (OutOfMemoryError e) {
            return new Failed(Admission.outOfMemory(name, size).message());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Failed(name + ": could not be analyzed: " + e);
        } finally {
            memory.release(permits);
        }
    }

    /**
     * The memory budget of analysis, in KiB: 60% of the heap. A document takes about {@link #HEAP_PER_BYTE} bytes of
     * heap per byte while it is analyzed (an estimate); one that would need more than the whole budget is refused
     * as out of memory before it is read, so it cannot take the JVM down with it.
     */
    private static final int MEMORY_BUDGET_KIB = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 1024 * 6 / 10);
    static final int HEAP_PER_BYTE = 40;
    private final Semaphore memory = new Semaphore(MEMORY_BUDGET_KIB);

    /** This thread's CPU time in nanoseconds (0 where the JVM does not measure it). */
    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static int memoryPermits(long bytes) {
        return (int) Math.max(1, Math.min(MEMORY_BUDGET_KIB, bytes * HEAP_PER_BYTE / 1024));
    }

    /** The writer thread: batches of prepared documents, one transaction each. */
    private final class Writer {
        private final int total;
        private final List<String> failures = new ArrayList<>();
        private int stored, skipped, failed, batches;
        private long facts;

        Writer(int total, List<String> problems) {
            this.total = total;
            failures.addAll(problems);
            failed = problems.size();
        }

        void loop() throws InterruptedException {
            List<Prepared> batch = new ArrayList<>(options.batchSize());
            List<String> replace = new ArrayList<>();
            long first = 0;
            while (true) {
                Outcome o = queue.poll(100, TimeUnit.MILLISECONDS);
                boolean end = o instanceof End;
                switch (o) {
                    case null -> { }
                    case Done d -> {
                        if (batch.isEmpty()) first = System.nanoTime();
                        batch.add(d.prepared());
                        if (d.replace()) replace.add(d.prepared().id());
                    }
                    case Skipped s -> skipped++;
                    case Failed fl -> {
                        failed++;
                        failures.add(fl.line());
                    }
                    case End e -> { }
                }
                boolean due = !batch.isEmpty() && (end || batch.size() >= options.batchSize() || System.nanoTime() - first > MAX_BATCH_WAIT_NANOS);
                if (due) {
                    long c0 = cpu();
                    long[] t = library.write(batch, replace);
                    writerCpu += cpu() - c0;
                    indexNanos += t[0];
                    databaseNanos += t[1];
                    batches++;
                    stored += batch.size();
                    for (Prepared p : batch) facts += p.facts().size();
                    batch = new ArrayList<>(options.batchSize());
                    replace = new ArrayList<>();
                    tell();
                } else if (o instanceof Skipped || o instanceof Failed) {
                    if ((skipped + failed) % 100 == 0) tell();
                }
                if (end) {
                    tell();
                    return;
                }
            }
        }

        private void tell() {
            options.listener().progress(new IngestListener.Progress(total, stored + skipped + failed, stored, skipped, failed, facts));
        }

        IngestReport report() {
            return new IngestReport(stored, skipped, failed, facts, batches, failures, new IngestReport.Timings(
                    (System.nanoTime() - started) / 1_000_000, analyzeNanos.sum() / 1_000_000, prepareNanos.sum() / 1_000_000,
                    indexAddNanos.sum() / 1_000_000, indexNanos / 1_000_000, databaseNanos / 1_000_000, analyzeCpu.sum() / 1_000_000,
                    prepareCpu.sum() / 1_000_000, indexAddCpu.sum() / 1_000_000, writerCpu / 1_000_000));
        }
    }
}
