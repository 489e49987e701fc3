package io.finlens.server;

import static io.finlens.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store endpoints over real HTTP, on a real store (DuckDB in a temporary directory). */
class StoreApiTest {
    @TempDir
    static Path data;
    static FinlensServer server;
    static Http http;
    static List<String> ids = new ArrayList<>();
    static byte[] lanshan;

    @BeforeAll
    static void start() throws IOException {
        server = FinlensServer.start(ServerOptions.loopback().withDataDir(data), LibraryCatalog.open(data));
        http = new Http(server.url());
        lanshan = Files.readAllBytes(Http.sample("lanshan-2025q2-zh.txt"));
        for (Path p : TestDocs.all()) {
            Http.Response r = http.postBytes("/api/analyze?store=true&name=" + p.getFileName(), "text/plain; charset=utf-8", Files.readAllBytes(p));
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            assertThat(r.header("Location")).isEqualTo("/api/documents/" + r.header("X-Finlens-Document"));
            ids.add(r.header("X-Finlens-Document"));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void storedDocumentsAreListed() {
        JsonNode docs = http.get("/api/documents").json();
        assertThat(docs.size()).isEqualTo(TestDocs.all().size());
        List<String> listed = new ArrayList<>();
        for (JsonNode d : docs) listed.add(d.path("id").asText());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(health().path("store").asBoolean()).isTrue();
        Http.Response page = http.get("/api/documents?offset=1&limit=2");
        assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(ids.size()));
        assertThat(page.json().size()).isEqualTo(2);
        assertThat(page.json().get(0).path("id").asText()).isEqualTo(docs.get(1).path("id").asText());
        assertProblem(http.get("/api/documents?limit=0"), 400, "limit");
        assertProblem(http.get("/api/documents?offset=-1"), 400, "offset");
    }

    @Test
    void oneDocumentHasItsFactsChecksTranscriptAndText() {
        Http.Response r = http.postBytes("/api/analyze?store=true&name=lanshan-2025q2-zh.txt", "text/plain", lanshan);
        assertThat(r.status()).isEqualTo(200); // stored before: the same id, nothing stored again
        assertThat(r.header("Location")).isEqualTo("/api/documents/" + r.header("X-Finlens-Document"));
        String id = r.header("X-Finlens-Document");
        JsonNode d = http.get("/api/documents/" + id).json();
        assertThat(d.path("id").asText()).isEqualTo(id);
        assertThat(d.path("text").asText()).isEqualTo(new String(lanshan, StandardCharsets.UTF_8));
        assertThat(d.path("facts").size()).isEqualTo(r.json().path("facts").size());
        assertThat(d.path("checks").size()).isEqualTo(r.json().path("checks").size());
        assertThat(d.path("transcript").path("exchanges").size()).isEqualTo(3);
        assertThat(d.path("facts")).isEqualTo(r.json().path("facts"));
    }

    @Test
    void anUnknownDocumentIsA404() {
        assertProblem(http.get("/api/documents/nope"), 404, "nope");
    }

    @Test
    void factsAreFilteredByEntityMetricAndPeriods() {
        JsonNode all = http.get("/api/facts?metric=revenue&entity=" + enc("青木网络")).json();
        assertThat(all.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode f : all) assertThat(f.path("metric").asText()).isEqualTo("revenue");
        JsonNode q2 = http.get("/api/facts?metric=revenue&entity=" + enc("青木网络") + "&from=2025Q2&to=2025Q2").json();
        assertThat(q2.size()).isEqualTo(1);
        assertThat(q2.get(0).path("value").decimalValue()).isEqualByComparingTo("43680000000");
        assertProblem(http.get("/api/facts?from=2025Q9"), 400, "2025Q9");
        assertThat(http.get("/api/facts?limit=2").json().size()).isEqualTo(2);
        assertProblem(http.get("/api/facts?limit=0"), 400, "limit");
        assertProblem(http.get("/api/facts?limit=many"), 400, "many");
    }

    @Test
    void aSeriesRunsAcrossDocumentsInPeriodOrder() {
        JsonNode s = http.get("/api/series?metric=revenue&entity=" + enc("蓝山科技")).json();
        List<String> periods = new ArrayList<>();
        for (JsonNode p : s.path("points")) periods.add(p.path("period").asText());
        assertThat(periods).contains("2025Q1", "2025Q2").isSorted();
        assertProblem(http.get("/api/series?metric=revenue"), 400, "entity");
    }

    @Test
    void searchFindsPassagesWithHighlightsInTheirSnippets() {
        JsonNode r = http.get("/api/search?q=" + enc("云服务")).json();
        assertThat(r.path("total").asLong()).isPositive();
        for (JsonNode h : r.path("hits")) {
            String snippet = h.path("snippet").asText();
            assertThat(h.path("highlights").size()).as(snippet).isPositive();
            for (JsonNode x : h.path("highlights")) {
                String marked = snippet.substring(snippet.offsetByCodePoints(0, x.path("start").asInt()),
                        snippet.offsetByCodePoints(0, x.path("end").asInt()));
                assertThat("云服务").as(snippet).contains(marked);
            }
            assertThat(ids).contains(h.path("document").asText());
        }
    }

    @Test
    void searchFiltersBySpeakerAndFirm() {
        JsonNode r = http.get("/api/search?q=" + enc("广告") + "&firm=" + enc("Goldman Sachs")).json();
        assertThat(r.path("hits").size()).isPositive();
        for (JsonNode h : r.path("hits")) assertThat(h.path("firm").asText()).isEqualTo("Goldman Sachs");
        JsonNode s = http.get("/api/search?speaker=" + enc("王芳")).json();
        assertThat(s.path("hits").size()).isPositive();
        for (JsonNode h : s.path("hits")) assertThat(h.path("speaker").asText()).isEqualTo("王芳");
        assertProblem(http.get("/api/search"), 400, "q");
        assertProblem(http.get("/api/search?q=x&limit=0"), 400, "limit");
    }

    static JsonNode health() {
        return http.get("/api/health").json();
    }
}
