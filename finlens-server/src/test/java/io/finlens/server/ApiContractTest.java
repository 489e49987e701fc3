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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API against its own OpenAPI document, over real HTTP on a real store: every documented operation is called and
 * its answer checked against its typed schema; every parameter of it is given once and must be honoured (a filter
 * narrows to what it names); an unknown parameter is a 400. What was called and honoured is printed as a report.
 */
class ApiContractTest {
    @TempDir
    static Path data;
    static FinlensServer server;
    static Http http;
    static JsonNode api;
    static String harborId;
    static final Map<String, List<String>> REPORT = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        server = FinlensServer.start(ServerOptions.loopback().withDataDir(data), LibraryCatalog.open(data));
        http = new Http(server.url());
        for (Path p : TestDocs.all()) {
            Http.Response r = http.postBytes("/api/analyze?store=true&name=" + p.getFileName(), "text/plain; charset=utf-8", Files.readAllBytes(p));
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            if (p.getFileName().toString().startsWith("harbor")) harborId = r.header("X-Finlens-Document");
        }
        api = http.get("/api/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        REPORT.forEach((op, lines) -> System.out.println("API contract: " + op + ": " + String.join("; ", lines)));
        if (server != null) server.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void report(String op, String line) {
        REPORT.computeIfAbsent(op, k -> new ArrayList<>()).add(line);
    }

    /** Calls a GET and checks the answer against the operation's schema in the document. */
    static JsonNode call(String path, String query) {
        Http.Response r = http.get(path + (query.isEmpty() ? "" : "?" + query));
        assertThat(r.status()).as(path + "?" + query + ": " + r.text()).isEqualTo(200);
        JsonNode schema = api.path("paths").path(path).path("get").path("responses").path("200").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            List<String> broken = new ArrayList<>();
            SchemaCheck.check(api, schema, r.json(), "$", broken);
            assertThat(broken).as(path + "?" + query).isEmpty();
        }
        report(path, query.isEmpty() ? "called" : query);
        return r.contentType().startsWith("application/json") ? r.json() : null;
    }

    @Test
    void everyDocumentedOperationAnswersItsSchemaAndRefusesUnknownParameters() throws IOException {
        List<String> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : api.path("paths").properties()) {
            for (Iterator<String> m = e.getValue().fieldNames(); m.hasNext(); ) ops.add(m.next().toUpperCase() + " " + e.getKey());
        }
        assertThat(ops).containsExactlyInAnyOrder("POST /api/analyze", "GET /api/documents", "GET /api/documents/{id}", "GET /api/facts",
                "GET /api/series", "GET /api/search", "GET /api/export", "GET /api/entities", "GET /api/health", "GET /api/openapi.json");
        Http.Response a = http.postBytes("/api/analyze?text=true&name=x.txt", "text/plain; charset=utf-8",
                Files.readAllBytes(Http.sample("harbor-2025q3-en.txt")));
        List<String> broken = new ArrayList<>();
        SchemaCheck.check(api, api.at("/components/schemas/Analysis"), a.json(), "$", broken);
        assertThat(broken).isEmpty();
        report("/api/analyze", "called (text, name)");
        call("/api/documents", "offset=1&limit=2");
        call("/api/documents/{id}".replace("{id}", harborId), "");
        call("/api/entities", "");
        call("/api/health", "");
        for (String op : ops) {
            String path = op.substring(op.indexOf(' ') + 1).replace("{id}", harborId);
            Http.Response r = op.startsWith("POST") ? http.postText(path + "?nonsense=1", "x") : http.get(path + "?nonsense=1");
            assertProblem(r, 400, "unknown parameter 'nonsense'");
            report(op.substring(op.indexOf(' ') + 1), "unknown parameter refused with 400");
        }
    }

    static void allMatch(JsonNode array, String what, Predicate<JsonNode> p) {
        assertThat(array.size()).as(what + " finds something").isPositive();
        for (JsonNode n : array) assertThat(p.test(n)).as(what + ": " + n).isTrue();
    }

    @Test
    void everyFactsFilterIsHonoured() {
        String f = "/api/facts";
        int all = call(f, "limit=100000").size();
        allMatch(call(f, "entity=" + enc("Ridgeway Instruments")), "entity", n -> n.path("entity_id").asText().startsWith("ridgeway"));
        allMatch(call(f, "metric=revenue"), "metric", n -> n.path("metric").asText().equals("revenue"));
        allMatch(call(f, "segment=-"), "segment", n -> n.path("segment").isNull());
        allMatch(call(f, "basis=non-gaap"), "basis", n -> n.path("basis").asText().equals("non-gaap"));
        allMatch(call(f, "from=2025Q4&to=FY2025"), "from/to", n -> n.path("period_end").asText().equals("2025-12-31"));
        allMatch(call(f, "guidance=true"), "guidance", n -> n.path("guidance").asBoolean());
        allMatch(call(f, "doc=" + harborId), "doc", n -> n.path("doc_id").asText().equals(harborId));
        JsonNode first = call(f, "limit=3"), next = call(f, "offset=2&limit=3");
        assertThat(first.size()).isEqualTo(3);
        assertThat(next.get(0)).as("offset pages").isEqualTo(first.get(2));
        assertThat(call(f, "offset=" + (all - 1)).size()).isEqualTo(1);
        assertProblem(http.get(f + "?basis=gaap"), 400, "gaap");
        assertProblem(http.get(f + "?guidance=maybe"), 400, "maybe");
    }

    @Test
    void everySeriesFilterIsHonoured() {
        String s = "/api/series";
        String who = "entity=" + enc("Ridgeway Instruments") + "&metric=revenue";
        JsonNode quarters = call(s, who);
        assertThat(quarters.path("kind").asText()).isEqualTo("quarter");
        assertThat(quarters.path("note").asText()).contains("kind year");
        JsonNode years = call(s, who + "&kind=year");
        allMatch(years.path("points"), "kind", p -> p.path("period").asText().startsWith("FY"));
        allMatch(call(s, who + "&unit=USD").path("points"), "unit", p -> true);
        assertThat(call(s, who + "&unit=CNY").path("points").size()).as("unit CNY").isZero();
        allMatch(call(s, "entity=" + enc("Ridgeway Instruments") + "&metric=operating_profit&basis=non-gaap").path("points"), "basis",
                p -> p.path("value").decimalValue().signum() > 0);
        allMatch(call(s, "entity=" + enc("蓝山科技") + "&metric=revenue&segment=" + enc("云服务业务")).path("points"), "segment", p -> true);
        assertProblem(http.get(s + "?" + who + "&kind=decade"), 400, "decade");
    }

    @Test
    void everySearchFilterIsHonoured() {
        String s = "/api/search";
        allMatch(call(s, "q=revenue&entity=" + enc("Ridgeway Instruments")).path("hits"), "entity", h -> h.path("entity").asText().startsWith("ridgeway"));
        allMatch(call(s, "speaker=" + enc("王芳")).path("hits"), "speaker", h -> h.path("speaker").asText().equals("王芳"));
        allMatch(call(s, "q=" + enc("广告") + "&firm=" + enc("Goldman Sachs")).path("hits"), "firm", h -> h.path("firm").asText().equals("Goldman Sachs"));
        JsonNode topic = call(s, "topic=capex").path("hits");
        allMatch(topic, "topic", h -> h.path("topics").toString().contains("\"capex\""));
        allMatch(call(s, "role=analyst").path("hits"), "role", h -> h.path("role").asText().equals("analyst"));
        allMatch(call(s, "q=revenue&lang=en").path("hits"), "lang", h -> h.path("language").asText().equals("en"));
        allMatch(call(s, "q=" + enc("营收") + "&lang=zh").path("hits"), "lang", h -> h.path("language").asText().equals("zh"));
        allMatch(call(s, "q=revenue&doc=" + harborId).path("hits"), "doc", h -> h.path("document").asText().equals(harborId));
        allMatch(call(s, "q=revenue&from=2025Q4&to=2025Q4").path("hits"), "from/to", h -> h.path("period").asText().equals("2025Q4"));
        JsonNode page1 = call(s, "q=revenue&limit=2"), page2 = call(s, "q=revenue&offset=1&limit=2");
        assertThat(page2.path("hits").get(0)).as("offset pages").isEqualTo(page1.path("hits").get(1));
        assertProblem(http.get(s + "?role=ceo"), 400, "ceo");
    }

    @Test
    void exportAnswersEveryFormatWithTheFactsFilters() {
        for (String format : List.of("csv", "csv-excel", "json", "parquet", "xbrl-json")) {
            Http.Response r = http.get("/api/export?format=" + format + "&guidance=true");
            assertThat(r.status()).as(format + ": " + r.text()).isEqualTo(200);
            assertThat(r.body().length).as(format).isPositive();
            report("/api/export", "format=" + format + "&guidance=true");
        }
        JsonNode json = http.get("/api/export?format=json&guidance=true").json();
        allMatch(json, "export guidance", n -> n.path("guidance").asBoolean());
        assertThat(http.get("/api/export?format=csv&metric=revenue&doc=" + harborId).text().lines().skip(1))
                .allSatisfy(l -> assertThat(l).startsWith(harborId).contains(",revenue,"));
        assertProblem(http.get("/api/export?format=xlsx"), 400, "xlsx");
    }
}
