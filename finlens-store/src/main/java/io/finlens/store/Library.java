package io.finlens.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The store, one facade: documents, facts, checks and transcripts in an embedded DuckDB database
 * ({@code DIR/finlens.duckdb}), paragraphs and transcript turns in a search index ({@code DIR/index}). Nothing to
 * install or start: {@link #open} creates the directory and the schema, or migrates an older one.
 *
 * <p>Writes go through one connection and DuckDB's Appender, a batch per transaction; a document counts as stored
 * only once its transaction committed (the search index is committed first, so a crash between the two leaves a
 * document the index has and the database lacks, which the next ingest redoes). Reads may come from any thread.
 */
public final class Library implements AutoCloseable {
    /** The database file inside the data directory. */
    public static final String DATABASE = "finlens.duckdb";

    private final Path dir;
    private final DuckDBConnection conn;
    private final Object writeLock = new Object();
    private final Entities entities = Entities.standard();
    private volatile PassageIndex index;
    private final int migratedFrom;
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Documents indexed when this open rebuilt the search index (missing, older or damaged); -1 when it did not. */
    private volatile int rebuiltOnOpen = -1;
    private long seq;
    private volatile boolean closed;

    private Library(Path dir, DuckDBConnection conn, int migratedFrom, PassageIndex index) throws SQLException {
        this.dir = dir;
        this.conn = conn;
        this.migratedFrom = migratedFrom;
        this.index = index;
        readSeqAndAliases();
    }

    /** The last storing order given, and every alias the stored documents declare (learned: learning is idempotent). */
    private void readSeqAndAliases() throws SQLException {
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

    /** The default data directory: {@code $FINLENS_DATA}, else {@code ~/.finlens}. */
    public static Path defaultDir() {
        String env = System.getenv("FINLENS_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".finlens");
    }

    /** Opens (creating or migrating) the store in {@code dataDir}. One process at a time may hold a store open. */
    public static Library open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dataDir)) throw new IllegalArgumentException("not a directory: " + dataDir);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve(DATABASE).toAbsolutePath());
            try {
                try (Statement s = c.createStatement()) {
                    // fewer, larger checkpoints while ingesting; a crash replays at most this much WAL on open
                    s.execute("SET checkpoint_threshold = '256MB'");
                }
                int from = Schema.migrate(c);
                List<String> notices = new ArrayList<>();
                Library lib = new Library(dataDir, c, from, PassageIndex.openOrReset(dataDir.resolve("index"), notices));
                lib.notices.addAll(notices);
                lib.index.repair(id -> lib.summary(id).isPresent());
                if (!lib.index.current() || (lib.index.count() == 0 && lib.counts()[0] > 0)) {
                    int n = lib.reindex();
                    lib.rebuiltOnOpen = n;
                    if (!notices.isEmpty()) lib.notices.add("search index rebuilt: " + n + " documents");
                }
                return lib;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dataDir + ": " + PassageIndex.firstLine(e.getMessage())
                    + " (another finlens process may be using it; if the database is damaged, `finlens doctor --data "
                    + dataDir + "` says what is wrong)", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the DuckDB JDBC driver is not on the class path", e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** What opening the store repaired, for people (a damaged search index rebuilt); empty when nothing. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * The documents indexed when this open rebuilt the search index (it was missing, of an older layout or damaged);
     * -1 when the index was opened as it was.
     */
    public int rebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    /** The schema version the store had before this open (0 when it was created now). */
    public int migratedFrom() {
        return migratedFrom;
    }

    /** The schema version of the store. */
    public int schemaVersion() {
        return Schema.VERSION;
    }

    /** The entity resolver, with the aliases stored documents declared. */
    public Entities entities() {
        return entities;
    }

    /**
     * The search index of the store's paragraphs and transcript turns (for the search command and the server); ask
     * again after {@link #reindex()}, which replaces it.
     */
    public io.finlens.search.SearchIndex searchIndex() {
        return index.searchIndex();
    }

    /**
     * Searches paragraphs and transcript turns. {@code entity} in the query may be any name of the company
     * (腾讯, Tencent): it is resolved to the store's entity id first.
     */
    public io.finlens.search.SearchResult search(io.finlens.search.SearchQuery q) {
        Objects.requireNonNull(q, "query");
        if (q.entityId() != null) q = q.withEntity(entityId(q.entityId()));
        try {
            return index.searchIndex().search(q);
        } catch (UncheckedIOException e) {
            throw new StoreException("the search index in " + dir.resolve("index") + " could not be read (" + PassageIndex.firstLine(e.getMessage())
                    + "); `finlens reindex --data " + dir + "` rebuilds it from the database", e);
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Analyzes and stores one document given as bytes (an upload). Content already stored is not analyzed again
     * unless {@code force}; then the returned document has {@code existed} true. Whether it is stored is decided
     * and done under the write lock, so of two uploads of the same content at once one stores it and the other gets
     * {@code existed}. A document with no text, over {@link Admission#MAX_BYTES} or whose analysis runs out of memory
     * is refused ({@link Admission.RefusedException}) and stored nowhere.
     */
    public StoredDocument store(String name, byte[] bytes, boolean force) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) throw new IllegalArgumentException("empty document: " + name);
        Admission.Refused big = Admission.checkSize(name, bytes.length);
        if (big != null) throw big.exception();
        String id = Prepared.contentId(bytes);
        Optional<StoredDocument> existing = summary(id);
        if (existing.isPresent() && !force) return existing.get().asExisting();
        Prepared p;
        try {
            Analysis a = new Finlens().analyze(name, bytes);
            Admission.Refused refused = Admission.check(name, a);
            if (refused != null) throw refused.exception();
            p = Prepared.of(id, name, bytes.length, a, entities);
        } catch (OutOfMemoryError e) {
            throw Admission.outOfMemory(name, bytes.length).exception();
        }
        synchronized (writeLock) {
            // decided again under the lock: another upload of the same content may have been stored meanwhile
            existing = summary(id);
            if (existing.isPresent() && !force) return existing.get().asExisting();
            index(p);
            write(List.of(p), existing.isPresent() ? Set.of(id) : Set.of());
        }
        reresolve();
        return summary(id).orElseThrow();
    }

    /**
     * Ingests files, folders (walked for .txt, .md, .text files) and globs in parallel: {@code options.threads()}
     * analysis workers, one writer appending batches. Idempotent: content already stored is skipped unless
     * {@code force}. Safe to kill: what a listener was told is stored stays stored.
     */
    public IngestReport ingest(List<String> inputs, IngestOptions options) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        Sources.Found found = Sources.expand(inputs, options.selection());
        IngestReport r = new Ingest(this, options).run(found.files(), found.problems());
        reresolve();
        if (r.stored() > 0) compact(false);
        return r;
    }

    /**
     * Loads the Parquet datasets a {@code finlens corpus} (Spark) run wrote under {@code dir}: documents, facts, checks,
     * turns and entity aliases through DuckDB's Parquet reader, passages into the search index. Content already stored
     * is passed over (loading twice adds nothing); then the aliases of all documents resolve entities again, as after
     * an ingest.
     */
    public LoadReport loadParquet(Path parquetDir) {
        Objects.requireNonNull(parquetDir, "parquetDir");
        if (!Files.isDirectory(parquetDir)) throw new IllegalArgumentException("no such folder: " + parquetDir);
        LoadReport r;
        synchronized (writeLock) {
            if (closed) throw new IllegalStateException("the library is closed");
            try {
                r = ParquetLoad.load(conn, index, parquetDir, seq);
                entityCache = null;
                readSeqAndAliases();
            } catch (SQLException e) {
                throw new StoreException("loading " + parquetDir + ": " + PassageIndex.firstLine(e.getMessage()), e);
            }
        }
        reresolve();
        if (r.loaded() > 0) compact(false);
        return r;
    }

    /**
     * Builds the search index again from the stored documents (their text analyzed again, in parallel): done on open
     * when the index is missing or was written by an older layout of finlens-search. Not while an ingest runs.
     * Returns the documents indexed.
     */
    public int reindex() {
        synchronized (writeLock) {
            index.close();
            Path dirOfIndex = dir.resolve("index");
            PassageIndex.remove(dirOfIndex);
            index = PassageIndex.open(dirOfIndex);
            ThreadLocal<Finlens> finlens = ThreadLocal.withInitial(Finlens::new);
            int n;
            try (Connection c = reader(); PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, text, entity_id, seq FROM documents WHERE seq > ? ORDER BY seq LIMIT 500")) {
                n = index.replaceInParallel("rebuilding the search index", sink -> {
                    long after = -1;
                    for (boolean more = true; more; ) {
                        ps.setLong(1, after);
                        more = false;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String id = rs.getString(1), name = rs.getString(2), text = rs.getString(3), entityId = rs.getString(4);
                                after = rs.getLong(5);
                                more = true;
                                sink.accept(id, () -> io.finlens.search.Passages.of(id, entityId, finlens.get().analyze(name, text)));
                            }
                        }
                    }
                });
                index.commitRebuilt();
            } catch (SQLException e) {
                throw new StoreException("rebuilding the search index: " + e.getMessage(), e);
            }
            return n;
        }
    }

    /** Facts appended since the last compaction must be at least this many, and this share of all, to compact. */
    static final long COMPACT_MIN_ROWS = 50_000;
    static final double COMPACT_MIN_SHARE = 0.2;

    /**
     * Rewrites the facts table sorted by entity, metric and period, so that a series or an entity's facts read only
     * the row groups holding them (DuckDB's zone maps skip the rest): 3.6M facts sort in ~5 s and a series then takes
     * ~10 ms instead of ~80. Facts appended later stay at the end until the next compaction. Without {@code force},
     * runs only when at least {@value #COMPACT_MIN_ROWS} facts, and a fifth of all, were appended since the last one.
     * One transaction: a crash leaves the facts as they were. Returns whether it ran.
     */
    public boolean compact(boolean force) {
        synchronized (writeLock) {
            try (Statement s = conn.createStatement()) {
                long total, sorted = 0;
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM facts")) {
                    rs.next();
                    total = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'facts_sorted'")) {
                    if (rs.next()) sorted = Long.parseLong(rs.getString(1));
                }
                long unsorted = total - Math.min(sorted, total);
                if (!force && (unsorted < COMPACT_MIN_ROWS || unsorted < COMPACT_MIN_SHARE * total)) return false;
                conn.setAutoCommit(false);
                try {
                    s.execute("CREATE TEMP TABLE facts_compacted AS SELECT * FROM facts ORDER BY entity_id, metric, segment, basis, period_end, doc_id, fact_id");
                    s.execute("DELETE FROM facts");
                    s.execute("INSERT INTO facts SELECT * FROM facts_compacted");
                    s.execute("DROP TABLE facts_compacted");
                    s.execute("INSERT OR REPLACE INTO meta VALUES ('facts_sorted', '" + total + "')");
                    conn.commit();
                } catch (SQLException | RuntimeException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
                s.execute("CHECKPOINT");
                return true;
            } catch (SQLException e) {
                throw new StoreException("compacting facts: " + e.getMessage(), e);
            }
        }
    }

    Set<String> storedIds() {
        Set<String> ids = new HashSet<>();
        try (Connection c = conn.duplicate(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM documents")) {
            while (rs.next()) ids.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("reading stored ids: " + e.getMessage(), e);
        }
        return ids;
    }

    /** Adds a prepared document's passages to the search index (from an analysis worker; committed with its batch). */
    void index(Prepared p) {
        index.add(p);
    }

    /**
     * Writes a batch whose passages were {@link #index indexed}: the search index commits first, then one DuckDB
     * transaction. Returns the nanoseconds spent on the index commit and on the database.
     */
    long[] write(List<Prepared> batch, Collection<String> replace) {
        if (batch.isEmpty()) return new long[2];
        synchronized (writeLock) {
            if (closed) throw new IllegalStateException("the library is closed");
            long t0 = System.nanoTime();
            index.commit();
            long t1 = System.nanoTime();
            entityCache = null;
            try {
                conn.setAutoCommit(false);
                try {
                    if (!replace.isEmpty()) delete(replace);
                    append(unstored(batch, replace));
                    conn.commit();
                    entityCache = null;
                    index.stored(batch.stream().map(Prepared::id).toList());
                    return new long[] {t1 - t0, System.nanoTime() - t1};
                } catch (SQLException | RuntimeException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
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
        List<Prepared> out = new ArrayList<>(batch.size());
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            for (Prepared p : batch) {
                if (!replace.contains(p.id())) {
                    ps.setString(1, p.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) continue;
                    }
                }
                out.add(p);
            }
        }
        return out;
    }

    private void delete(Collection<String> ids) throws SQLException {
        for (String table : List.of("facts", "checks", "turns", "entity_aliases", "documents")) {
            String col = table.equals("documents") ? "id" : "doc_id";
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE " + col + " = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    private void append(List<Prepared> batch) throws SQLException {
        try (DuckDBAppender d = conn.createAppender("main", "documents");
             DuckDBAppender f = conn.createAppender("main", "facts");
             DuckDBAppender c = conn.createAppender("main", "checks");
             DuckDBAppender t = conn.createAppender("main", "turns");
             DuckDBAppender al = conn.createAppender("main", "entity_aliases")) {
            for (Prepared p : batch) {
                Analysis a = p.analysis();
                long docSeq = ++seq;
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
     * Resolves again the entity names stored so far, so that an alias a later document declared applies to earlier
     * documents too (ids do not depend on the order documents arrived in).
     */
    void reresolve() {
        synchronized (writeLock) {
            try {
                Map<String, String> changes = new java.util.TreeMap<>();
                try (Statement s = conn.createStatement();
                     ResultSet rs = s.executeQuery("SELECT DISTINCT entity, entity_id FROM facts UNION SELECT DISTINCT entity, entity_id FROM documents")) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        String now = entities.resolve(name);
                        if (name != null && !now.equals(rs.getString(2))) changes.put(name, now);
                    }
                }
                if (changes.isEmpty()) return;
                entityCache = null;
                // documents whose own company changed id: their passages carry the old id, so index them again
                List<String[]> reindex = new ArrayList<>();
                try (PreparedStatement ps = conn.prepareStatement("SELECT id, name, text FROM documents WHERE entity = ?")) {
                    for (String name : changes.keySet()) {
                        ps.setString(1, name);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) reindex.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), changes.get(name)});
                        }
                    }
                }
                conn.setAutoCommit(false);
                try (PreparedStatement f = conn.prepareStatement("UPDATE facts SET entity_id = ? WHERE entity = ?");
                     PreparedStatement d = conn.prepareStatement("UPDATE documents SET entity_id = ? WHERE entity = ?")) {
                    for (Map.Entry<String, String> e : changes.entrySet()) {
                        for (PreparedStatement ps : List.of(f, d)) {
                            ps.setString(1, e.getValue());
                            ps.setString(2, e.getKey());
                            ps.executeUpdate();
                        }
                    }
                    conn.commit();
                    entityCache = null;
                } catch (SQLException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
                if (!reindex.isEmpty()) {
                    Finlens finlens = new Finlens();
                    List<String> ids = new ArrayList<>();
                    for (String[] d : reindex) {
                        index.replace(d[0], io.finlens.search.Passages.of(d[0], d[3], finlens.analyze(d[1], d[2])));
                        ids.add(d[0]);
                    }
                    index.commit();
                    index.stored(ids);
                }
            } catch (SQLException e) {
                throw new StoreException("resolving entities: " + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** A fresh connection for one read (DuckDB connections are not shared between threads). */
    Connection reader() throws SQLException {
        if (closed) throw new IllegalStateException("the library is closed");
        return conn.duplicate();
    }

    private static final String DOC_COLUMNS = "id, name, language, title, entity, entity_id, period, chars, fact_count, check_count, exchange_count";

    private static StoredDocument doc(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), false);
    }

    /** Every stored document, in the order they were stored. */
    public List<StoredDocument> documents() {
        return documents(0, Integer.MAX_VALUE);
    }

    /** A page of the stored documents, in the order they were stored. */
    public List<StoredDocument> documents(int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
        if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
        List<StoredDocument> out = new ArrayList<>();
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents ORDER BY seq LIMIT ? OFFSET ?")) {
            ps.setLong(1, limit);
            ps.setLong(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(doc(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("listing documents: " + e.getMessage(), e);
        }
        return out;
    }

    /** How many documents and facts the store holds. */
    public long[] counts() {
        try (Connection c = reader(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("counting: " + e.getMessage(), e);
        }
    }

    /** One document's summary, if stored. */
    public Optional<StoredDocument> summary(String id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(doc(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading document " + id + ": " + e.getMessage(), e);
        }
    }

    /** Everything stored for one document: facts, checks, the transcript and the contract JSON, and the text. */
    public Optional<DocumentDetail> document(String id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + ", text, contract FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            StoredDocument d;
            String text;
            String contract;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                d = doc(rs);
                text = rs.getString(12);
                contract = Prepared.inflate(rs.getBytes(13));
            }
            List<StoredCheck> checks = new ArrayList<>();
            try (PreparedStatement cs = c.prepareStatement("SELECT rule, status, fact_ids, expected, actual, message FROM checks WHERE doc_id = ? ORDER BY idx")) {
                cs.setString(1, id);
                try (ResultSet rs = cs.executeQuery()) {
                    while (rs.next()) {
                        String ids = rs.getString(3);
                        checks.add(new StoredCheck(id, rs.getString(1), rs.getString(2), ids.isEmpty() ? List.of() : List.of(ids.split(",")),
                                plain(rs.getBigDecimal(4)), plain(rs.getBigDecimal(5)), rs.getString(6)));
                    }
                }
            }
            JsonNode t = Prepared.JSON.readTree(contract).path("transcript");
            return Optional.of(new DocumentDetail(d, text, contract, facts(FactQuery.all().withDocument(id)), checks,
                    t.isMissingNode() ? "null" : t.toString()));
        } catch (SQLException | IOException e) {
            throw new StoreException("reading document " + id + ": " + e.getMessage(), e);
        }
    }

    /** Facts matching a query, ordered by entity, metric, segment, basis, period, document and fact id. */
    public List<StoredFact> facts(FactQuery q) {
        Objects.requireNonNull(q, "query");
        return FactReader.read(this, q);
    }

    /**
     * Checks that a company and a metric (each may be null) name something stored; throws an
     * {@link IllegalArgumentException} naming the value and the closest stored names otherwise ("did you mean").
     */
    public void checkNames(String entity, String metric) {
        NameCheck.check(this, entity, metric);
    }

    /** One value per period for an entity's metric, with sources, conflicts and year-on-year checks. */
    public Series series(SeriesQuery q) {
        Objects.requireNonNull(q, "query");
        return SeriesBuilder.build(this, q);
    }

    /** Writes facts (all, or those of a query) as csv, json, parquet or xbrl-json to {@code out}. */
    public void export(ExportFormat format, FactQuery q, Path out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(q, "query");
        Objects.requireNonNull(out, "out");
        Exporter.export(this, format, q, out);
    }

    /** Stored entity ids with the name to show for each (the most common spelling), rebuilt after writes. */
    private volatile java.util.NavigableMap<String, String> entityCache;

    private java.util.NavigableMap<String, String> storedEntities() {
        java.util.NavigableMap<String, String> m = entityCache;
        if (m != null) return m;
        m = new java.util.TreeMap<>();
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

    /**
     * The id a name means (腾讯, Tencent → tencent). When no stored fact has that id but exactly one stored id starts
     * with the name's normalized form, that one (Harbor → harborfreightways).
     */
    public String entityId(String name) {
        String id = entities.resolve(name);
        String key = Entities.key(name);
        java.util.NavigableMap<String, String> stored = storedEntities();
        if (key.isEmpty() || stored.containsKey(id)) return id;
        java.util.SortedMap<String, String> prefixed = stored.subMap(key, key + Character.MAX_VALUE);
        return prefixed.size() == 1 ? prefixed.firstKey() : id;
    }

    /** The stored entity ids, each with the name to show (the lexicon's canonical name, else the most common spelling). */
    public java.util.SortedMap<String, String> storedEntityNames() {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : storedEntities().entrySet()) out.put(e.getKey(), entityName(e.getKey()));
        return out;
    }

    /** The name to show for an entity id: the lexicon's canonical name, else the most common stored spelling. */
    public String entityName(String id) {
        String c = entities.canonicalName(id);
        if (c != null) return c;
        return storedEntities().getOrDefault(id, id);
    }

    static BigDecimal plain(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    long size() {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) return;
            closed = true;
            try {
                index.close();
            } finally {
                try {
                    conn.close();
                } catch (SQLException e) {
                    throw new StoreException("closing the store: " + e.getMessage(), e);
                }
            }
        }
    }
}
