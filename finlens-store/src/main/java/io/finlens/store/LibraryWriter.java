package io.finlens.store;

import io.finlens.analysis.Analysis;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;

/**
 * The writing side of a {@link Library}: batches of analyzed documents appended through DuckDB's Appender, one
 * transaction a batch, after the search index committed their passages (so a crash mid-ingest leaves at most
 * documents the index has and the database lacks, which the next ingest redoes), and Parquet loads. Every write holds
 * the library's write lock.
 */
final class LibraryWriter {
    private final LibraryState state;

    LibraryWriter(LibraryState state) {
        this.state = state;
    }

    /** The ids of every stored document. */
    Set<String> storedIds() {
        try (Connection c = state.conn.duplicate(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM documents")) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) ids.add(rs.getString(1));
            return ids;
        } catch (SQLException e) {
            throw new StoreException("reading stored ids: " + e.getMessage(), e);
        }
    }

    /** Adds a prepared document's passages to the search index (from an analysis worker; committed with its batch). */
    void index(Prepared p) {
        state.index.add(p);
    }

    /**
     * Writes a batch whose passages were {@link #index indexed}: the search index commits first, then one DuckDB
     * transaction. Returns the nanoseconds spent on the index commit and on the database.
     */
    long[] write(List<Prepared> batch, Collection<String> replace) {
        if (batch.isEmpty()) return new long[2];
        synchronized (state.writeLock) {
            if (state.closed) throw new IllegalStateException("the library is closed");
            long t0 = System.nanoTime();
            state.index.commit();
            long t1 = System.nanoTime();
            state.forgetEntities();
            try {
                Transaction.run(state.conn, () -> {
                    if (!replace.isEmpty()) delete(replace);
                    append(unstored(batch, replace));
                });
                state.forgetEntities();
                state.index.stored(batch.stream().map(Prepared::id).toList());
                return new long[] {t1 - t0, System.nanoTime() - t1};
            } catch (SQLException e) {
                throw new StoreException("writing a batch of " + batch.size() + " documents: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The documents of a batch the database does not hold yet (or that replace their stored rows): content stored
     * meanwhile by another writer is not appended twice (its passages were replaced, not added, so the index holds one
     * copy too).
     */
    private List<Prepared> unstored(List<Prepared> batch, Collection<String> replace) throws SQLException {
        Set<String> held = held(batch, replace);
        List<Prepared> out = new ArrayList<>(batch.size());
        for (Prepared p : batch) {
            if (!held.contains(p.id())) out.add(p);
        }
        return out;
    }

    /**
     * Which of the batch's documents (those not replacing their rows) the database holds: one query per
     * {@value #IDS_PER_QUERY} ids, not one per document (a query costs about a millisecond, as much as appending a
     * document's rows).
     */
    private Set<String> held(List<Prepared> batch, Collection<String> replace) throws SQLException {
        List<String> ids = new ArrayList<>(batch.size());
        for (Prepared p : batch) {
            if (!replace.contains(p.id())) ids.add(p.id());
        }
        Set<String> held = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = state.conn.prepareStatement("SELECT id FROM documents WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) held.add(rs.getString(1));
                }
            }
        }
        return held;
    }

    private static final int IDS_PER_QUERY = 1000;

    private void delete(Collection<String> ids) throws SQLException {
        for (String table : List.of("facts", "checks", "turns", "entity_aliases", "documents")) {
            String col = table.equals("documents") ? "id" : "doc_id";
            try (PreparedStatement ps = state.conn.prepareStatement("DELETE FROM " + table + " WHERE " + col + " = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    private void append(List<Prepared> batch) throws SQLException {
        try (DuckDBAppender d = state.conn.createAppender("main", "documents");
             DuckDBAppender f = state.conn.createAppender("main", "facts");
             DuckDBAppender c = state.conn.createAppender("main", "checks");
             DuckDBAppender t = state.conn.createAppender("main", "turns");
             DuckDBAppender al = state.conn.createAppender("main", "entity_aliases")) {
            for (Prepared p : batch) {
                Analysis a = p.analysis();
                long docSeq = ++state.seq;
                d.beginRow().append(p.id()).append(p.name()).append(a.language().code()).append(a.charset()).append(a.title())
                        .append(a.entity()).append(p.entityId()).append(a.period().id()).append(a.period().end())
                        .append(a.original().codePointCount(0, a.original().length())).append(p.bytes())
                        .append(p.facts().size()).append(p.checks().size()).append(p.exchanges()).append(docSeq)
                        .append(a.original()).append(p.contract()).endRow();
                for (Prepared.FactRow r : p.facts()) {
                    f.beginRow().append(p.id()).append(r.factId()).append(r.entity()).append(r.entityId()).append(r.metric())
                            .append(r.segment()).append(r.basis()).append(r.period()).append(r.periodKind()).append(r.periodEnd());
                    dec(f, r.value());
                    dec(f, r.tolerance());
                    f.append(r.unit()).append(r.qualifier());
                    dec(f, r.rangeLow());
                    dec(f, r.rangeHigh());
                    f.append(r.guidance());
                    dec(f, r.yoy());
                    dec(f, r.yoyPoints());
                    dec(f, r.qoq());
                    f.append(r.changes()).append(r.evidenceCount()).append(r.evidenceStart()).append(r.evidenceEnd())
                            .append(r.evidenceText()).append(r.rules())
                            .append(p.name()).append(a.period().id()).append(a.period().end()).append(docSeq).endRow();
                }
                for (Prepared.CheckRow r : p.checks()) {
                    c.beginRow().append(p.id()).append(r.idx()).append(r.rule()).append(r.status()).append(r.factIds());
                    dec(c, r.expected());
                    dec(c, r.actual());
                    c.append(r.message()).endRow();
                }
                for (Prepared.TurnRow r : p.turns()) {
                    t.beginRow().append(p.id()).append(r.exchange()).append(r.turn()).append(r.analyst()).append(r.firm())
                            .append(r.speaker()).append(r.role()).append(r.start()).append(r.end()).append(r.topics()).endRow();
                }
                for (Entities.Declaration decl : p.declarations()) {
                    al.beginRow().append(Entities.key(decl.alias())).append(decl.alias()).append(decl.id()).append(p.id()).endRow();
                }
            }
        }
    }

    private static void dec(DuckDBAppender a, BigDecimal v) throws SQLException {
        BigDecimal d = Prepared.decimal(v);
        if (d == null) a.appendNull();
        else a.append(d);
    }

    /**
     * Loads the Parquet datasets of a {@code finlens corpus} run under {@code parquetDir} (see
     * {@link Library#loadParquet}), then reads the storing order and the aliases again.
     */
    LoadReport loadParquet(Path parquetDir) {
        synchronized (state.writeLock) {
            if (state.closed) throw new IllegalStateException("the library is closed");
            try {
                LoadReport r = ParquetLoad.load(state.conn, state.index, parquetDir, state.seq);
                state.forgetEntities();
                state.readSeqAndAliases();
                return r;
            } catch (SQLException e) {
                throw new StoreException("loading " + parquetDir + ": " + PassageIndex.firstLine(e.getMessage()), e);
            }
        }
    }
}
