package io.finlens.cli;

import io.finlens.store.StoreBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "store-bench", mixinStandardHelpOptions = true,
        description = {"Measure the store on a synthetic corpus generated from sample articles (names, figures and years varied):",
                "ingest docs/s, size on disk per 1k documents, series and search latency p50/p99."})
final class StoreBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SAMPLE", description = "Sample articles to vary (e.g. samples/*.txt).")
    List<Path> samples;

    @Option(names = "--docs", defaultValue = "10000", description = "Documents to generate and ingest. Default: ${DEFAULT-VALUE}")
    int docs;

    @Option(names = "--companies", defaultValue = "400", description = "Invented companies to spread them over. Default: ${DEFAULT-VALUE}")
    int companies;

    @Option(names = "--threads", description = "Analysis workers. Default: the number of cores")
    Integer threads;

    @Option(names = "--queries", defaultValue = "1000", description = "Series and search queries to time. Default: ${DEFAULT-VALUE}")
    int queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to put the corpus and the store (kept). Default: a temporary folder, deleted after")
    Path work;

    @Option(names = "--store", paramLabel = "DIR", description = "Only time series and search on this existing store (e.g. WORK/data of an earlier run); no samples needed.")
    Path existing;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StoreOptions.quiet();
        if (existing != null) {
            StoreBench.queriesOnly(existing, companies, queries, spec.commandLine().getOut());
            return 0;
        }
        if (samples == null || samples.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "sample articles are needed (e.g. samples/*.txt)");
        boolean temp = work == null;
        Path dir = temp ? Files.createTempDirectory("finlens-store-bench") : Files.createDirectories(work);
        try {
            StoreBench.run(samples, docs, companies, threads == null ? Runtime.getRuntime().availableProcessors() : threads, queries, dir,
                    spec.commandLine().getOut());
        } finally {
            if (temp) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }
}
