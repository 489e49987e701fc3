package io.finlens.store;

import io.finlens.analysis.Finlens;
import io.finlens.search.Passages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The upkeep of a {@link Library}, each under its write lock: rebuilding the search index from the stored documents,
 * compacting the facts table into entity, metric and period order, and resolving stored entity names again once
 * documents declared new aliases. Each change of the database is one transaction, so a crash leaves it as it was.
 */
final class LibraryMaintenance {
    private final LibraryState state;

    LibraryMaintenance(LibraryState state) {
        this.state = state;
    }

    /** See {@link Library#reindex()}. */
    int reindex() {
        synchronized (state.writeLock) {
            state.index.close();
            Path dirOfIndex = state.dir.resolve("index");
            PassageIndex.remove(dirOfIndex);
            state.index = PassageIndex.open(dirOfIndex);
            ThreadLocal<Finlens> finlens = ThreadLocal.withInitial(Finlens::new);
            int n;
            try (Connection c = state.reader(); PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, text, entity_id, seq FROM documents WHERE seq > ? ORDER BY seq LIMIT 500")) {
                n = state.index.replaceInParallel("rebuilding the search index", sink -> {
                    long after = -1;
                    for (boolean more = true; more; ) {
                        ps.setLong(1, after);
                        more = false;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String id = rs.getString(1), name = rs.getString(2), text = rs.getString(3), entityId = rs.getString(4);
                                after = rs.getLong(5);
                                more = true;
                                sink.accept(id, () -> Passages.of(id, entityId, finlens.get().analyze(name, text)));
                            }
                        }
                    }
                });
                state.index.commitRebuilt();
            } catch (SQLException e) {
                throw new StoreException("rebuilding the search index: " + e.getMessage(), e);
            }
            return n;
        }
    }

    /** See {@link Library#compact(boolean)}. */
    boolean compact(boolean force) {
        synchronized (state.writeLock) {
            try (Statement s = state.conn.createStatement()) {
                long total, sorted = 0;
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM facts")) {
                    rs.next();
                    total = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'facts_sorted'")) {
                    if (rs.next()) sorted = Long.parseLong(rs.getString(1));
                }
                long unsorted = total - Math.min(sorted, total);
                if (!force && (unsorted < Library.COMPACT_MIN_ROWS || unsorted < Library.COMPACT_MIN_SHARE * total)) return false;
                Transaction.run(state.conn, () -> {
                    s.execute("CREATE TEMP TABLE facts_compacted AS SELECT * FROM facts ORDER BY entity_id, metric, segment, basis, period_end, doc_id, fact_id");
                    s.execute("DELETE FROM facts");
                    s.execute("INSERT INTO facts SELECT * FROM facts_compacted");
                    s.execute("DROP TABLE facts_compacted");
                    s.execute("INSERT OR REPLACE INTO meta VALUES ('facts_sorted', '" + total + "')");
                });
                s.execute("CHECKPOINT");
                return true;
            } catch (SQLException e) {
                throw new StoreException("compacting facts: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Resolves again the entity names stored so far, so that an alias a later document declared applies to earlier
     * documents too (ids do not depend on the order documents arrived in).
     */
    void reresolve() {
        synchronized (state.writeLock) {
            try {
                Map<String, String> changes = changedIds();
                if (changes.isEmpty()) return;
                state.forgetEntities();
                // documents whose own company changed id: their passages carry the old id, so index them again
                List<String[]> reindex = documentsOf(changes);
                updateIds(changes);
                if (!reindex.isEmpty()) indexAgain(reindex);
            } catch (SQLException e) {
                throw new StoreException("resolving entities: " + e.getMessage(), e);
            }
        }
    }

    /** Each stored entity name whose id the resolver now gives differently, with the new id. */
    private Map<String, String> changedIds() throws SQLException {
        Map<String, String> changes = new TreeMap<>();
        try (Statement s = state.conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT entity, entity_id FROM facts UNION SELECT DISTINCT entity, entity_id FROM documents")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String now = state.entities.resolve(name);
                if (name != null && !now.equals(rs.getString(2))) changes.put(name, now);
            }
        }
        return changes;
    }

    /** The documents of the changed names: id, name, text and the new entity id. */
    private List<String[]> documentsOf(Map<String, String> changes) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = state.conn.prepareStatement("SELECT id, name, text FROM documents WHERE entity = ?")) {
            for (String name : changes.keySet()) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), changes.get(name)});
                }
            }
        }
        return out;
    }

    /** Gives facts and documents of the changed names their new ids, in one transaction. */
    private void updateIds(Map<String, String> changes) throws SQLException {
        Transaction.run(state.conn, () -> {
            try (PreparedStatement f = state.conn.prepareStatement("UPDATE facts SET entity_id = ? WHERE entity = ?");
                 PreparedStatement d = state.conn.prepareStatement("UPDATE documents SET entity_id = ? WHERE entity = ?")) {
                for (Map.Entry<String, String> e : changes.entrySet()) {
                    for (PreparedStatement ps : List.of(f, d)) {
                        ps.setString(1, e.getValue());
                        ps.setString(2, e.getKey());
                        ps.executeUpdate();
                    }
                }
            }
        });
        state.forgetEntities();
    }

    /** Replaces the passages of documents (id, name, text, entity id) with those of their analysis again. */
    private void indexAgain(List<String[]> docs) {
        Finlens finlens = new Finlens();
        List<String> ids = new ArrayList<>();
        for (String[] d : docs) {
            state.index.replace(d[0], Passages.of(d[0], d[3], finlens.analyze(d[1], d[2])));
            ids.add(d[0]);
        }
        state.index.commit();
        state.index.stored(ids);
    }
}
