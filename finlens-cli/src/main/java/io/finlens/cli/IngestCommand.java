package io.finlens.cli;

import io.finlens.store.IngestListener;
import io.finlens.store.IngestOptions;
import io.finlens.store.IngestReport;
import io.finlens.store.Library;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyze documents in parallel and keep their facts, checks, transcripts and paragraphs in the store.",
                "Content already stored is skipped (by content hash) unless --force; a killed run loses nothing it reported as stored, and a re-run completes it.",
                "With --parquet OUT: loads the datasets a `finlens corpus` (Spark) run wrote instead of analyzing files."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = {"Files (taken whatever their name), folders (walked for documents: .txt, .md, .html, .pdf, .docx...)",
            "or globs ('corpus/**/*.txt'). Hidden files and notes files (README, LICENSE, CHANGELOG, NOTES, TODO, and Markdown named in capitals:",
            "NOTES.md, REVIEW-en.md) are passed over in folders and globs."})
    List<String> paths;

    @Option(names = "--include", paramLabel = "GLOB", description = "Take only files matching a glob (their path under the folder, or their name), e.g. '*-zh.txt'; repeatable (notes files still need --include-notes).")
    List<String> include = new java.util.ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Pass over files matching a glob, e.g. 'drafts/**' or '*.gold.json'; repeatable.")
    List<String> exclude = new java.util.ArrayList<>();

    @Option(names = "--include-notes", description = "Take notes files (README.md, NOTES.md, ...) in folders and globs too.")
    boolean includeNotes;

    @Option(names = "--parquet", paramLabel = "OUT", description = "Load the Parquet datasets under OUT that `finlens corpus` wrote (no PATH then).")
    java.nio.file.Path parquet;

    @Mixin
    StoreOptions store;

    @Option(names = "--force", description = "Analyze and store again documents already stored.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis workers. Default: the number of cores")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500", description = "Documents per transaction. Default: ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr (default: only when a console is attached).")
    Boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean files = paths != null && !paths.isEmpty();
        if (files == (parquet != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), files ? "give either PATHs or --parquet OUT, not both"
                    : "nothing to ingest: give files, folders or globs, or --parquet OUT");
        }
        if (parquet != null) return loadParquet();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bar = progress != null ? progress : Term.terminal();
        long t0 = System.nanoTime();
        IngestListener listener = bar ? new Bar(err, t0) : IngestListener.NONE;
        IngestOptions opt = IngestOptions.defaults().withForce(force).withBatchSize(batch).withListener(listener)
                .withSelection(new io.finlens.store.Selection(include, exclude, includeNotes));
        if (threads != null) opt = opt.withThreads(threads);
        IngestReport r;
        try (Library lib = store.openForWriting(spec.commandLine(), true)) {
            r = lib.ingest(paths, opt);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (bar) err.print("\r\033[K");
        for (String f : r.failures()) err.println("finlens: " + f);
        err.flush();
        switch (store.format) {
            case json -> out.printf(Locale.ROOT, "{\"stored\": %d, \"skipped\": %d, \"failed\": %d, \"facts\": %d, \"batches\": %d, \"seconds\": %.3f, "
                    + "\"millis\": {\"analyze\": %d, \"prepare\": %d, \"index_add\": %d, \"index_commit\": %d, \"database\": %d}, \"data\": %s, "
                    + "\"failures\": [%s]}%n",
                    r.stored(), r.skipped(), r.failed(), r.facts(), r.batches(), secs, r.timings().analyze(), r.timings().prepare(),
                    r.timings().indexAdd(), r.timings().indexCommit(), r.timings().database(), quote(store.dir().toString()),
                    String.join(", ", r.failures().stream().map(IngestCommand::quote).toList()));
            case csv -> out.printf(Locale.ROOT, "stored,skipped,failed,facts,batches,seconds%n%d,%d,%d,%d,%d,%.3f%n",
                    r.stored(), r.skipped(), r.failed(), r.facts(), r.batches(), secs);
            case table -> out.printf(Locale.ROOT, "stored %d, skipped %d, failed %d: %d facts in %.1f s (%.1f docs/s) into %s%n",
                    r.stored(), r.skipped(), r.failed(), r.facts(), secs, r.stored() / Math.max(secs, 1e-9), store.dir());
        }
        out.flush();
        return r.failed() == 0 ? 0 : 1;
    }

    private int loadParquet() {
        PrintWriter out = spec.commandLine().getOut();
        io.finlens.store.LoadReport r;
        try (Library lib = store.openForWriting(spec.commandLine(), true)) {
            r = lib.loadParquet(parquet);
        }
        switch (store.format) {
            case json -> out.printf(Locale.ROOT, "{\"stored\": %d, \"skipped\": %d, \"facts\": %d, \"passages\": %d, \"issues\": %d, \"seconds\": %.3f, \"data\": %s}%n",
                    r.loaded(), r.skipped(), r.facts(), r.passages(), r.issues(), r.seconds(), quote(store.dir().toString()));
            case csv -> out.printf(Locale.ROOT, "stored,skipped,facts,passages,issues,seconds%n%d,%d,%d,%d,%d,%.3f%n",
                    r.loaded(), r.skipped(), r.facts(), r.passages(), r.issues(), r.seconds());
            case table -> out.printf(Locale.ROOT, "stored %d, skipped %d (already stored): %d facts, %d passages in %.1f s (%.0f docs/s) into %s%s%n",
                    r.loaded(), r.skipped(), r.facts(), r.passages(), r.seconds(), r.loaded() / Math.max(r.seconds(), 1e-9), store.dir(),
                    r.issues() == 0 ? "" : "; " + r.issues() + " documents the job could not analyze are listed in " + parquet.resolve("issues"));
        }
        out.flush();
        return 0;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** The progress bar: documents, facts, rate, ETA, redrawn in place on stderr. */
    static final class Bar implements IngestListener {
        private final PrintWriter err;
        private final long t0;

        Bar(PrintWriter err, long t0) {
            this.err = err;
            this.t0 = t0;
        }

        @Override
        public void progress(Progress p) {
            double secs = Math.max((System.nanoTime() - t0) / 1e9, 1e-3);
            double rate = p.done() / secs;
            int width = 30;
            int filled = p.total() == 0 ? width : (int) ((long) width * p.done() / p.total());
            String eta = rate > 0 && p.total() > p.done() ? duration((p.total() - p.done()) / rate) : "-";
            err.printf(Locale.ROOT, "\r\033[K[%s%s] %d/%d docs  %d facts  %.1f docs/s  ETA %s", "#".repeat(filled), ".".repeat(width - filled),
                    p.done(), p.total(), p.facts(), rate, eta);
            err.flush();
        }

        static String duration(double s) {
            long n = Math.round(s);
            return n >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", n / 3600, n / 60 % 60)
                    : n >= 60 ? String.format(Locale.ROOT, "%dm%02ds", n / 60, n % 60) : n + "s";
        }
    }
}
