package io.finlens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Checks a store without changing it: the DuckDB database opened read-only (schema version, every column of every
 * table read, so a damaged block shows; facts, checks and turns of unknown documents) and the search index with
 * Lucene's {@link CheckIndex} (every segment read and verified) and against the database's documents.
 */
public final class Doctor {
    /** One thing checked: {@code ok}, {@code warn} (works, but something should be done) or {@code fail}. */
    public record Finding(String status, String what, String detail) {
        public Finding {
            if (!List.of("ok", "warn", "fail").contains(status)) throw new IllegalArgumentException("status must be ok, warn or fail: " + status);
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private static final List<String> TABLES = List.of("meta", "documents", "facts", "checks", "turns", "entity_aliases", "ingest_runs");

    private Doctor() {
    }

    /** Checks the store in {@code dir}; never throws for what it finds (a locked or damaged store is a finding). */
    public static List<Finding> check(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Finding> out = new ArrayList<>();
        Path db = dir.resolve(Library.DATABASE);
        if (!Files.isRegularFile(db)) {
            out.add(new Finding("warn", "database", db + " does not exist (an empty store is created by the first ingest)"));
            return out;
        }
        long docs = database(db, out);
        index(dir.resolve("index"), docs, out);
        return out;
    }

    /**
     * The store in {@code dir} at a glance, for {@code finlens doctor} without {@code --data}: where it is and its
     * schema version against this finlens's, read without changing anything and without reading every block (that is
     * {@link #check}). A store not created yet is fine; one in use by another process is a warning.
     */
    public static Finding glance(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path db = dir.resolve(Library.DATABASE);
        if (!Files.isRegularFile(db)) {
            return new Finding("ok", "store", dir + " (not created yet; the first ingest creates it with schema version "
                    + Schema.VERSION + ")");
        }
        Properties p = readOnly();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p); Statement s = c.createStatement()) {
            int version = schemaVersion(s);
            String docs;
            try {
                docs = ", " + count(s, "SELECT count(*) FROM documents") + " documents";
            } catch (SQLException e) {
                docs = ""; // a schema this finlens does not know may have no such table
            }
            return new Finding(schemaStatus(version), "store", dir + ": schema version " + version + schemaNote(version) + docs
                    + " (check every block: finlens doctor --data " + dir + ")");
        } catch (SQLException | RuntimeException e) {
            String m = PassageIndex.firstLine(e.getMessage());
            boolean locked = m.toLowerCase(java.util.Locale.ROOT).contains("lock");
            return new Finding(locked ? "warn" : "fail", "store", dir + (locked
                    ? ": in use by another finlens process, so its schema version was not read (stop that process and ask again)"
                    : ": cannot be read (damaged? finlens doctor --data " + dir + " says what): " + m));
        }
    }

    /** Connection properties that open the database read-only (a doctor never writes), the driver loaded. */
    private static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the DuckDB JDBC driver is not on the class path", e);
        }
        return p;
    }

    private static int schemaVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    private static String schemaStatus(int version) {
        return version == Schema.VERSION ? "ok" : version < Schema.VERSION ? "warn" : "fail";
    }

    private static String schemaNote(int version) {
        return version == Schema.VERSION ? " (as this finlens)" : version < Schema.VERSION
                ? " (this finlens has " + Schema.VERSION + "; the next open migrates it)"
                : " is newer than this finlens (" + Schema.VERSION + "): upgrade finlens";
    }

    /** Checks the database; returns its document count, or -1 when it could not be read. */
    private static long database(Path db, List<Finding> out) {
        Properties p = readOnly();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p); Statement s = c.createStatement()) {
            out.add(new Finding("ok", "database", db + " opens (" + Files.size(db) + " bytes)"));
            int version = schemaVersion(s);
            out.add(new Finding(schemaStatus(version), "schema", "version " + version + schemaNote(version)));
            for (String t : TABLES) readAll(db, p, t, out);
            long orphans = count(s, "SELECT (SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents))"
                    + " + (SELECT count(*) FROM checks WHERE doc_id NOT IN (SELECT id FROM documents))"
                    + " + (SELECT count(*) FROM turns WHERE doc_id NOT IN (SELECT id FROM documents))");
            out.add(new Finding(orphans == 0 ? "ok" : "fail", "rows", orphans == 0 ? "every fact, check and turn belongs to a stored document"
                    : orphans + " fact, check or turn rows belong to no stored document"));
            long counted = count(s, "SELECT count(*) FROM documents d WHERE fact_count <> (SELECT count(*) FROM facts f WHERE f.doc_id = d.id)");
            out.add(new Finding(counted == 0 ? "ok" : "fail", "fact counts", counted == 0 ? "each document's fact count matches its facts"
                    : counted + " documents' fact counts differ from their stored facts"));
            return count(s, "SELECT count(*) FROM documents");
        } catch (SQLException | IOException | RuntimeException e) {
            String m = PassageIndex.firstLine(e.getMessage());
            boolean locked = m.toLowerCase(java.util.Locale.ROOT).contains("lock");
            out.add(new Finding("fail", "database", db + (locked ? " is in use by another finlens process (stop it to check): "
                    : " cannot be read (damaged? restore a backup or ingest again into a new --data folder): ") + m));
            return -1;
        }
    }

    /** Reads every column of every row of a table (a damaged block fails its checksum here). */
    private static void readAll(Path db, Properties p, String table, List<Finding> out) {
        // a connection each: DuckDB invalidates a connection that met a corrupt block
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM " + table)) {
            rs.next();
            out.add(new Finding("ok", "table " + table, rs.getLong(1) + " rows read"));
        } catch (SQLException e) {
            out.add(new Finding("fail", "table " + table, "cannot be read: " + PassageIndex.firstLine(e.getMessage())));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void index(Path dir, long docs, List<Finding> out) {
        if (!Files.isDirectory(dir)) {
            out.add(new Finding("warn", "search index", dir + " is missing; the next open rebuilds it (or `finlens reindex`)"));
            return;
        }
        try (Directory d = FSDirectory.open(dir); CheckIndex ci = new CheckIndex(d)) {
            ci.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
            CheckIndex.Status st = ci.checkIndex();
            if (!st.clean) {
                out.add(new Finding("fail", "search index", dir + ": Lucene CheckIndex found damage in " + st.numBadSegments + " of "
                        + st.numSegments + " segments; `finlens reindex` rebuilds it (the next open does too)"));
                return;
            }
            io.finlens.search.SearchIndex ro = io.finlens.search.SearchIndex.openReadOnly(dir);
            try {
                out.add(new Finding("ok", "search index", dir + ": " + st.numSegments + " segments, " + ro.count()
                        + " passages, every file verified by Lucene CheckIndex"));
                long indexed = ro.documentCount();
                if (docs >= 0) {
                    out.add(new Finding(indexed == docs ? "ok" : "warn", "index vs database", indexed == docs
                            ? docs + " documents in both" : "the index holds passages of " + indexed + " documents, the database "
                            + docs + "; `finlens reindex` rebuilds the index from the database"));
                }
            } finally {
                ro.close();
            }
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            out.add(new Finding("fail", "search index", dir + " is in use by another finlens process (stop it to check)"));
        } catch (IOException | RuntimeException e) {
            out.add(new Finding("fail", "search index", dir + " cannot be read (" + e.getClass().getSimpleName() + ": "
                    + PassageIndex.firstLine(e.getMessage()) + "); `finlens reindex` rebuilds it (the next open does too)"));
        }
    }
}
