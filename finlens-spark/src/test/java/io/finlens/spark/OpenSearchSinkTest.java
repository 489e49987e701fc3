package io.finlens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finlens.store.Prepared;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The sink against a real single OpenSearch node ({@code finlens-testnode}: OpenSearch 3.9 from Maven Central, in a
 * JVM of its own on 127.0.0.1), fed by the job on local Spark over {@link TestCorpus}.
 */
class OpenSearchSinkTest {
    @TempDir
    static Path dir;
    static Process node;
    static String url;
    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of("..", "finlens-testnode", "target");
        String cp = target.resolve("classes") + java.io.File.pathSeparator + Files.readString(target.resolve("classpath.txt")).strip();
        node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED", "-cp", cp, "io.finlens.testnode.TestNode", dir.resolve("node").toString())
                .redirectError(dir.resolve("node.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        url = out.readLine();
        assertThat(url).as("the node's address (its log: " + dir.resolve("node.log") + ")").startsWith("http://127.0.0.1:");
        Logs.quiet();
        TestCorpus.write(dir.resolve("in"));
        spark = Corpus.session("local[2]", false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (spark != null) spark.stop();
        if (node != null) {
            node.getOutputStream().close();
            if (!node.waitFor(30, TimeUnit.SECONDS)) node.destroyForcibly();
        }
    }

    static CorpusJob.Report job(CorpusJob.Mode mode) {
        OpenSearchSink.Target t = new OpenSearchSink.Target(url, "passages-test");
        return new CorpusJob(spark, new java.io.PrintWriter(new java.io.StringWriter()))
                .run(new CorpusJob.Settings(List.of(dir.resolve("in").toString()), CorpusJob.InputKind.files, dir.resolve("out").toString(), mode, 2, t));
    }

    @Test
    void passagesAreSearchableAsTheEmbeddedIndexTokenizesThemAndARerunAddsNone() throws Exception {
        CorpusJob.Report r = job(CorpusJob.Mode.OVERWRITE);
        assertThat(r.indexed()).isEqualTo(r.passages()).isPositive();
        String zh = Prepared.contentId(TestCorpus.ZH.getBytes(StandardCharsets.UTF_8));
        HttpHost host = HttpHost.create(url);
        try (OpenSearchTransport tr = ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper()).build()) {
            OpenSearchClient c = new OpenSearchClient(tr);
            assertThat(c.count(q -> q.index("passages-test")).count()).isEqualTo(r.passages());
            // HanLP's words, as finlens' own index has them: the query is analyzed by the same analyzer
            String words = String.join(" ", OpenSearchSink.words("云业务收入"));
            assertThat(words).contains("云").doesNotContain("云业务收入");
            assertThat(docIds(c.search(s -> s.index("passages-test").query(q -> q.match(m -> m.field("words").query(v -> v.stringValue(words))
                    .operator(org.opensearch.client.opensearch._types.query_dsl.Operator.And))), ObjectNode.class))).containsOnly(zh).isNotEmpty();
            // CJK bigrams on the text itself find the string however it was cut
            assertThat(docIds(c.search(s -> s.index("passages-test").query(q -> q.matchPhrase(m -> m.field("text").query("云业务"))),
                    ObjectNode.class))).containsOnly(zh).isNotEmpty();
            // the English stemmer: "reported" finds "reports"
            assertThat(docIds(c.search(s -> s.index("passages-test").query(q -> q.match(m -> m.field("words")
                    .query(v -> v.stringValue(String.join(" ", OpenSearchSink.words("reports")))))), ObjectNode.class))).isNotEmpty();
            CorpusJob.Report again = job(CorpusJob.Mode.APPEND_NEW);
            assertThat(again.indexed()).isZero();
            job(CorpusJob.Mode.OVERWRITE);
            c.indices().refresh(x -> x.index("passages-test"));
            assertThat(c.count(q -> q.index("passages-test")).count()).as("indexed again: replaced, not added").isEqualTo(r.passages());
        }
    }

    static List<String> docIds(SearchResponse<ObjectNode> r) {
        List<String> out = new ArrayList<>();
        for (var h : r.hits().hits()) out.add(h.source().path("doc_id").asText());
        return out;
    }
}
