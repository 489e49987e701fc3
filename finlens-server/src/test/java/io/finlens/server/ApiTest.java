package io.finlens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over real HTTP against a started server (loopback, no store). */
class ApiTest {
    static final int SMALL_LIMIT = 2048;
    static FinlensServer server;
    static FinlensServer small;
    static FinlensServer guarded;
    static Http http;
    static byte[] lanshan;

    @BeforeAll
    static void start() throws IOException {
        server = FinlensServer.start(ServerOptions.loopback(), null);
        small = FinlensServer.start(ServerOptions.loopback().withMaxBodyBytes(SMALL_LIMIT), null);
        guarded = FinlensServer.start(ServerOptions.loopback().withRequireToken(true), null);
        http = new Http(server.url());
        lanshan = Files.readAllBytes(Http.sample("lanshan-2025q2-zh.txt"));
    }

    @AfterAll
    static void stop() {
        for (FinlensServer s : new FinlensServer[] {server, small, guarded}) if (s != null) s.close();
    }

    @Test
    void analyzeReturnsTheContractJsonTheCliPrints() {
        Http.Response r = http.postBytes("/api/analyze?name=lanshan-2025q2-zh.txt", "text/plain; charset=utf-8", lanshan);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        String expected = ContractJson.write(new Finlens().analyze("lanshan-2025q2-zh.txt", lanshan), false);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(r.json().path("facts").size()).isGreaterThan(10);
    }

    @Test
    void concurrentAnalysesGiveTheSameBytes() throws Exception {
        String expected = http.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan).text();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            List<java.util.concurrent.Future<Http.Response>> all = new ArrayList<>();
            for (int i = 0; i < 24; i++) all.add(pool.submit(() -> http.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan)));
            for (var f : all) {
                Http.Response r = f.get();
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.text()).isEqualTo(expected);
            }
        }
    }

    @Test
    void withTextEveryEvidenceSpanIsItsCodePointSliceOfTheText() {
        JsonNode j = http.postBytes("/api/analyze?text=true", "text/plain; charset=utf-8", lanshan).json();
        String text = j.path("text").asText();
        assertThat(text).isEqualTo(new String(lanshan, StandardCharsets.UTF_8));
        int spans = 0;
        for (JsonNode f : j.path("facts")) {
            for (JsonNode e : f.path("evidence")) {
                int s = text.offsetByCodePoints(0, e.path("start").asInt());
                int end = text.offsetByCodePoints(0, e.path("end").asInt());
                assertThat(text.substring(s, end)).isEqualTo(e.path("text").asText());
                spans++;
            }
        }
        assertThat(spans).isPositive();
    }

    @Test
    void aMultipartUploadIsAnalyzedUnderItsFileName() {
        Http.Response r = http.upload("/api/analyze", "dir/../lanshan-2025q2-zh.txt", lanshan);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("source").path("path").asText()).isEqualTo("lanshan-2025q2-zh.txt");
        assertThat(r.json().path("facts").size()).isGreaterThan(10);
    }

    @Test
    void aPdfUploadIsReadAndItsSpansPointIntoTheExtractedText() throws IOException {
        byte[] pdf = pdf("Harbor Freightways Reports Third Quarter 2025 Results",
                "Revenue of $318.6 million, up 9.2% year over year.");
        for (Http.Response r : List.of(http.upload("/api/analyze?text=true", "release.pdf", pdf),
                http.postBytes("/api/analyze?text=true", "application/pdf", pdf))) {
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            JsonNode j = r.json();
            String text = j.path("text").asText();
            assertThat(text).contains("Revenue of $318.6 million");
            JsonNode revenue = null;
            for (JsonNode f : j.path("facts")) if (f.path("metric").asText().equals("revenue")) revenue = f;
            assertThat(revenue).as(j.toString()).isNotNull();
            assertThat(revenue.path("value").decimalValue()).isEqualByComparingTo("318600000");
            JsonNode e = revenue.path("evidence").get(0);
            assertThat(text.substring(text.offsetByCodePoints(0, e.path("start").asInt()), text.offsetByCodePoints(0, e.path("end").asInt())))
                    .isEqualTo(e.path("text").asText());
        }
    }

    /** A small PDF of English lines in a standard font, made here with PDFBox. */
    static byte[] pdf(String... lines) throws IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(60, 720);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -24);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aNonBmpCharacterShiftsCodePointOffsetsNotUtf16Ones() {
        String doc = "𠀀蓝山科技第二季度营收1,284.6亿元，同比增长14%。";
        JsonNode j = http.postText("/api/analyze?text=true", doc).json();
        JsonNode ev = j.path("facts").get(0).path("evidence").get(0);
        int s = doc.offsetByCodePoints(0, ev.path("start").asInt());
        int e = doc.offsetByCodePoints(0, ev.path("end").asInt());
        assertThat(doc.substring(s, e)).isEqualTo(ev.path("text").asText()).contains("1,284.6亿元");
    }

    @Test
    void anEmptyBodyIsAProblem() {
        Http.Response r = http.postText("/api/analyze", " \n\t ");
        assertProblem(r, 400, "empty");
    }

    @Test
    void anUnknownContentTypeIsA415() {
        assertProblem(http.postBytes("/api/analyze", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415, "text/plain");
        assertProblem(http.postBytes("/api/analyze", "text/plain; charset=latin1", lanshan), 415, "latin1");
    }

    @Test
    void aBadFlagNamesItsValue() {
        assertProblem(http.postBytes("/api/analyze?store=maybe", "text/plain", lanshan), 400, "maybe");
    }

    @Test
    void oversizedBodiesAndUploadsAreRefused() throws Exception {
        Http s = new Http(small.url());
        assertThat(lanshan.length).isGreaterThan(SMALL_LIMIT);
        assertProblem(s.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan), 413, String.valueOf(SMALL_LIMIT));
        assertProblem(s.upload("/api/analyze", "big.txt", lanshan), 413, String.valueOf(SMALL_LIMIT));
        // without Content-Length (chunked): the limit holds while reading
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(small.url() + "/api/analyze"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(lanshan))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"status\":413");
        // just under the limit is fine
        byte[] ok = new String(lanshan, StandardCharsets.UTF_8).substring(0, 600).getBytes(StandardCharsets.UTF_8);
        assertThat(ok.length).isLessThan(SMALL_LIMIT);
        assertThat(s.postBytes("/api/analyze", "text/plain; charset=utf-8", ok).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/..%2fopenapi.json", "/%2e%2e/openapi.json", "/%2e%2e/FinlensServer.class",
            "/web/../../openapi.json", "/..%5copenapi.json", "/%2e%2e%2f%2e%2e%2fpom.xml", "/app.js/../../FinlensServer.class",
            "/io/finlens/server/openapi.json", "/manifest.tsv", "/api/../../etc/passwd"})
    void pathTraversalIsRefused(String path) {
        String response = Http.raw(server.port(), "GET " + path + " HTTP/1.1");
        String status = response.lines().findFirst().orElse("");
        assertThat(status).as(path).matches("HTTP/1\\.1 (400|404).*");
        assertThat(response).as(path).doesNotContain("\"openapi\"").doesNotContain("<project").doesNotContain("root:");
        assertThat(response).as(path).contains("Content-Type: application/problem+json").doesNotContain("<html");
    }

    @Test
    void jettysOwnErrorsAreProblemBodiesToo() {
        String tooLong = Http.raw(server.port(), "GET /" + "a".repeat(20_000) + " HTTP/1.1");
        assertThat(tooLong).startsWith("HTTP/1.1 414").contains("application/problem+json").contains("\"status\":414").doesNotContain("<html");
        String bad = Http.raw(server.port(), "GET /%zz HTTP/1.1");
        assertThat(bad).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
    }

    @Test
    void theUiIsServedWithItsSecurityHeadersAndETags() {
        Http.Response r = http.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        String etag = r.header("ETag");
        assertThat(etag).isNotBlank();
        try {
            HttpResponse<Void> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(again.statusCode()).isEqualTo(304);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(http.get("/app.js").contentType()).startsWith("text/javascript");
    }

    @Test
    void writesNeedTheTokenWhenItIsEnforced() {
        Http g = new Http(guarded.url());
        Http.Response none = g.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan);
        assertProblem(none, 401, "token");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(g.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan, "Authorization", "Bearer wrong-token-0123456789"), 401, "does not match");
        assertThat(g.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan,
                "Authorization", "Bearer " + guarded.options().token()).status()).isEqualTo(200);
        assertThat(g.postBytes("/api/analyze", "text/plain; charset=utf-8", lanshan,
                "X-Finlens-Token", guarded.options().token()).status()).isEqualTo(200);
        assertThat(g.get("/api/health").status()).isEqualTo(200); // reads need none
        assertThat(g.get("/api/health").json().path("token_required").asBoolean()).isTrue();
    }

    @Test
    void aNonLoopbackHostEnforcesTheToken() {
        assertThat(ServerOptions.loopback().tokenEnforced()).isFalse();
        assertThat(ServerOptions.loopback().withHost("0.0.0.0").tokenEnforced()).isTrue();
        assertThat(ServerOptions.loopback().withHost("localhost").tokenEnforced()).isFalse();
        assertThat(ServerOptions.loopback().withHost("::1").tokenEnforced()).isFalse();
    }

    @Test
    void aWriteFromAnotherOriginIsRefused() {
        assertProblem(http.postBytes("/api/analyze", "text/plain", lanshan, "Origin", "http://evil.example"), 403, "evil.example");
        assertThat(http.postBytes("/api/analyze", "text/plain", lanshan, "Origin", server.url()).status()).isEqualTo(200);
    }

    @Test
    void onLoopbackOnlyRequestsAddressedToLoopbackNamesAreServed() {
        String evil = Http.raw(server.port(), "GET /api/health HTTP/1.1", "rebind.evil.example:" + server.port());
        assertThat(evil).startsWith("HTTP/1.1 403").contains("host-not-allowed");
        assertThat(Http.raw(server.port(), "GET /api/health HTTP/1.1", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
        assertThat(FinlensServer.loopbackHost("127.0.0.1:8080")).isTrue();
        assertThat(FinlensServer.loopbackHost("[::1]:8080")).isTrue();
        assertThat(FinlensServer.loopbackHost("LOCALHOST")).isTrue();
        assertThat(FinlensServer.loopbackHost("127.0.0.1.evil.example")).isFalse();
        assertThat(FinlensServer.loopbackHost("[::1].evil.example")).isFalse();
        assertThat(FinlensServer.loopbackHost(null)).isFalse();
    }

    @Test
    void storeEndpointsWithoutAStoreSayHowToGetOne() {
        for (String p : List.of("/api/documents", "/api/documents/abc", "/api/facts?metric=revenue",
                "/api/series?entity=x&metric=revenue", "/api/search?q=x")) {
            assertProblem(http.get(p), 503, "--data");
        }
        assertProblem(http.postBytes("/api/analyze?store=true", "text/plain", lanshan), 503, "--data");
    }

    @Test
    void unknownApiPathsAndMethodsAreProblems() {
        assertProblem(http.get("/api/nope"), 404, "/api/nope");
        assertThat(http.get("/nope.html").status()).isEqualTo(404);
    }

    @Test
    void openApiDescribesEveryRoute() {
        Http.Response r = http.get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("/api/analyze", "/api/documents", "/api/documents/{id}", "/api/facts", "/api/series",
                "/api/search", "/api/health", "/api/openapi.json");
        assertThat(paths.path("/api/analyze").has("post")).isTrue();
    }

    @Test
    void fileNamesKeepOnlyTheirLastElement() {
        assertThat(FinlensServer.fileName("../../etc/passwd", "d")).isEqualTo("passwd");
        assertThat(FinlensServer.fileName("C:\\x\\y.txt", "d")).isEqualTo("y.txt");
        assertThat(FinlensServer.fileName("..", "d")).isEqualTo("d");
        assertThat(FinlensServer.fileName(null, "d")).isEqualTo("d");
    }

    static void assertProblem(Http.Response r, int status, String detailContains) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode j = r.json();
        assertThat(j.path("status").asInt()).isEqualTo(status);
        assertThat(j.path("type").asText()).startsWith("/problems/");
        assertThat(j.path("title").asText()).isNotBlank();
        assertThat(j.path("detail").asText()).contains(detailContains);
    }
}
