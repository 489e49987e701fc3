package io.finlens.cli;

import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process cost, what a person at the command line and a script over a folder feel: {@code finlens --version},
 * {@code finlens analyze} of the first file, and {@code finlens analyze} of all the files in one process, each run as a
 * child JVM with this JVM's own start-up cache options, against two baselines measured in the same run, interleaved
 * round by round: a bare {@code java -version} of the same JDK and one warm thread analyzing the same files in this
 * process. Medians of the rounds.
 */
final class StartupBench {
    private final PrintWriter out;
    private final String java;
    private final List<String> jvm;
    /** The options bin/finlens gives a short call (bin/jit-mode), handed on as properties; empty when run otherwise. */
    private final List<String> quick;
    private final long quickMax;

    StartupBench(PrintWriter out) {
        this.out = out;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> opts = new ArrayList<>();
        // the start-up cache this JVM runs with (the launcher's -XX:AOTCache or -XX:SharedArchiveFile), so the child
        // processes start the way bin/finlens starts them
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-XX:AOTCache=") || a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:")
                    || a.startsWith("-Dfile.encoding") || a.startsWith("-Xshare")) opts.add(a);
        }
        opts.add("-cp");
        opts.add(System.getProperty("java.class.path"));
        opts.add(Main.class.getName());
        this.jvm = List.copyOf(opts);
        String q = System.getProperty("finlens.quick.opts", "").strip();
        this.quick = q.isEmpty() ? List.of() : List.of(q.split("\\s+"));
        this.quickMax = Long.parseLong(System.getProperty("finlens.quick.max", "16000000"));
    }

    int run(List<Path> files, List<String> texts, int rounds) throws IOException {
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf("bench --startup: %d rounds; child JVMs: %s %s; short calls add: %s%n", rounds, java,
                String.join(" ", jvm.subList(0, jvm.size() - 3)), quick.isEmpty() ? "nothing" : String.join(" ", quick));
        String first = files.get(0).toString();
        long firstBytes = Files.size(files.get(0)), allBytes = 0;
        for (Path f : files) allBytes += Files.size(f);
        List<String> all = new ArrayList<>(List.of("analyze", "--format", "jsonl"));
        files.forEach(f -> all.add(f.toString()));
        double[] bare = new double[rounds], version = new double[rounds], one = new double[rounds], many = new double[rounds];
        double[] warm = new double[rounds];
        Finlens finlens = new Finlens();
        for (String t : texts) finlens.analyze("warm-up", t);
        for (int r = 0; r < rounds; r++) {
            bare[r] = time(List.of(java, "-version"));
            version[r] = time(child(List.of("--version"), 0));
            one[r] = time(child(List.of("analyze", "--format", "json", first), firstBytes));
            many[r] = time(child(all, allBytes));
            long t0 = System.nanoTime();
            for (String t : texts) finlens.analyze("bench", t);
            warm[r] = (System.nanoTime() - t0) / 1e9;
        }
        double b = median(bare), v = median(version), o = median(one), m = median(many), w = median(warm);
        out.printf("java -version (baseline)         %7.3f s%n", b);
        out.printf("finlens --version                %7.3f s   %5.1fx java -version%n", v, v / b);
        out.printf("finlens analyze %-16s %7.3f s   %5.1fx java -version%n", files.get(0).getFileName(), o, o / b);
        out.printf("finlens analyze of %d files      %7.3f s   %,.0f chars/s%n", files.size(), m, chars / m);
        out.printf("one warm thread in process       %7.3f s   %,.0f chars/s%n", w, chars / w);
        out.printf("whole process / one warm thread  %7.2fx (%d files, %,d chars, %d cores)%n", w / m, files.size(), chars,
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** A child JVM as bin/finlens starts it: with the quick compiler when its inputs are small (bin/jit-mode's rule). */
    private List<String> child(List<String> args, long inputBytes) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        if (inputBytes <= quickMax) cmd.addAll(quick);
        cmd.addAll(jvm);
        cmd.addAll(args);
        return cmd;
    }

    /** Seconds a child process takes from start to exit; its output is discarded, a failure stops the bench. */
    private static double time(List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", cmd));
        return s;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
