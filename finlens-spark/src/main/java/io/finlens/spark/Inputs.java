package io.finlens.spark;

import io.finlens.store.Prepared;
import io.finlens.store.Sources;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's input as {@code (id, name, bytes)} rows, {@code id} the content hash the store uses. Either documents in
 * files (folders walked as {@code ingest} walks them, globs as Hadoop reads them; read as bytes, so PDF and DOCX
 * work), or a Parquet or JSON table with a {@code name} (or {@code id}) column and a {@code bytes} or {@code text}
 * column.
 */
final class Inputs {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false).add("name", DataTypes.StringType, false).add("bytes", DataTypes.BinaryType, false);

    private Inputs() {
    }

    static Dataset<Row> read(SparkSession spark, CorpusJob.InputKind kind, List<String> paths) {
        if (paths.isEmpty()) throw new IllegalArgumentException("no input given");
        String[] p = paths.toArray(String[]::new);
        return switch (kind) {
            case files -> files(spark, p);
            case parquet -> table(spark.read().parquet(p));
            case json -> table(spark.read().json(p));
        };
    }

    private static Dataset<Row> files(SparkSession spark, String[] paths) {
        Dataset<Row> raw = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths)
                .select("path", "content");
        return raw.filter((FilterFunction<Row>) r -> Sources.wanted(fileName(r.getString(0))))
                .map((MapFunction<Row, Row>) r -> row(name(r.getString(0)), (byte[]) r.get(1)), Encoders.row(SCHEMA));
    }

    /** A table's rows: the name (else the id), and the bytes (base64 in JSON, which has no bytes) or else the text as UTF-8. */
    private static Dataset<Row> table(Dataset<Row> t) {
        List<String> cols = Arrays.stream(t.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toList();
        String nameCol = cols.contains("name") ? "name" : cols.contains("id") ? "id" : null;
        if (nameCol == null || !(cols.contains("bytes") || cols.contains("text"))) {
            throw new IllegalArgumentException("an input table needs a name (or id) column and a bytes or text column; it has " + cols);
        }
        boolean base64 = Arrays.stream(t.schema().fields()).anyMatch(f -> f.name().equalsIgnoreCase("bytes")
                && !(f.dataType() instanceof org.apache.spark.sql.types.BinaryType));
        Dataset<Row> three = t.select(org.apache.spark.sql.functions.col(nameCol),
                cols.contains("bytes") ? org.apache.spark.sql.functions.col("bytes") : org.apache.spark.sql.functions.lit(null).as("bytes"),
                cols.contains("text") ? org.apache.spark.sql.functions.col("text") : org.apache.spark.sql.functions.lit(null).cast("string").as("text"));
        return three.map((MapFunction<Row, Row>) r -> {
            String name = r.isNullAt(0) ? "" : r.get(0).toString();
            byte[] b = !r.isNullAt(1) ? (base64 ? java.util.Base64.getDecoder().decode(r.get(1).toString()) : (byte[]) r.get(1))
                    : !r.isNullAt(2) ? r.getString(2).getBytes(StandardCharsets.UTF_8) : new byte[0];
            return row(name, b);
        }, Encoders.row(SCHEMA));
    }

    private static Row row(String name, byte[] bytes) {
        return RowFactory.create(Prepared.contentId(bytes), name, bytes);
    }

    /** A local file's path as the store would name it ({@code /data/a.txt}); other file systems keep their URI. */
    static String name(String uri) {
        if (!uri.startsWith("file:")) return uri;
        try {
            return URI.create(uri).getPath();
        } catch (IllegalArgumentException e) {
            return uri.substring("file:".length());
        }
    }

    private static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
