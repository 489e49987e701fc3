package io.finlens.server;

import static io.finlens.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.store.StoreException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When the database fails under a request (a damaged file gives DuckDB's "Data Corruption Error" on some documents),
 * the answer is a problem a person reads, naming the failure and the doctor, not an anonymous internal error.
 */
class StoreFailureTest {
    static final String CORRUPT = "reading document 0123456789abcdef: Data Corruption Error: Corrupt database file: computed checksum 1 "
            + "does not match stored checksum 2 in block at location 4206592";

    /** A catalog whose database is damaged under one document. */
    static final class Damaged implements Catalog {
        @Override
        public Stored store(String name, byte[] bytes, boolean force) {
            throw new StoreException("storing " + name + ": Data Corruption Error", null);
        }

        @Override
        public JsonNode documents(int offset, int limit) {
            return FinlensServer.JSON.createArrayNode();
        }

        @Override
        public long documentCount() {
            return 1;
        }

        @Override
        public Optional<JsonNode> document(String id) {
            throw new StoreException(CORRUPT, new java.sql.SQLException("Data Corruption Error"));
        }

        @Override
        public JsonNode facts(io.finlens.store.FactQuery query) {
            return FinlensServer.JSON.createArrayNode();
        }

        @Override
        public JsonNode series(io.finlens.store.SeriesQuery query) {
            return FinlensServer.JSON.createObjectNode();
        }

        @Override
        public JsonNode search(io.finlens.search.SearchQuery query) {
            return FinlensServer.JSON.createObjectNode();
        }

        @Override
        public byte[] export(io.finlens.store.ExportFormat format, io.finlens.store.FactQuery query) {
            return new byte[0];
        }

        @Override
        public JsonNode entities() {
            return FinlensServer.JSON.createArrayNode();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aDamagedDatabaseIsAStoreProblemThatNamesTheDoctor() {
        try (FinlensServer s = FinlensServer.start(ServerOptions.loopback(), new Damaged())) {
            Http http = new Http(s.url());
            Http.Response r = http.get("/api/documents/0123456789abcdef");
            assertProblem(r, 500, "Data Corruption Error");
            assertThat(r.json().path("type").asText()).isEqualTo("/problems/store");
            assertThat(r.json().path("detail").asText()).startsWith(CORRUPT).contains("finlens doctor --data");
            assertThat(http.get("/api/health").status()).as("the server goes on").isEqualTo(200);
        }
    }
}
