package io.finlens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.duckdb.DuckDBConnection;

/**
 * What the parts of an open {@link Library} share: the data directory, the one writing DuckDB connection and the lock
 * every write takes, the search index (a rebuild replaces it), the entity resolver, the last storing order given and
 * the cache of stored entity names. Writes change {@link #seq} only under {@link #writeLock}.
 */
final class LibraryState {
    final Path dir;
    final DuckDBConnection conn;
    final Object writeLock = new Object();
    final Entities entities = Entities.standard();
    volatile PassageIndex index;
    /** The last storing order given (guarded by {@link #writeLock}). */
    long seq;
    volatile boolean closed;
    /** Stored entity ids with the name to show for each (the most common spelling); null until read, or after writes. */
    private volatile NavigableMap<String, String> entityCache;

    LibraryState(Path dir, DuckDBConnection conn, PassageIndex index) throws SQLException {
        this.dir = dir;
        this.conn = conn;
        this.index = index;
        readSeqAndAliases();
    }

    /** The last storing order given, and every alias the stored documents declare (learned: learning is idempotent). */
    void readSeqAndAliases() throws SQLException {
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
                rs.next();
                seq = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT alias, entity_id FROM entity_aliases ORDER BY alias_key, entity_id")) {
                while (rs.next()) entities.learn(rs.getString(1), rs.getString(2));
            }
        }
    }

    /** A fresh connection for one read (DuckDB connections are not shared between threads). */
    Connection reader() throws SQLException {
        if (closed) throw new IllegalStateException("the library is closed");
        return conn.duplicate();
    }

    /** Forgets the stored entity names, after a write that may have changed them. */
    void forgetEntities() {
        entityCache = null;
    }

    /** Stored entity ids with the name to show for each (the most common spelling), read again after writes. */
    NavigableMap<String, String> storedEntities() {
        NavigableMap<String, String> m = entityCache;
        if (m != null) return m;
        m = new TreeMap<>();
        try (Connection c = reader(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT entity_id, entity FROM (SELECT entity_id, entity, row_number() OVER (PARTITION BY entity_id ORDER BY count(*) DESC, entity) AS r "
                        + "FROM facts GROUP BY entity_id, entity) WHERE r = 1")) {
            while (rs.next()) m.put(rs.getString(1), rs.getString(2));
        } catch (SQLException e) {
            throw new StoreException("listing entities: " + e.getMessage(), e);
        }
        entityCache = m;
        return m;
    }
}
