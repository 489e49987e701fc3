package io.finlens.spark;

import io.finlens.analysis.Finlens;
import io.finlens.store.Library;
import io.finlens.store.LoadReport;
import io.finlens.store.Prepared;
import io.finlens.store.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code finlens corpus bench}: the job's speed on a synthetic corpus ({@code store-bench}'s: samples with companies,
 * figures and years varied), in one JVM: the in-process loop on one core first (which also warms the JIT for what
 * follows), then the job at each master asked for, then the output's size and the time an embedded store takes to
 * load it. Prints a report; asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the Spark job: documents/s at local[1] and local[2] against the in-process loop on one core, "
                + "output size per 1k documents, and the time ingest --parquet takes to load it.")
final class CorpusBench implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SAMPLE", description = "Sample articles to vary (e.g. samples/*.txt).")
    List<Path> samples;

    @Option(names = "--docs", defaultValue = "20000", description = "Documents to generate. Default: ${DEFAULT-VALUE}")
    int docs;

    @Option(names = "--loop", defaultValue = "5000", description = "Documents the in-process loop analyzes (a prefix of the corpus). Default: ${DEFAULT-VALUE}")
    int loop;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "Masters to run the job on. Default: ${DEFAULT-VALUE}")
    List<String> masters;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and outputs go (kept). Default: a temporary folder, deleted after")
    Path work;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (docs < 1 || loop < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--docs and --loop must be >= 1");
        PrintWriter log = spec.commandLine().getOut();
        boolean temp = work == null;
        Path dir = temp ? Files.createTempDirectory("finlens-corpus-bench") : Files.createDirectories(work);
        try {
            run(dir, log);
        } finally {
            if (temp) delete(dir);
        }
        return 0;
    }

    private void run(Path dir, PrintWriter log) throws IOException {
        Path in = dir.resolve("corpus");
        if (!Files.isDirectory(in)) {
            say(log, "generating %d documents from %d samples into %s", docs, samples.size(), in);
            new SyntheticCorpus(SyntheticCorpus.read(samples), 400, 42).write(in, docs);
        }
        double[] loopRate = loop(in, Math.min(loop, docs), log);
        warmUp(dir, log);
        List<double[]> rates = new ArrayList<>();
        Path lastOut = null;
        for (String master : masters) {
            Path out = dir.resolve("out-" + master.replaceAll("[^A-Za-z0-9]", ""));
            delete(out);
            try (SparkSession spark = Corpus.session(master, false)) {
                long t0 = System.nanoTime();
                long cpu0 = cpuNanos();
                CorpusJob.Report r = new CorpusJob(spark, log).run(new CorpusJob.Settings(List.of(in.toString()), CorpusJob.InputKind.files,
                        out.toString(), CorpusJob.Mode.OVERWRITE, 0, null));
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                long n = r.documents() + r.issues();
                rates.add(new double[] {n / r.analyzeSeconds(), n / secs, n / cpu});
                say(log, "%s: %d documents in %.1f s = %.1f documents/s end to end (read, analyze, write); analysis step %.1f documents/s; "
                        + "%.1f s of process CPU = %.1f documents per CPU-second (load average now %.1f)", master, n, secs, n / secs,
                        n / r.analyzeSeconds(), cpu, n / cpu, load());
            }
            lastOut = out;
        }
        // the loop again, now that everything is compiled: the overhead is counted against the faster of the two
        double[] again = loop(in, Math.min(loop, docs), log);
        if (again[1] > loopRate[1]) loopRate = again;
        report(rates, loopRate, log);
        if (lastOut != null) sizeAndLoad(lastOut, dir.resolve("store"), log);
    }

    private void report(List<double[]> rates, double[] loopRate, PrintWriter log) {
        for (int i = 1; i < rates.size(); i++) {
            say(log, "scaling %s over %s: %.2fx end to end, %.2fx analysis step", masters.get(i), masters.getFirst(),
                    rates.get(i)[1] / rates.getFirst()[1], rates.get(i)[0] / rates.getFirst()[0]);
        }
        for (int i = 0; i < rates.size(); i++) {
            say(log, "overhead of the job at %s against the in-process loop: %.0f%% more CPU per document (%.1f vs %.1f documents per CPU-second); "
                    + "wall clock: %.1f documents/s vs %.1f", masters.get(i), 100 * (loopRate[1] / rates.get(i)[2] - 1), rates.get(i)[2], loopRate[1],
                    rates.get(i)[1], loopRate[0]);
        }
    }

    /** A job over 200 documents first, so that the measured runs find Spark's code compiled as the loop found finlens'. */
    private void warmUp(Path dir, PrintWriter log) throws IOException {
        Path warm = dir.resolve("warm-up");
        delete(warm);
        new SyntheticCorpus(SyntheticCorpus.read(samples), 400, 7).write(warm.resolve("in"), 200);
        try (SparkSession spark = Corpus.session(masters.getFirst(), false)) {
            new CorpusJob(spark, new PrintWriter(java.io.Writer.nullWriter())).run(new CorpusJob.Settings(List.of(warm.resolve("in").toString()),
                    CorpusJob.InputKind.files, warm.resolve("out").toString(), CorpusJob.Mode.OVERWRITE, 0, null));
        }
        say(log, "warm-up job: 200 documents on %s", masters.getFirst());
        delete(warm);
    }

    /**
     * The in-process loop: files read and analyzed into the store's rows as the job's tasks do, on one thread, then
     * (as a control: what this machine gives two threads now) on two threads sharing one Finlens. Returns the one
     * thread's documents per second of wall clock and per second of the process's CPU.
     */
    private double[] loop(Path in, int n, PrintWriter log) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(Files::isRegularFile).sorted().limit(n).toList();
        }
        Finlens finlens = new Finlens();
        for (int i = 0; i < Math.min(1000, files.size()); i++) Prepared.analyze(finlens, "warm", Files.readAllBytes(files.get(i)));
        double[] one = loop(finlens, files, 1);
        double[] two = loop(finlens, files, 2);
        say(log, "in-process loop: %d documents; one thread %.1f documents/s, %.1f documents per CPU-second; two threads sharing one Finlens "
                + "%.1f documents/s (%.2fx), %.1f per CPU-second (load average now %.1f)", files.size(), one[0], one[1], two[0], two[0] / one[0],
                two[1], load());
        return one;
    }

    private static double[] loop(Finlens finlens, List<Path> files, int threads) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                try {
                    Prepared.analyze(finlens, files.get(i).toString(), Files.readAllBytes(files.get(i)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) ts.add(Thread.ofPlatform().start(work));
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new double[] {files.size() / ((System.nanoTime() - t0) / 1e9), files.size() / ((cpuNanos() - cpu0) / 1e9)};
    }

    /** CPU time of this process, all threads (JIT and GC included): a rate that does not depend on what else the machine runs. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void sizeAndLoad(Path out, Path store, PrintWriter log) throws IOException {
        long bytes;
        try (Stream<Path> s = Files.walk(out)) {
            bytes = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).mapToLong(p -> p.toFile().length()).sum();
        }
        say(log, "output: %.1f MB of Parquet for %d documents = %.2f MB per 1k documents", bytes / 1e6, docs, bytes / 1e6 / docs * 1000);
        delete(store);
        long t0 = System.nanoTime();
        try (Library lib = Library.open(store)) {
            LoadReport r = lib.loadParquet(out);
            double secs = (System.nanoTime() - t0) / 1e9;
            say(log, "ingest --parquet: %d documents, %d facts, %d passages in %.1f s = %.0f documents/s: passages into the search index %.1f s, "
                    + "rows into the database %.1f s, opening the store, resolving entities again and sorting facts %.1f s (load average now %.1f)",
                    r.loaded(), r.facts(), r.passages(), secs, r.loaded() / secs, r.indexSeconds(), r.databaseSeconds(),
                    secs - r.indexSeconds() - r.databaseSeconds(), load());
        }
    }

    private static void say(PrintWriter log, String format, Object... args) {
        log.printf(Locale.ROOT, "bench: " + format + "%n", args);
        log.flush();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
