package io.finlens.cli;

import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Throughput of {@code analyze} in process, against a baseline in the same run: a bare one-pass scan of
 * the same text (counting digits), so the ratio says how much the rules cost over reading the text.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure analyze throughput (chars/s) over the given texts repeated to --mb, against a bare scan.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "The texts to measure (not with --scaling, which makes its own).")
    List<Path> files;

    @Option(names = "--mb", defaultValue = "50", description = "Megabytes (of chars) to process per measurement. Default: ${DEFAULT-VALUE}")
    int mb;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after one warm-up (with --startup: rounds of child processes, medians reported; 5 or more recommended). Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--facts-only", description = "Measure the core alone: decode, normalize, quantities, facts (no transcript, no checks).")
    boolean factsOnly;

    @Option(names = "--startup", description = "Whole-process times instead: finlens --version, analyze of the first FILE and of all FILEs, each a child JVM started as bin/finlens starts it, against java -version and one warm thread in this process.")
    boolean startup;

    @Option(names = "--scaling", description = "Linear time instead: made-up inputs of several shapes (dense figures, long lines, repeated cues, numerals, deep HTML, a many-page PDF) at 1x, 10x and 100x --units, time per char and its ratio to 1x.")
    boolean scaling;

    @Option(names = "--units", defaultValue = "100", description = "With --scaling: the 1x size, in repeats of each shape's unit (about 20 chars; PDF pages). Default: ${DEFAULT-VALUE}")
    int units;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (mb < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--mb must be at least 1: " + mb);
        if (rounds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1: " + rounds);
        PrintWriter o = spec.commandLine().getOut();
        if (scaling) {
            if (units < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--units must be at least 1: " + units);
            if (files != null && !files.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--scaling makes its own inputs; no FILE: " + files.get(0));
            return new ScalingBench(o).run(units);
        }
        if (files == null || files.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "FILE: at least one text to measure (or --scaling)");
        List<String> texts = new ArrayList<>();
        long total = 0;
        for (Path f : files) {
            String t;
            try {
                t = io.finlens.text.TextDecoder.decode(Inputs.read(f)).text();
            } catch (IOException e) {
                spec.commandLine().getErr().println("finlens: " + e.getMessage());
                return 1;
            }
            texts.add(t);
            total += t.length();
        }
        if (startup) return new StartupBench(o).run(files, texts, rounds);
        long target = (long) mb * 1_000_000L;
        int reps = (int) Math.max(1, (target + total - 1) / total);
        long chars = total * reps;
        o.printf("bench: %d files, %,d chars each pass, %d passes = %,d chars per round%n", texts.size(), total, reps, chars);
        Finlens finlens = factsOnly ? Finlens.factsOnly() : new Finlens();
        long sink = 0;
        // wall time and the thread's CPU time: on a shared machine the CPU figure is the one that other work leaves alone
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < reps; k++) for (String t : texts) sink += scan(t);
            long t1 = System.nanoTime(), c1 = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < reps; k++) for (String t : texts) sink += finlens.analyze("bench", t).facts().size();
            long t2 = System.nanoTime(), c2 = cpu.getCurrentThreadCpuTime();
            double scan = chars / ((t1 - t0) / 1e9);
            double analyze = chars / ((t2 - t1) / 1e9);
            o.printf("%s round %d: analyze %,.0f chars/s   bare scan %,.0f chars/s   analyze/scan = %.4f   analyze per CPU-second %,.0f chars%n",
                    r == 0 ? "warm-up" : "       ", r, analyze, scan, analyze / scan, chars / (Math.max(1, c2 - c1) / 1e9));
            o.flush();
        }
        o.printf("(single thread; checksum %d)%n", sink);
        return 0;
    }

    /** The baseline: one pass over the text that looks at every char. */
    private static long scan(String t) {
        long digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') digits++;
        }
        return digits;
    }
}
