package io.finlens.store;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.duckdb.DuckDBConnection;

/**
 * The store, one facade: documents, facts, checks and transcripts in an embedded DuckDB database
 * ({@code DIR/finlens.duckdb}), paragraphs and transcript turns in a search index ({@code DIR/index}). Nothing to
 * install or start: {@link #open} creates the directory and the schema, or migrates an older one.
 *
 * <p>Writes go through one connection and DuckDB's Appender, a batch per transaction; a document counts as stored
 * only once its transaction committed (the search index is committed first, so a crash between the two leaves a
 * document the index has and the database lacks, which the next ingest redoes). Reads may come from any thread.
 *
 * <p>The work is done by {@link LibraryWriter} (writes), {@link LibraryReader} (reads of documents and entity names)
 * and {@link LibraryMaintenance} (search index rebuild, compaction, entity resolution), over a shared
 * {@link LibraryState}.
 */
public final class Library implements AutoCloseable {
    /** The database file inside the data directory. */
    public static final String DATABASE = "finlens.duckdb";

    /** Facts appended since the last compaction must be at least this many, and this share of all, to compact. */
    static final long COMPACT_MIN_ROWS = 50_000;
    static final double COMPACT_MIN_SHARE = 0.2;

    private final LibraryState state;
    private final LibraryWriter writer;
    private final LibraryReader reader;
    private final LibraryMaintenance maintenance;
    private final int migratedFrom;
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Documents indexed when this open rebuilt the search index (missing, older or damaged); -1 when it did not. */
    private volatile int rebuiltOnOpen = -1;

    private Library(Path dir, DuckDBConnection conn, int migratedFrom, PassageIndex index) throws SQLException {
        this.state = new LibraryState(dir, conn, index);
        this.writer = new LibraryWriter(state);
        this.reader = new LibraryReader(state);
        this.maintenance = new LibraryMaintenance(state);
        this.migratedFrom = migratedFrom;
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
                lib.state.index.repair(id -> lib.summary(id).isPresent());
                if (!lib.state.index.current() || (lib.state.index.count() == 0 && lib.counts()[0] > 0)) {
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
        return state.dir;
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
        return state.entities;
    }

    /**
     * The search index of the store's paragraphs and transcript turns (for the search command and the server); ask
     * again after {@link #reindex()}, which replaces it.
     */
    public io.finlens.search.SearchIndex searchIndex() {
        return state.index.searchIndex();
    }

    /**
     * Searches paragraphs and transcript turns. {@code entity} in the query may be any name of the company
     * (腾讯, Tencent): it is resolved to the store's entity id first.
     */
    public io.finlens.search.SearchResult search(io.finlens.search.SearchQuery q) {
        Objects.requireNonNull(q, "query");
        if (q.entityId() != null) q = q.withEntity(entityId(q.entityId()));
        try {
            return state.index.searchIndex().search(q);
        } catch (UncheckedIOException e) {
            throw new StoreException("the search index in " + state.dir.resolve("index") + " could not be read (" + PassageIndex.firstLine(e.getMessage())
                    + "); `finlens reindex --data " + state.dir + "` rebuilds it from the database", e);
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
            p = Prepared.of(id, name, bytes.length, a, state.entities);
        } catch (OutOfMemoryError e) {
            throw Admission.outOfMemory(name, bytes.length).exception();
        }
        synchronized (state.writeLock) {
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
        LoadReport r = writer.loadParquet(parquetDir);
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
        return maintenance.reindex();
    }

    /**
     * Rewrites the facts table sorted by entity, metric and period, so that a series or an entity's facts read only
     * the row groups holding them (DuckDB's zone maps skip the rest): 3.6M facts sort in ~5 s and a series then takes
     * ~10 ms instead of ~80. Facts appended later stay at the end until the next compaction. Without {@code force},
     * runs only when at least {@value #COMPACT_MIN_ROWS} facts, and a fifth of all, were appended since the last one.
     * One transaction: a crash leaves the facts as they were. Returns whether it ran.
     */
    public boolean compact(boolean force) {
        return maintenance.compact(force);
    }

    /** The ids of every stored document. */
    Set<String> storedIds() {
        return writer.storedIds();
    }

    /** Adds a prepared document's passages to the search index (from an analysis worker; committed with its batch). */
    void index(Prepared p) {
        writer.index(p);
    }

    /**
     * Writes a batch whose passages were {@link #index indexed}: the search index commits first, then one DuckDB
     * transaction. Returns the nanoseconds spent on the index commit and on the database.
     */
    long[] write(List<Prepared> batch, Collection<String> replace) {
        return writer.write(batch, replace);
    }

    /**
     * Resolves again the entity names stored so far, so that an alias a later document declared applies to earlier
     * documents too (ids do not depend on the order documents arrived in).
     */
    void reresolve() {
        maintenance.reresolve();
    }

    // ---------------------------------------------------------------- reading

    /** A fresh connection for one read (DuckDB connections are not shared between threads). */
    Connection reader() throws SQLException {
        return state.reader();
    }

    /** Every stored document, in the order they were stored. */
    public List<StoredDocument> documents() {
        return documents(0, Integer.MAX_VALUE);
    }

    /** A page of the stored documents, in the order they were stored. */
    public List<StoredDocument> documents(int offset, int limit) {
        return reader.documents(offset, limit);
    }

    /** How many documents and facts the store holds. */
    public long[] counts() {
        return reader.counts();
    }

    /** One document's summary, if stored. */
    public Optional<StoredDocument> summary(String id) {
        return reader.summary(id);
    }

    /** Everything stored for one document: facts, checks, the transcript and the contract JSON, and the text. */
    public Optional<DocumentDetail> document(String id) {
        return reader.document(id, this::facts);
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

    /**
     * The id a name means (腾讯, Tencent → tencent). When no stored fact has that id but exactly one stored id starts
     * with the name's normalized form, that one (Harbor → harborfreightways).
     */
    public String entityId(String name) {
        return reader.entityId(name);
    }

    /** The stored entity ids, each with the name to show (the lexicon's canonical name, else the most common spelling). */
    public SortedMap<String, String> storedEntityNames() {
        return reader.storedEntityNames();
    }

    /** The name to show for an entity id: the lexicon's canonical name, else the most common stored spelling. */
    public String entityName(String id) {
        return reader.entityName(id);
    }

    static BigDecimal plain(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    long size() {
        try (var files = Files.walk(state.dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (state.writeLock) {
            if (state.closed) return;
            state.closed = true;
            try {
                state.index.close();
            } finally {
                try {
                    state.conn.close();
                } catch (SQLException e) {
                    throw new StoreException("closing the store: " + e.getMessage(), e);
                }
            }
        }
    }
}
