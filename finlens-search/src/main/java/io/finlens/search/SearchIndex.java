package io.finlens.search;

import static io.finlens.search.PassageFields.DOC_ID;
import static io.finlens.search.PassageFields.ENTITY;
import static io.finlens.search.PassageFields.FIRM;
import static io.finlens.search.PassageFields.LANGUAGE;
import static io.finlens.search.PassageFields.ORDER;
import static io.finlens.search.PassageFields.PERIOD_END;
import static io.finlens.search.PassageFields.ROLE;
import static io.finlens.search.PassageFields.SPEAKER;
import static io.finlens.search.PassageFields.TEXT;
import static io.finlens.search.PassageFields.TEXT_BIGRAMS;
import static io.finlens.search.PassageFields.TOPIC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of {@link Passage}s in a directory. One writer adds and deletes; any number of threads search at the
 * same time. Searches see what was committed: {@link #commit} makes added and deleted passages visible (and stores
 * the caller's user data with them); {@link #close} drops what was not committed.
 *
 * <p>Fields: {@code text} (stored; {@link FinlensAnalyzer}: HanLP words + English), {@code text_bg} (CJK bigrams),
 * both with offsets for highlighting; exact filter fields {@code doc_id}, {@code entity}, {@code period},
 * {@code speaker} (every name of the speaker), {@code role}, {@code firm}, {@code topic},
 * {@code language}, {@code kind}; {@code period_end} as a day number for period ranges ({@link PassageFields} lays
 * them out).
 */
public final class SearchIndex implements AutoCloseable {
    /** Up to how many matches {@link SearchResult#total()} is exact; beyond, it is a lower bound. */
    public static final int EXACT_TOTAL_UP_TO = 1000;

    /** The commit user data key naming the index layout and analysis this code writes. */
    public static final String SCHEMA_KEY = "finlens.search.schema";
    /**
     * The layout and analysis version: raise it when fields, analyzers or their word lists change, so that an index
     * written before can be told apart ({@link #schemaCurrent()}) and rebuilt.
     */
    public static final String SCHEMA = "3"; // 2: traditional characters folded to simplified; 3: a sort key for ties

    private static final org.apache.lucene.search.Sort RANKING = new org.apache.lucene.search.Sort(
            org.apache.lucene.search.SortField.FIELD_SCORE, new org.apache.lucene.search.SortField(ORDER, org.apache.lucene.search.SortField.Type.STRING));

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final UserQuery parser;

    private SearchIndex(Directory dir, IndexWriter writer, SearcherManager searchers, UserQuery parser) {
        this.dir = dir;
        this.writer = writer;
        this.searchers = searchers;
        this.parser = parser;
    }

    /** The per-field analyzer, warmed up: HanLP's dictionaries load here, not in the first search. */
    static Analyzer analyzer() {
        Analyzer a = new PerFieldAnalyzerWrapper(new FinlensAnalyzer(), Map.of(TEXT_BIGRAMS, FinlensAnalyzer.bigrams()));
        try (var ts = a.tokenStream(TEXT, "营收 revenue")) {
            ts.reset();
            while (ts.incrementToken()) {
                // loading only
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return a;
    }

    /** Opens the index in {@code dir} for reading and writing, creating it when absent. */
    public static SearchIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Directory d = null;
        IndexWriter w = null;
        try {
            d = FSDirectory.open(dir);
            Analyzer a = analyzer();
            IndexWriterConfig cfg = new IndexWriterConfig(a)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            w = new IndexWriter(d, cfg);
            if (!DirectoryReader.indexExists(d)) w.commit();
            SearcherManager m = new SearcherManager(d, null);
            return new SearchIndex(d, w, m, new UserQuery(a, a));
        } catch (IOException e) {
            closeQuietly(w, d);
            throw new UncheckedIOException("cannot open search index " + dir, e);
        }
    }

    /**
     * Opens an existing index for searching only (no lock taken, so a writer may hold it elsewhere); a search sees
     * the commit that was latest when opened or at the last {@link #refresh()}.
     */
    public static SearchIndex openReadOnly(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Directory d = null;
        try {
            d = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(d)) throw new IllegalArgumentException("no search index in " + dir);
            Analyzer a = analyzer();
            return new SearchIndex(d, null, new SearcherManager(d, null), new UserQuery(a, a));
        } catch (IOException e) {
            closeQuietly(null, d);
            throw new UncheckedIOException("cannot open search index " + dir, e);
        }
    }

    private static void closeQuietly(IndexWriter w, Directory d) {
        try {
            if (w != null) w.rollback();
            if (d != null) d.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    private IndexWriter writer() {
        if (writer == null) throw new IllegalStateException("search index opened read-only");
        return writer;
    }

    /** Adds passages (visible to searches after the next {@link #commit}). */
    public void add(List<Passage> passages) {
        Objects.requireNonNull(passages, "passages");
        try {
            writer().addDocuments(PassageFields.documents(passages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add to search index", e);
        }
    }

    /**
     * Replaces every passage of a document by {@code passages} in one atomic step (visible after the next
     * {@link #commit}): two replacements of the same document at once leave one copy, never both.
     */
    public void replaceDocument(String docId, List<Passage> passages) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(passages, "passages");
        try {
            writer().updateDocuments(new Term(DOC_ID, docId), PassageFields.documents(passages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace in search index", e);
        }
    }

    /** Removes every passage of a document (visible after the next {@link #commit}). */
    public void deleteDocument(String docId) {
        Objects.requireNonNull(docId, "docId");
        try {
            writer().deleteDocuments(new Term(DOC_ID, docId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from search index", e);
        }
    }

    /**
     * Commits what was added and deleted, with {@code userData} (e.g. the store's version) and {@link #SCHEMA_KEY},
     * and shows it to searches.
     */
    public void commit(Map<String, String> userData) {
        Objects.requireNonNull(userData, "userData");
        commit(() -> userData);
    }

    /**
     * Commits like {@link #commit(Map)}, with user data made while the commit is written: after Lucene flushed what
     * was added, so it can name everything the commit holds even while other threads keep adding (what they add
     * after the flush goes into the next commit; the user data may name it too).
     */
    public synchronized void commit(java.util.function.Supplier<Map<String, String>> userData) {
        Objects.requireNonNull(userData, "userData");
        try {
            writer().setLiveCommitData(() -> {
                TreeMap<String, String> data = new TreeMap<>(userData.get());
                data.put(SCHEMA_KEY, SCHEMA);
                return data.entrySet().iterator();
            });
            writer().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit search index", e);
        }
    }

    /**
     * Verifies the checksums of every file of the commit searches see (reads the whole index once; about a second
     * per GB): a truncated or overwritten segment throws here, with the file named, instead of in a later search.
     */
    public void verify() {
        IndexSearcher s = acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) leaf.reader().checkIntegrity();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index is damaged: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /** Waits until background merges are done (for measurements: size and latency without merges running). */
    void awaitMerges() {
        if (writer.getConfig().getMergeScheduler() instanceof org.apache.lucene.index.ConcurrentMergeScheduler cms) cms.sync();
    }

    /** Looks for a newer commit (for a read-only index another process writes). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh search index", e);
        }
    }

    /** The user data of the commit searches see, sorted by key; empty for a new index. */
    public Map<String, String> committedUserData() {
        IndexSearcher s = acquire();
        try {
            return Collections.unmodifiableMap(new TreeMap<>(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search index commit", e);
        } finally {
            release(s);
        }
    }

    /**
     * Whether the index was written by this layout and analysis ({@link #SCHEMA}), or holds nothing; false means its
     * passages should be indexed again (delete the directory and re-add).
     */
    public boolean schemaCurrent() {
        return count() == 0 || SCHEMA.equals(committedUserData().get(SCHEMA_KEY));
    }

    /** How many documents have passages that searches see (distinct document ids of live passages). */
    public long documentCount() {
        IndexSearcher s = acquire();
        try {
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(s.getIndexReader(), DOC_ID);
            if (terms == null) return 0;
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(s.getIndexReader());
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            org.apache.lucene.index.PostingsEnum pe = null;
            long n = 0;
            while (te.next() != null) {
                pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) {
                        n++;
                        break;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search index", e);
        } finally {
            release(s);
        }
    }

    /** How many passages searches see. */
    public long count() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    /** Searches; never throws on the query's text. */
    public SearchResult search(SearchQuery q) {
        Objects.requireNonNull(q, "query");
        long t0 = System.nanoTime();
        IndexSearcher s = acquire();
        try {
            Query text = q.text().isBlank() ? null : parser.parse(q.text(), s.getIndexReader());
            if (text == null && !q.text().isBlank()) return SearchResult.empty(micros(t0));
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(text != null ? text : new MatchAllDocsQuery(), Occur.MUST);
            filter(b, DOC_ID, q.docId());
            filter(b, ENTITY, PassageFields.key(q.entityId()));
            filter(b, SPEAKER, PassageFields.key(q.speaker()));
            filter(b, FIRM, PassageFields.key(q.firm()));
            filter(b, TOPIC, PassageFields.key(q.topic()));
            filter(b, ROLE, PassageFields.key(q.role()));
            filter(b, LANGUAGE, PassageFields.key(q.language()));
            if (q.periodFrom() != null || q.periodTo() != null) {
                int from = q.periodFrom() == null ? Integer.MIN_VALUE : PeriodRange.of(q.periodFrom()).first();
                int to = q.periodTo() == null ? Integer.MAX_VALUE : PeriodRange.of(q.periodTo()).last();
                b.add(IntPoint.newRangeQuery(PERIOD_END, from, to), Occur.FILTER);
            }
            Query query = b.build();
            int n = q.offset() + q.limit();
            // counting every match of a word in millions of passages is what makes p99; past a thousand, "1000+" says enough
            // ties of score in a total order (document id, offset), not in the order documents happened to be indexed
            TopDocs top = s.search(query, new org.apache.lucene.search.TopFieldCollectorManager(RANKING, n, null, Math.max(n, EXACT_TOTAL_UP_TO)));
            Weight weight = null;
            if (text != null && top.scoreDocs.length > q.offset()) {
                weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            StoredFields stored = s.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Passage p = PassageFields.passage(stored.document(sd.doc));
                List<Highlight> hs = weight == null ? List.of() : highlights(weight, leaves, sd.doc, p);
                float score = sd instanceof org.apache.lucene.search.FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
                hits.add(new Hit(p, score, Snippets.render(p, hs, Snippets.OPEN, Snippets.CLOSE), hs));
            }
            return new SearchResult(top.totalHits.value(), hits, micros(t0),
                    top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search index", e);
        } finally {
            release(s);
        }
    }

    private static long micros(long t0) {
        return (System.nanoTime() - t0) / 1000;
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }

    private static List<Highlight> highlights(Weight w, List<LeafReaderContext> leaves, int doc, Passage p) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches m = w.matches(leaf, doc - leaf.docBase);
        if (m == null) return List.of();
        TreeSet<Highlight> found = new TreeSet<>();
        for (String field : List.of(TEXT, TEXT_BIGRAMS)) {
            MatchesIterator it = m.getMatches(field);
            if (it == null) continue;
            while (it.next()) {
                int s = it.startOffset();
                int e = it.endOffset();
                if (s >= 0 && e > s && e <= p.text().length()) found.add(new Highlight(p.start() + s, p.start() + e));
            }
        }
        // merge overlapping and touching ranges
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : found) {
            if (!out.isEmpty() && h.start() <= out.get(out.size() - 1).end()) {
                Highlight last = out.remove(out.size() - 1);
                out.add(new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a searcher", e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher", e);
        }
    }


    /** Drops uncommitted changes and closes. */
    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close search index", e);
        }
    }
}
