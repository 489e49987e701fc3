package io.finlens.store;

import io.finlens.search.SearchQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures the store on a synthetic corpus: ingest documents/s (files on disk, the real ingest path), the store's size
 * per 1,000 documents (database and index), series query latency and search latency (p50/p99), and where ingest time
 * goes (analysis vs writing). Prints a report; asserts nothing.
 */
public final class StoreBench {
    public record Result(int docs, double ingestSeconds, double docsPerSecond, long facts, long passages, long dbBytes,
                         long indexBytes, double[] seriesMillis, double[] searchMillis, double analyzeOnlyDocsPerSecond) {
    }

    private StoreBench() {
    }

    public static Result run(List<Path> sampleFiles, int docs, int companies, int threads, int queries, Path work, PrintWriter log)
            throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.read(sampleFiles), companies, 42);
        Path in = work.resolve("corpus");
        Path data = work.resolve("data");
        log.printf(Locale.ROOT, "generating %d documents from %d samples into %s%n", docs, sampleFiles.size(), in);
        log.flush();
        corpus.write(in, docs);
        // analysis alone, single thread, on a slice: to say where the time goes
        int slice = Math.min(docs, 500);
        io.finlens.analysis.Finlens f = new io.finlens.analysis.Finlens();
        for (int i = 0; i < Math.min(50, slice); i++) f.analyze("warm", corpus.document(i));
        long a0 = System.nanoTime();
        for (int i = 0; i < slice; i++) f.analyze("x", corpus.document(i));
        double analyzeOnly = slice / ((System.nanoTime() - a0) / 1e9);
        log.printf(Locale.ROOT, "analysis alone: %.0f docs/s on one thread%n", analyzeOnly);
        log.flush();
        Result r;
        try (Library lib = Library.open(data)) {
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            int[] last = {0};
            IngestReport rep = lib.ingest(List.of(in.toString()), IngestOptions.defaults().withThreads(threads).withListener(p -> {
                if (p.stored() / 2000 != last[0]) {
                    last[0] = p.stored() / 2000;
                    log.printf(Locale.ROOT, "  %d/%d stored, %.0f docs/s%n", p.stored(), p.total(), p.stored() / ((System.nanoTime() - t0) / 1e9));
                    log.flush();
                }
            }));
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            log.printf(Locale.ROOT, "ingest CPU: %.1f s of process CPU for %d documents = %.0f documents per CPU-second (load average now %.1f on %d cores)%n",
                    cpu, rep.stored(), rep.stored() / Math.max(cpu, 1e-9), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            IngestReport.Timings t = rep.timings();
            log.printf(Locale.ROOT, "ingest time: wall %.1f s; workers: analysis %.1f s, rows+passages %.1f s, index add %.1f s; writer: index commits %.1f s, database %.1f s%n",
                    t.wall() / 1e3, t.analyze() / 1e3, t.prepare() / 1e3, t.indexAdd() / 1e3, t.indexCommit() / 1e3, t.database() / 1e3);
            log.printf(Locale.ROOT, "ingest thread CPU: workers: analysis %.1f s, rows+passages %.1f s, index add %.1f s; writer %.1f s (the rest of the process CPU: JIT, GC, Lucene merges, DuckDB's threads)%n",
                    t.analyzeCpu() / 1e3, t.prepareCpu() / 1e3, t.indexAddCpu() / 1e3, t.writerCpu() / 1e3);
            long passages = lib.searchIndex().count();
            double[][] lat = queries(lib, companies, queries);
            double[] series = lat[0];
            double[] search = lat[1];
            r = new Result(rep.stored(), secs, rep.stored() / secs, rep.facts(), passages, Files.size(data.resolve(Library.DATABASE)),
                    size(data.resolve("index")), series, search, analyzeOnly);
        }
        report(r, threads, log);
        return r;
    }

    /** CPU time of this process (all threads), for a rate that does not depend on what else the machine runs. */
    static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Times {@code queries} series and searches (after 20 unmeasured ones); returns {series ms, search ms}. */
    static double[][] queries(Library lib, int companies, int queries) {
        Random rnd = new Random(7);
        double[] series = new double[queries];
        for (int i = 0; i < queries + 20; i++) {
            String e = SyntheticCorpus.zhName(rnd.nextInt(companies));
            long q0 = System.nanoTime();
            lib.series(SeriesQuery.of(e, "revenue"));
            if (i >= 20) series[i - 20] = (System.nanoTime() - q0) / 1e6;
        }
        String[] words = {"营收", "人工智能算力", "广告 收入", "资本开支", "revenue", "freight volume", "毛利率", "\"经营利润\"", "guidance", "现金流"};
        double[] search = new double[queries];
        for (int i = 0; i < queries + 20; i++) {
            SearchQuery q = SearchQuery.of(words[rnd.nextInt(words.length)]);
            if (i % 2 == 1) q = q.withEntity(lib.entityId(SyntheticCorpus.zhName(rnd.nextInt(companies))));
            long q0 = System.nanoTime();
            lib.search(q);
            if (i >= 20) search[i - 20] = (System.nanoTime() - q0) / 1e6;
        }
        return new double[][] {series, search};
    }

    /** Times series and search on an existing store (compacting it first when due), without ingesting. */
    public static void queriesOnly(Path data, int companies, int queries, PrintWriter log) {
        try (Library lib = Library.open(data)) {
            long t0 = System.nanoTime();
            boolean compacted = lib.compact(false);
            log.printf(Locale.ROOT, "store %s: %d documents, %d facts; compaction %s%n", data, lib.counts()[0], lib.counts()[1],
                    compacted ? String.format(Locale.ROOT, "took %.1f s", (System.nanoTime() - t0) / 1e9) : "not due");
            double[][] lat = queries(lib, companies, queries);
            log.printf(Locale.ROOT, "series (entity, revenue): p50 %.2f ms, p99 %.2f ms over %d queries%n", pct(lat[0], 0.5), pct(lat[0], 0.99), lat[0].length);
            log.printf(Locale.ROOT, "search: p50 %.2f ms, p99 %.2f ms over %d queries (%d passages)%n", pct(lat[1], 0.5), pct(lat[1], 0.99), lat[1].length, lib.searchIndex().count());
            log.flush();
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double pct(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
    }

    static void report(Result r, int threads, PrintWriter log) {
        log.printf(Locale.ROOT, "ingest: %d documents, %d facts, %d passages in %.1f s = %.0f docs/s (%d analysis threads; analysis alone %.0f docs/s/thread)%n",
                r.docs(), r.facts(), r.passages(), r.ingestSeconds(), r.docsPerSecond(), threads, r.analyzeOnlyDocsPerSecond());
        log.printf(Locale.ROOT, "size: database %.1f MB, index %.1f MB; per 1k documents %.2f MB + %.2f MB%n",
                r.dbBytes() / 1e6, r.indexBytes() / 1e6, r.dbBytes() / 1e6 / Math.max(r.docs(), 1) * 1000, r.indexBytes() / 1e6 / Math.max(r.docs(), 1) * 1000);
        log.printf(Locale.ROOT, "series (entity, revenue): p50 %.2f ms, p99 %.2f ms over %d queries%n", pct(r.seriesMillis(), 0.5), pct(r.seriesMillis(), 0.99), r.seriesMillis().length);
        log.printf(Locale.ROOT, "search: p50 %.2f ms, p99 %.2f ms over %d queries (%d passages)%n", pct(r.searchMillis(), 0.5), pct(r.searchMillis(), 0.99), r.searchMillis().length, r.passages());
        log.printf(Locale.ROOT, "projection: 1M documents at this rate take %.0f min%n", 1e6 / r.docsPerSecond() / 60);
        log.flush();
    }
}
