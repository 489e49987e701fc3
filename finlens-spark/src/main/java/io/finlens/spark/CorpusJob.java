package io.finlens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus job: documents in, Parquet datasets out ({@link Datasets}). Each document is read once, given its content
 * hash, sent to the partition its hash picks (so one content is analyzed once however many names it has), analyzed
 * there by the executor's one {@code Finlens}, and the results kept (memory, then disk) while each dataset is written.
 * With {@link Mode#APPEND_NEW} content the output already holds (as a document or an issue) is left out before
 * analysis, so a re-run over the same input adds nothing.
 */
public final class CorpusJob {
    /** How the input is given: documents in files, or a table of them. */
    public enum InputKind { files, parquet, json }

    /** What to do with an output that already holds datasets. */
    public enum Mode {
        /** replace every dataset with this run's */
        OVERWRITE,
        /** add the documents the output does not hold yet (by content hash); a re-run adds nothing */
        APPEND_NEW;

        /** The option's spelling: overwrite, append-new. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One run's settings.
     *
     * @param inputs     folders, files or globs, or tables (Parquet, JSON) of documents
     * @param inputKind  how the inputs are given
     * @param output     the folder (any Hadoop file system) the datasets go under
     * @param mode       overwrite or append-new
     * @param partitions how many partitions documents are analyzed in (0: four per core of the cluster)
     * @param opensearch where to index passages as well, or null
     */
    public record Settings(List<String> inputs, InputKind inputKind, String output, Mode mode, int partitions,
                           OpenSearchSink.Target opensearch) {
        public Settings {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) throw new IllegalArgumentException("no input: name folders, files, globs or tables");
            for (String i : inputs) if (i == null || i.isBlank()) throw new IllegalArgumentException("blank input path");
            Objects.requireNonNull(inputKind, "inputKind");
            Objects.requireNonNull(mode, "mode");
            if (output == null || output.isBlank()) throw new IllegalArgumentException("blank output folder");
            if (partitions < 0) throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
        }
    }

    /** What a run did: documents analyzed, refused or failed (issues), rows written, passages sent to OpenSearch, seconds per step. */
    public record Report(long documents, long issues, long facts, long passages, int partitions, double analyzeSeconds,
                         double writeSeconds, long indexed) {
    }

    private final SparkSession spark;
    private final PrintWriter log;

    public CorpusJob(SparkSession spark, PrintWriter log) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.log = Objects.requireNonNull(log, "log");
    }

    public Report run(Settings s) {
        int partitions = s.partitions() > 0 ? s.partitions() : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> input = Inputs.read(spark, s.inputKind(), s.inputs());
        if (s.mode() == Mode.APPEND_NEW) {
            Dataset<Row> known = known(s.output());
            if (known != null) input = input.join(known, input.col("id").equalTo(known.col("known_id")), "left_anti");
        }
        Dataset<Row> analyzed = input.repartition(partitions, col("id")).sortWithinPartitions("id", "name")
                .mapPartitions(new Analyzer(), Encoders.row(Datasets.ANALYZED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long t0 = System.nanoTime();
            spark.sparkContext().setJobDescription("finlens: read and analyze");
            Row c = counts(analyzed);
            double analyzeSecs = (System.nanoTime() - t0) / 1e9;
            long docs = c.getLong(0), issues = c.getLong(1);
            say("analyze: %d documents, %d issues, %d facts, %d passages in %.1f s (%.1f documents/s, %d partitions)",
                    docs, issues, c.getLong(2), c.getLong(3), analyzeSecs, (docs + issues) / Math.max(analyzeSecs, 1e-9), partitions);
            long t1 = System.nanoTime();
            long indexed = 0;
            if (docs + issues == 0 && s.mode() == Mode.APPEND_NEW) {
                say("write: nothing new for %s", s.output());
            } else {
                for (String name : Datasets.NAMES) write(analyzed, name, s);
                if (s.opensearch() != null) indexed = index(analyzed, s.opensearch());
            }
            return new Report(docs, issues, c.getLong(2), c.getLong(3), partitions, analyzeSecs, (System.nanoTime() - t1) / 1e9, indexed);
        } finally {
            analyzed.unpersist();
            spark.sparkContext().setJobDescription(null);
        }
    }

    /** Documents, issues, facts and passages of the analyzed rows (computing, and caching, them). */
    private static Row counts(Dataset<Row> analyzed) {
        Row r = analyzed.agg(sum(col("document").isNotNull().cast("long")), sum(col("issue").isNotNull().cast("long")),
                sum(size(col("facts")).cast("long")), sum(size(col("passages")).cast("long"))).first();
        long[] v = new long[4];
        for (int i = 0; i < 4; i++) v[i] = r.isNullAt(i) ? 0 : r.getLong(i);
        return org.apache.spark.sql.RowFactory.create(v[0], v[1], v[2], v[3]);
    }

    /** Content ids the output holds (documents and issues), or null when it holds none. */
    private Dataset<Row> known(String output) {
        List<Dataset<Row>> parts = new ArrayList<>();
        for (String name : List.of("documents", "issues")) {
            String dir = output + "/" + name;
            if (!exists(dir)) continue;
            parts.add(spark.read().schema(Datasets.schema(name)).parquet(dir).select(col("id").as("known_id")));
        }
        if (parts.isEmpty()) return null;
        Dataset<Row> all = parts.getFirst();
        for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
        return all.distinct();
    }

    private void write(Dataset<Row> analyzed, String name, Settings s) {
        long t0 = System.nanoTime();
        spark.sparkContext().setJobDescription("finlens: write " + name);
        Dataset<Row> rows = rows(analyzed, name);
        List<String> by = Datasets.partitionedBy(name);
        List<Column> order = new ArrayList<>();
        for (String c : by) order.add(col(c));
        for (String c : Datasets.sortedBy(name)) order.add(col(c));
        rows.sortWithinPartitions(order.toArray(Column[]::new)).write()
                .mode(s.mode() == Mode.OVERWRITE ? SaveMode.Overwrite : SaveMode.Append)
                .partitionBy(by.toArray(String[]::new)).parquet(s.output() + "/" + name);
        say("write %s: %.1f s", name, (System.nanoTime() - t0) / 1e9);
    }

    private long index(Dataset<Row> analyzed, OpenSearchSink.Target t) {
        long t0 = System.nanoTime();
        spark.sparkContext().setJobDescription("finlens: index passages in OpenSearch");
        long n = OpenSearchSink.index(rows(analyzed, "passages"), t);
        say("index %d passages into %s/%s: %.1f s", n, t.url(), t.index(), (System.nanoTime() - t0) / 1e9);
        return n;
    }

    /** One dataset's rows out of the analyzed rows. */
    static Dataset<Row> rows(Dataset<Row> analyzed, String name) {
        return switch (name) {
            case "documents" -> analyzed.filter(col("document").isNotNull()).select("document.*");
            case "issues" -> analyzed.filter(col("issue").isNotNull()).select("issue.*");
            default -> analyzed.select(explode(col(name)).as("r")).select("r.*");
        };
    }

    private boolean exists(String dir) {
        try {
            Path p = new Path(dir);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot look at " + dir + ": " + e.getMessage(), e);
        }
    }

    private void say(String format, Object... args) {
        log.printf(Locale.ROOT, "corpus: " + format + "%n", args);
        log.flush();
    }
}
