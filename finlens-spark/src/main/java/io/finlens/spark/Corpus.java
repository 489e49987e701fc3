package io.finlens.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code finlens corpus IN... OUT}: the Spark job's command line, the same under {@code spark-submit --class
 * io.finlens.spark.Corpus finlens-spark.jar IN OUT} on a cluster and under {@code bin/finlens corpus --master
 * 'local[*]' IN OUT} on one machine (bound to 127.0.0.1, no web UI unless asked).
 */
@Command(name = "finlens corpus", mixinStandardHelpOptions = true, versionProvider = Corpus.Version.class, subcommands = CorpusBench.class,
        description = {"Analyze a corpus on Spark into Parquet datasets (documents, facts, checks, turns, entity_aliases,"
                + " passages, issues) under OUT, with the embedded store's columns; `finlens ingest --parquet OUT` loads them into a store.",
                "Documents that cannot be analyzed become rows of `issues`, never a failed job."})
public final class Corpus implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "IN... OUT: folders, files or globs of documents (or tables with --input), then the output folder (any Hadoop file system).")
    List<String> paths;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. 'local[2]'. Default: the one spark-submit gives, else local[*]")
    String master;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "append-new", converter = ModeConverter.class,
            description = "append-new (add content OUT does not hold; a re-run adds nothing) or overwrite. Default: ${DEFAULT-VALUE}")
    CorpusJob.Mode mode;

    @Option(names = "--input", paramLabel = "KIND", defaultValue = "files",
            description = "files (read as bytes: text, Markdown, HTML, PDF, DOCX), parquet or json (a table of name and bytes or text). Default: ${DEFAULT-VALUE}")
    CorpusJob.InputKind input;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions documents are analyzed in. Default: four per core of the cluster")
    int partitions;

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "Also index the new passages into OpenSearch at URL (http://127.0.0.1:9200) through its bulk API.")
    String opensearch;

    @Option(names = "--index", paramLabel = "NAME", defaultValue = "finlens-passages",
            description = "The OpenSearch index (created with finlens' mapping when absent). Default: ${DEFAULT-VALUE}")
    String index;

    @Option(names = "--ui", description = "Keep Spark's web UI on (local mode: off unless asked).")
    boolean ui;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (paths == null || paths.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name the input (folders, files, globs or tables) and then the output folder: IN... OUT");
        }
        if (partitions < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be >= 0: " + partitions);
        PrintWriter out = spec.commandLine().getOut();
        OpenSearchSink.Target target;
        try {
            target = opensearch == null ? null : new OpenSearchSink.Target(opensearch, index);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (String in : paths.subList(0, paths.size() - 1)) {
            boolean local = !in.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && in.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0);
            if (local && !java.nio.file.Files.exists(java.nio.file.Path.of(in))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + in);
            }
        }
        CorpusJob.Settings settings = new CorpusJob.Settings(paths.subList(0, paths.size() - 1), input, paths.getLast(), mode,
                partitions, target);
        long t0 = System.nanoTime();
        try (SparkSession spark = session(master, ui)) {
            spark.sparkContext().addSparkListener(new Progress(spec.commandLine().getErr()));
            CorpusJob.Report r = new CorpusJob(spark, spec.commandLine().getErr()).run(settings);
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "%d documents, %d issues, %d facts, %d passages in %.1f s (analysis %.1f s, writing %.1f s) into %s%s%n",
                    r.documents(), r.issues(), r.facts(), r.passages(), secs, r.analyzeSeconds(), r.writeSeconds(), settings.output(),
                    target == null ? "" : "; " + r.indexed() + " passages indexed into " + target.url() + "/" + target.index());
            out.flush();
        }
        return 0;
    }

    /**
     * The session: the master given, else the one spark-submit set, else {@code local[*]}. A local master is bound to
     * 127.0.0.1 and runs without the web UI unless {@code ui}. Dates are handed over as {@link java.time.LocalDate}.
     */
    public static SparkSession session(String master, boolean ui) {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("finlens corpus").master(m)
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.debug.maxToStringFields", "200");
        if (m.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", ui);
        }
        return b.getOrCreate();
    }

    public static void main(String[] args) {
        Logs.quiet();
        System.exit(run(args));
    }

    /** Runs the command line; returns the exit code: 0 done, 2 a usage error or a failed run (one line on stderr). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Corpus()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            String msg = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage().strip().split("\n", 2)[0];
            c.getErr().println("finlens corpus: " + msg);
            if ("1".equals(System.getenv("FINLENS_DEBUG"))) e.printStackTrace(c.getErr());
            c.getErr().flush();
            return 2;
        });
        return cl.execute(args);
    }

    /** The job's version line: finlens' and Spark's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Corpus.class.getPackage().getImplementationVersion();
            return new String[] {"finlens corpus " + (v == null ? "(development build)" : v) + " on Spark "
                    + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }

    /** overwrite or append-new. */
    static final class ModeConverter implements CommandLine.ITypeConverter<CorpusJob.Mode> {
        @Override
        public CorpusJob.Mode convert(String value) {
            for (CorpusJob.Mode m : CorpusJob.Mode.values()) if (m.code().equals(value)) return m;
            throw new CommandLine.TypeConversionException("expected overwrite or append-new: " + value);
        }
    }
}
