package io.finlens.server;

import static io.finlens.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server bound off loopback (0.0.0.0) on a real store: every API request needs the token, reads too; requests
 * addressed to a name that is not this machine's are refused (DNS rebinding); a document that cannot be read is
 * refused with 422 and stored nowhere. (Concurrent uploads of one document: {@link ConcurrentStoreTest}.)
 */
class OffLoopbackTest {
    @TempDir
    Path data;

    @Test
    void readsNeedTheTokenAndOnlyThisMachinesNamesAreServed() {
        ServerOptions o = ServerOptions.loopback().withHost("0.0.0.0").withAllowedHosts(List.of("finlens.proxy.example"));
        try (FinlensServer s = FinlensServer.start(o.withDataDir(data), LibraryCatalog.open(data))) {
            Http http = new Http("http://127.0.0.1:" + s.port());
            String bearer = "Bearer " + o.token();
            for (String p : List.of("/api/documents", "/api/facts?metric=revenue", "/api/search?q=revenue", "/api/openapi.json")) {
                assertProblem(http.get(p), 401, "token");
                assertThat(http.get(p, "Authorization", bearer).status()).as(p).isEqualTo(200);
            }
            assertThat(http.get("/api/health").status()).isEqualTo(200);
            assertThat(http.get("/").status()).as("the UI's own files carry no data").isEqualTo(200);
            assertThat(Http.raw(s.port(), "GET /api/health HTTP/1.1", "rebind.evil.example:" + s.port())).startsWith("HTTP/1.1 403");
            assertThat(Http.raw(s.port(), "GET /api/health HTTP/1.1", "finlens.proxy.example")).startsWith("HTTP/1.1 200");
            assertThat(Access.allowedHosts(o)).contains("finlens.proxy.example");
        }
    }

    @Test
    void aDocumentWithoutTextIsRefusedWith422AndNotStored() {
        try (FinlensServer s = FinlensServer.start(ServerOptions.loopback().withDataDir(data), LibraryCatalog.open(data))) {
            Http http = new Http(s.url());
            byte[] random = new byte[4096];
            new java.util.Random(7).nextBytes(random);
            assertProblem(http.postBytes("/api/analyze?store=true", "application/octet-stream", random), 422, "binary");
            assertProblem(http.postBytes("/api/analyze", "application/pdf", "%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII)), 422, "PDF");
            assertThat(http.get("/api/documents").json().size()).isZero();
        }
    }
}
