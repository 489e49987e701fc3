package io.finlens.store;

import io.finlens.search.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads the Parquet datasets of a {@code finlens corpus} run (documents, facts, checks, turns, entity_aliases,
 * passages) into the store: DuckDB reads the Parquet files itself; passages go to the search index. Documents the
 * store holds already (same content id) are passed over, so loading twice adds nothing. The protocol of an ingest
 * batch holds: the index commits first, naming the documents as pending, then one database transaction.
 */
final class ParquetLoad {
    /** The columns copied as they are, per table (the store's order of storing, {@code seq}, is given here). */
    private static final String DOC_COLUMNS = "id, name, language, charset, title, entity, entity_id, period, period_end, chars, bytes, "
            + "fact_count, check_count, exchange_count";
    private static final String FACT_COLUMNS = "doc_id, fact_id, entity, entity_id, metric, segment, basis, period, period_kind, "
            + "period_end, value, tolerance, unit, qualifier, range_low, range_high, guidance, yoy, yoy_points, qoq, changes, "
            + "evidence_count, evidence_start, evidence_end, evidence_text, rules, doc_name, doc_period, doc_period_end";
    private static final List<String[]> CHILD_TABLES = List.of(
            new String[] {"checks", "doc_id, idx, rule, status, fact_ids, expected, actual, message"},
            new String[] {"turns", "doc_id, exchange_idx, turn_idx, analyst, firm, speaker, role, start_cp, end_cp, topics"},
            new String[] {"entity_aliases", "alias_key, alias, entity_id, doc_id"});

    private ParquetLoad() {
    }

    /** Loads {@code dir}'s datasets; the caller holds the store's write lock. */
    static LoadReport load(Connection conn, PassageIndex index, Path dir, long seqBefore) throws SQLException {
        long t0 = System.nanoTime();
        String docs = source(dir, "documents");
        if (docs == null) {
            throw new IllegalArgumentException("no Parquet files under " + dir.resolve("documents")
                    + ": name the output folder of finlens corpus (it holds documents/, facts/, ...)");
        }
        try (Statement s = conn.createStatement()) {
            s.execute("DROP TABLE IF EXISTS load_docs");
            s.execute("CREATE TEMP TABLE load_docs AS SELECT " + DOC_COLUMNS + ", text, contract FROM " + docs
                    + " WHERE id NOT IN (SELECT id FROM documents) QUALIFY row_number() OVER (PARTITION BY id ORDER BY name) = 1");
            long offered = count(s, "SELECT count(*) FROM " + docs);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM load_docs ORDER BY id")) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            long t1 = System.nanoTime();
            long passages = indexPassages(s, index, source(dir, "passages"));
            long t2 = System.nanoTime();
            long facts = insert(conn, s, dir, seqBefore);
            long t3 = System.nanoTime();
            index.stored(ids);
            String issues = source(dir, "issues");
            long issueCount = issues == null ? 0 : count(s, "SELECT count(*) FROM " + issues);
            s.execute("DROP TABLE load_docs");
            return new LoadReport(ids.size(), offered - ids.size(), facts, passages, issueCount, (System.nanoTime() - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        }
    }

    /** The rows of the new documents, in one transaction; returns the facts inserted. */
    private static long insert(Connection conn, Statement s, Path dir, long seqBefore) throws SQLException {
        conn.setAutoCommit(false);
        try {
            s.execute("INSERT INTO documents (" + DOC_COLUMNS + ", seq, text, contract) SELECT " + DOC_COLUMNS + ", " + seqBefore
                    + " + row_number() OVER (ORDER BY name, id), text, contract FROM load_docs");
            long facts = 0;
            String f = source(dir, "facts");
            if (f != null) {
                facts = s.executeUpdate("INSERT INTO facts (" + FACT_COLUMNS + ", doc_seq) SELECT " + prefixed("f.", FACT_COLUMNS)
                        + ", d.seq FROM " + f + " f JOIN documents d ON d.id = f.doc_id WHERE f.doc_id IN (SELECT id FROM load_docs)");
            }
            for (String[] t : CHILD_TABLES) {
                String src = source(dir, t[0]);
                if (src == null) continue;
                s.execute("INSERT INTO " + t[0] + " (" + t[1] + ") SELECT " + t[1] + " FROM " + src
                        + " WHERE doc_id IN (SELECT id FROM load_docs)");
            }
            conn.commit();
            return facts;
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /**
     * Adds the new documents' passages to the index and commits it (naming them pending); spans come in code points
     * and are turned into the index's UTF-16 offsets against the document's text. Tokenizing (HanLP) is most of the
     * load's time: documents are indexed on every core. Returns the passages added.
     */
    private static long indexPassages(Statement s, PassageIndex index, String passages) throws SQLException {
        if (passages == null) return 0;
        long[] n = {0};
        index.replaceInParallel("indexing passages", sink -> {
            try (ResultSet rs = s.executeQuery("SELECT p.doc_id, p.entity_id, p.period, p.document, p.kind, p.exchange, p.speaker, p.role, "
                    + "p.firm, p.topics, p.language, p.start_cp, p.end_cp, p.text, p.aliases, d.text FROM " + passages
                    + " p JOIN load_docs d ON d.id = p.doc_id ORDER BY p.doc_id, p.idx")) {
                String doc = null;
                List<Passage> list = new ArrayList<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(doc)) {
                        if (doc != null) hand(sink, doc, list);
                        doc = id;
                        list = new ArrayList<>();
                    }
                    list.add(passage(rs));
                    n[0]++;
                }
                if (doc != null) hand(sink, doc, list);
            }
        });
        index.commit();
        return n[0];
    }

    private static void hand(java.util.function.BiConsumer<String, java.util.function.Supplier<List<Passage>>> sink, String doc,
                             List<Passage> list) {
        sink.accept(doc, () -> list);
    }

    private static Passage passage(ResultSet rs) throws SQLException {
        String text = rs.getString(16);
        int start = text.offsetByCodePoints(0, rs.getInt(12));
        int end = text.offsetByCodePoints(start, rs.getInt(13) - rs.getInt(12));
        int exchange = rs.getInt(6);
        Integer ex = rs.wasNull() ? null : exchange;
        return new Passage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), ex,
                rs.getString(7), rs.getString(8), rs.getString(9), words(rs.getArray(10)), rs.getString(11), start, end,
                rs.getString(14), words(rs.getArray(15)));
    }

    private static List<String> words(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] v = (Object[]) a.getArray();
        return Arrays.stream(v).map(Objects::toString).toList();
    }

    /** {@code read_parquet(...)} over a dataset's files (hive partitions as columns), or null when it has none. */
    static String source(Path dir, String dataset) {
        Path d = dir.resolve(dataset);
        if (!Files.isDirectory(d)) return null;
        try (Stream<Path> files = Files.walk(d)) {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + d + ": " + e.getMessage(), e);
        }
        String glob = d.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet";
        return "read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true)";
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + String.join(", " + prefix, columns.split(",\\s*"));
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
