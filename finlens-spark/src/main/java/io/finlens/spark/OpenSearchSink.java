package io.finlens.spark;

import io.finlens.search.FinlensAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Passages into an OpenSearch index through the official Java client's bulk API, from each partition of the job.
 * Chinese is searched as the embedded index searches it: {@code words} holds the passage's tokens from finlens' own
 * analyzer ({@link FinlensAnalyzer}: HanLP words, English stemmed, stop words dropped), joined by spaces and indexed
 * with OpenSearch's {@code whitespace} analyzer, so a query analyzed by {@link #words} matches the same tokens;
 * {@code text} keeps the passage with the {@code cjk} analyzer (bigrams), which finds a Chinese string however HanLP
 * cut it. A passage's id is {@code doc_id:idx}: indexing again replaces, never duplicates.
 */
public final class OpenSearchSink {
    /** Where passages go: an OpenSearch base URL ({@code http://127.0.0.1:9200}) and an index name. */
    public record Target(String url, String index) implements java.io.Serializable {
        public Target {
            if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IllegalArgumentException("an OpenSearch URL starts with http:// or https://: " + url);
            }
            if (index == null || !index.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("an index name is lower-case letters, digits, '.', '_' or '-': " + index);
            }
        }
    }

    /** Passages per bulk request. */
    static final int BULK = 500;

    private OpenSearchSink() {
    }

    /** Creates the index with finlens' mapping unless it exists, sends every passage, refreshes; returns the passages sent. */
    public static long index(Dataset<Row> passages, Target t) {
        try (OpenSearchTransport transport = transport(t)) {
            OpenSearchClient client = new OpenSearchClient(transport);
            if (!client.indices().exists(e -> e.index(t.index())).value()) create(client, t.index());
            org.apache.spark.util.LongAccumulator sent = passages.sparkSession().sparkContext().longAccumulator("passages sent");
            passages.foreachPartition((ForeachPartitionFunction<Row>) rows -> sent.add(send(t, rows)));
            client.indices().refresh(r -> r.index(t.index()));
            return sent.value();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + t.url() + ": " + e.getMessage(), e);
        }
    }

    private static void create(OpenSearchClient client, String index) throws IOException {
        client.indices().create(c -> c.index(index).mappings(m -> m
                .properties("doc_id", p -> p.keyword(k -> k)).properties("idx", p -> p.integer(i -> i))
                .properties("entity_id", p -> p.keyword(k -> k)).properties("period", p -> p.keyword(k -> k))
                .properties("document", p -> p.keyword(k -> k)).properties("kind", p -> p.keyword(k -> k))
                .properties("exchange", p -> p.integer(i -> i)).properties("speaker", p -> p.keyword(k -> k))
                .properties("role", p -> p.keyword(k -> k)).properties("firm", p -> p.keyword(k -> k))
                .properties("topics", p -> p.keyword(k -> k)).properties("aliases", p -> p.keyword(k -> k))
                .properties("language", p -> p.keyword(k -> k)).properties("start_cp", p -> p.integer(i -> i))
                .properties("end_cp", p -> p.integer(i -> i))
                .properties("text", p -> p.text(x -> x.analyzer("cjk")))
                .properties("words", p -> p.text(x -> x.analyzer("whitespace")))));
    }

    /** Sends one partition's passages in bulk requests of {@value #BULK}; a rejected passage fails the task, naming it. */
    private static long send(Target t, Iterator<Row> rows) throws IOException {
        long n = 0;
        try (OpenSearchTransport transport = transport(t)) {
            OpenSearchClient client = new OpenSearchClient(transport);
            List<Row> batch = new ArrayList<>(BULK);
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() == BULK || !rows.hasNext()) {
                    bulk(client, t.index(), batch);
                    n += batch.size();
                    batch.clear();
                }
            }
        }
        return n;
    }

    private static void bulk(OpenSearchClient client, String index, List<Row> batch) throws IOException {
        BulkRequest.Builder b = new BulkRequest.Builder().index(index);
        for (Row r : batch) {
            Map<String, Object> doc = document(r);
            String id = doc.get("doc_id") + ":" + doc.get("idx");
            b.operations(op -> op.index(i -> i.id(id).document(doc)));
        }
        BulkResponse response = client.bulk(b.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    throw new IllegalStateException("OpenSearch refused passage " + item.id() + " in " + index + ": " + item.error().reason());
                }
            }
        }
    }

    /** A passage row as the JSON document the index holds. */
    static Map<String, Object> document(Row r) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String f : List.of("doc_id", "idx", "entity_id", "period", "document", "kind", "exchange", "speaker", "role", "firm",
                "language", "start_cp", "end_cp", "text")) {
            Object v = r.getAs(f);
            if (v != null) d.put(f, v);
        }
        d.put("topics", scala.jdk.javaapi.CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("topics")));
        d.put("aliases", scala.jdk.javaapi.CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("aliases")));
        d.put("words", String.join(" ", words(r.getAs("text"))));
        return d;
    }

    /** The tokens finlens' index makes of a text (the {@code words} field's content; analyze a query with it too). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = Tokens.ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString().toLowerCase(Locale.ROOT));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One analyzer per JVM (Lucene analyzers are thread-safe), its HanLP dictionaries loaded on first use. */
    private static final class Tokens {
        static final Analyzer ANALYZER = new FinlensAnalyzer();
    }

    private static OpenSearchTransport transport(Target t) {
        try {
            return ApacheHttpClient5TransportBuilder.builder(HttpHost.create(t.url())).setMapper(new JacksonJsonpMapper()).build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + t.url(), e);
        }
    }
}
