package io.finlens.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The datasets the job writes under its output folder, with the columns and types of the embedded store's tables
 * ({@code finlens-store/.../migrations/V*.sql}): values are {@code decimal(38,10)} in base units, dates are dates,
 * offsets are code points. Two differences: the store's order of storing ({@code seq}, {@code doc_seq}) is given by
 * the store that loads the rows, and each dataset carries the columns it is partitioned by.
 */
public final class Datasets {
    /** Store's tables as datasets, then the job's own: passages (the store keeps them in its search index) and issues. */
    public static final List<String> NAMES = List.of("documents", "facts", "checks", "turns", "entity_aliases", "passages", "issues");

    private static final DataType DEC = DataTypes.createDecimalType(38, 10);
    private static final DataType TEXT = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType DATE = DataTypes.DateType;
    private static final DataType WORDS = DataTypes.createArrayType(DataTypes.StringType, false);

    /** One document: the {@code documents} table's columns (without {@code seq}) and {@code year}, its period's year (0: none). */
    public static final StructType DOCUMENTS = struct(
            f("id", TEXT, false), f("name", TEXT, false), f("language", TEXT, false), f("charset", TEXT, true),
            f("title", TEXT, true), f("entity", TEXT, true), f("entity_id", TEXT, true), f("period", TEXT, true),
            f("period_end", DATE, true), f("chars", INT, false), f("bytes", INT, false), f("fact_count", INT, false),
            f("check_count", INT, false), f("exchange_count", INT, false), f("text", TEXT, false),
            f("contract", DataTypes.BinaryType, false), f("year", INT, false));

    /** The {@code facts} table (without {@code doc_seq}), then the document's {@code language} and the fact period's {@code year}. */
    public static final StructType FACTS = struct(
            f("doc_id", TEXT, false), f("fact_id", TEXT, false), f("entity", TEXT, true), f("entity_id", TEXT, true),
            f("metric", TEXT, false), f("segment", TEXT, true), f("basis", TEXT, true), f("period", TEXT, false),
            f("period_kind", TEXT, false), f("period_end", DATE, false), f("value", DEC, true), f("tolerance", DEC, true),
            f("unit", TEXT, false), f("qualifier", TEXT, true), f("range_low", DEC, true), f("range_high", DEC, true),
            f("guidance", DataTypes.BooleanType, false), f("yoy", DEC, true), f("yoy_points", DEC, true), f("qoq", DEC, true),
            f("changes", TEXT, false), f("evidence_count", INT, false), f("evidence_start", INT, false),
            f("evidence_end", INT, false), f("evidence_text", TEXT, false), f("rules", TEXT, false),
            f("doc_name", TEXT, true), f("doc_period", TEXT, true), f("doc_period_end", DATE, true),
            f("language", TEXT, false), f("year", INT, false));

    /** The {@code checks} table, then the document's {@code language}. */
    public static final StructType CHECKS = struct(
            f("doc_id", TEXT, false), f("idx", INT, false), f("rule", TEXT, false), f("status", TEXT, false),
            f("fact_ids", TEXT, false), f("expected", DEC, true), f("actual", DEC, true), f("message", TEXT, false),
            f("language", TEXT, false));

    /** The {@code turns} table (offsets in code points), then the document's {@code language}. */
    public static final StructType TURNS = struct(
            f("doc_id", TEXT, false), f("exchange_idx", INT, false), f("turn_idx", INT, false), f("analyst", TEXT, true),
            f("firm", TEXT, true), f("speaker", TEXT, false), f("role", TEXT, false), f("start_cp", INT, false),
            f("end_cp", INT, false), f("topics", TEXT, false), f("language", TEXT, false));

    /** The {@code entity_aliases} table: short names documents declare for companies. */
    public static final StructType ENTITY_ALIASES = struct(
            f("alias_key", TEXT, false), f("alias", TEXT, false), f("entity_id", TEXT, false), f("doc_id", TEXT, false));

    /**
     * Paragraphs and transcript turns as the search index holds them ({@code io.finlens.search.Passage}), in text
     * order ({@code idx}); spans in code points; {@code language} is the passage's own.
     */
    public static final StructType PASSAGES = struct(
            f("doc_id", TEXT, false), f("idx", INT, false), f("entity_id", TEXT, false), f("period", TEXT, true),
            f("document", TEXT, false), f("kind", TEXT, false), f("exchange", INT, true), f("speaker", TEXT, true),
            f("role", TEXT, true), f("firm", TEXT, true), f("topics", WORDS, false), f("start_cp", INT, false),
            f("end_cp", INT, false), f("text", TEXT, false), f("aliases", WORDS, false), f("language", TEXT, false));

    /** A document not analyzed: its content id, name, size, the reason ({@code unreadable, empty, too-large, out-of-memory, failed}) and why. */
    public static final StructType ISSUES = struct(
            f("id", TEXT, false), f("name", TEXT, false), f("bytes", DataTypes.LongType, false), f("reason", TEXT, false),
            f("message", TEXT, false));

    /** What the analysis of one document gives: one of {@code document} and {@code issue} is set. */
    static final StructType ANALYZED = struct(
            f("document", DOCUMENTS, true), f("facts", DataTypes.createArrayType(FACTS, false), false),
            f("checks", DataTypes.createArrayType(CHECKS, false), false), f("turns", DataTypes.createArrayType(TURNS, false), false),
            f("entity_aliases", DataTypes.createArrayType(ENTITY_ALIASES, false), false),
            f("passages", DataTypes.createArrayType(PASSAGES, false), false), f("issue", ISSUES, true));

    private Datasets() {
    }

    /** The schema of a dataset by name. */
    public static StructType schema(String name) {
        return switch (name) {
            case "documents" -> DOCUMENTS;
            case "facts" -> FACTS;
            case "checks" -> CHECKS;
            case "turns" -> TURNS;
            case "entity_aliases" -> ENTITY_ALIASES;
            case "passages" -> PASSAGES;
            case "issues" -> ISSUES;
            default -> throw new IllegalArgumentException("no dataset named " + name + "; one of " + NAMES);
        };
    }

    /** The columns a dataset is partitioned by: language and year for documents and facts, language for the others. */
    public static List<String> partitionedBy(String name) {
        return switch (name) {
            case "documents", "facts" -> List.of("language", "year");
            case "checks", "turns", "passages" -> List.of("language");
            case "entity_aliases", "issues" -> List.of();
            default -> throw new IllegalArgumentException("no dataset named " + name + "; one of " + NAMES);
        };
    }

    /** The columns a dataset's rows are sorted by inside each file (same input, same rows in the same order). */
    static List<String> sortedBy(String name) {
        return switch (name) {
            case "documents", "issues" -> List.of("id");
            case "facts" -> List.of("doc_id", "fact_id");
            case "checks" -> List.of("doc_id", "idx");
            case "turns" -> List.of("doc_id", "exchange_idx", "turn_idx");
            case "entity_aliases" -> List.of("doc_id", "alias_key");
            case "passages" -> List.of("doc_id", "idx");
            default -> throw new IllegalArgumentException("no dataset named " + name + "; one of " + NAMES);
        };
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField f(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }
}
