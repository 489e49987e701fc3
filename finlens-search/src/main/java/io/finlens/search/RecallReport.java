package io.finlens.search;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures recall and precision of search on a corpus (not a test: the dev corpus is other publishers' text and is
 * only read at run time, never copied). For each query, the passages holding the query as a string (case-insensitive)
 * are what should be found; each analyzer's index is searched for it, and recall (found of those) and precision
 * (of the found, how many hold the string) are printed. Analyzers: finlens as {@link SearchIndex} searches (HanLP
 * words + CJK-bigram phrase), finlens words alone, Lucene's StandardAnalyzer (one token per Han character, query as
 * a phrase; and through the classic QueryParser, whose default takes any of the characters) and CJKAnalyzer
 * (bigrams, query as a phrase).
 *
 * <pre>java -cp … io.finlens.search.RecallReport [--query Q]... DIR_OR_FILES...</pre>
 */
public final class RecallReport {
    static final List<String> QUERIES = List.of("元宝", "营收", "亿元", "GPU", "资本开支", "capex", "cloud", "推理", "算力", "毛利率",
            "广告", "回购", "同比增长", "revenue", "margin", "guidance", "free cash flow");

    private RecallReport() {
    }

    public static void main(String[] args) throws IOException {
        List<String> queries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--query")) queries.add(args[++i]);
            else files.addAll(texts(Path.of(args[i])));
        }
        if (queries.isEmpty()) queries = QUERIES;
        if (files.isEmpty()) files = texts(Path.of("..", "shared", "corpus", "dev"));
        if (files.isEmpty()) {
            System.err.println("no .txt files given (default ../shared/corpus/dev)");
            System.exit(2);
        }
        Finlens finlens = new Finlens();
        List<Passage> passages = new ArrayList<>();
        for (Path f : files) {
            Analysis a = finlens.analyze(f.toString(), Files.readAllBytes(f));
            passages.addAll(Passages.of(f.getFileName().toString(), null, a));
        }
        System.out.printf(Locale.ROOT, "%d documents, %,d passages%n%n", files.size(), passages.size());
        Map<String, Searcher> searchers = new LinkedHashMap<>();
        Path tmp = Files.createTempDirectory("finlens-recall");
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.add(passages);
            index.commit(Map.of());
            searchers.put("finlens", q -> {
                Set<Integer> out = new HashSet<>();
                for (Hit h : index.search(SearchQuery.of(q).page(SearchQuery.MAX_LIMIT, 0)).hits()) out.add(indexOf(passages, h.passage()));
                return out;
            });
            searchers.put("finlens-words", plain(new FinlensAnalyzer(), passages));
            searchers.put("standard", plain(new StandardAnalyzer(), passages));
            searchers.put("standard-parser", parsed(new StandardAnalyzer(), passages));
            searchers.put("cjk-bigram", plain(new CJKAnalyzer(), passages));
            System.out.printf(Locale.ROOT, "%-14s %8s", "query", "holding");
            for (String name : searchers.keySet()) System.out.printf(Locale.ROOT, "  %-22s", name + " R / P");
            System.out.println();
            for (String q : queries) {
                String lq = q.toLowerCase(Locale.ROOT);
                Set<Integer> expected = new HashSet<>();
                for (int i = 0; i < passages.size(); i++) {
                    if (passages.get(i).text().toLowerCase(Locale.ROOT).contains(lq)) expected.add(i);
                }
                System.out.printf(Locale.ROOT, "%-14s %8d", q, expected.size());
                for (Searcher s : searchers.values()) {
                    Set<Integer> found = s.find(q);
                    long good = found.stream().filter(expected::contains).count();
                    System.out.printf(Locale.ROOT, "  %-22s", String.format(Locale.ROOT, "%d/%d %s / %s", good, expected.size(),
                            ratio(good, expected.size()), ratio(good, found.size())));
                }
                System.out.println();
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        System.out.println("\nR = recall (found / passages holding the query string), P = precision (holding / found).");
    }

    private static String ratio(long a, long b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * a / b);
    }

    private static int indexOf(List<Passage> ps, Passage p) {
        for (int i = 0; i < ps.size(); i++) {
            Passage x = ps.get(i);
            if (x.docId().equals(p.docId()) && x.start() == p.start()) return i;
        }
        return -1;
    }

    private static List<Path> texts(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
        }
        return Files.isRegularFile(p) ? List.of(p) : List.of();
    }

    interface Searcher {
        Set<Integer> find(String q) throws IOException;
    }

    /** One field analysed by {@code a}; the query's tokens as one phrase. */
    private static Searcher plain(Analyzer a, List<Passage> passages) throws IOException {
        return plain(a, passages, false);
    }

    private static Searcher plain(Analyzer a, List<Passage> passages, boolean queryParser) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(a))) {
            for (int i = 0; i < passages.size(); i++) {
                Document d = new Document();
                d.add(new TextField("f", passages.get(i).text(), Field.Store.NO));
                d.add(new StoredField("i", i));
                w.addDocument(d);
            }
        }
        IndexSearcher s = new IndexSearcher(DirectoryReader.open(dir));
        return q -> {
            Query query;
            try {
                query = queryParser ? new org.apache.lucene.queryparser.classic.QueryParser("f", a).parse(
                        org.apache.lucene.queryparser.classic.QueryParser.escape(q)) : phrase(a, q);
            } catch (org.apache.lucene.queryparser.classic.ParseException e) {
                return Set.of();
            }
            Set<Integer> out = new HashSet<>();
            if (query == null) return out;
            for (ScoreDoc sd : s.search(query, 100_000).scoreDocs) {
                out.add(s.storedFields().document(sd.doc).getField("i").numericValue().intValue());
            }
            return out;
        };
    }

    /** One field analysed by {@code a}; the query through Lucene's classic QueryParser (its default: any token). */
    private static Searcher parsed(Analyzer a, List<Passage> passages) throws IOException {
        return plain(a, passages, true);
    }

    private static Query phrase(Analyzer a, String q) {
        List<String> terms = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", q)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int p = -1;
            while (ts.incrementToken()) {
                p += inc.getPositionIncrement();
                terms.add(t.toString());
                pos.add(p);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) return null;
        if (terms.size() == 1) return new TermQuery(new Term("f", terms.get(0)));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) b.add(new Term("f", terms.get(i)), pos.get(i) - pos.get(0));
        return b.build();
    }
}
