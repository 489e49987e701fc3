package io.finlens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty uploads of one document at once over real HTTP, on a real store: exactly one is {@code 201 Created}, the
 * nineteen others {@code 200} with the same document id, and the store holds the document, its facts and its
 * passages once (the race the hardening issue found gave two 201s, 24 fact rows for 12 facts and 32 passages for 16).
 */
class ConcurrentStoreTest {
    static final int UPLOADS = 20;

    /** A small invented release; "Quillwort" is in one paragraph only, so one stored copy gives one search hit. */
    static final String RELEASE = """
            Harbor Lantern Systems Reports Third Quarter 2025 Results

            Revenue was $412.5 million in the third quarter of 2025, up 12% from $368.3 million a year ago.
            Net income was $38.1 million, and diluted earnings per share were $0.84.

            The Quillwort marine sensors line grew revenue to $57.2 million in the quarter.

            Operating margin was 14.6%, compared with 13.1% in the third quarter of 2024.
            """;

    @TempDir
    Path data;

    @Test
    void twentyUploadsOfOneDocumentAtOnceStoreItOnce() throws Exception {
        byte[] body = RELEASE.getBytes(StandardCharsets.UTF_8);
        try (FinlensServer s = FinlensServer.start(ServerOptions.loopback().withDataDir(data), LibraryCatalog.open(data))) {
            Http http = new Http(s.url());
            CyclicBarrier start = new CyclicBarrier(UPLOADS);
            List<Http.Response> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(UPLOADS)) {
                List<Future<Http.Response>> sent = new ArrayList<>();
                for (int i = 0; i < UPLOADS; i++) {
                    sent.add(pool.submit(() -> {
                        start.await();
                        return http.postBytes("/api/analyze?store=true&name=lantern-2025q3.txt", "text/plain; charset=utf-8", body);
                    }));
                }
                for (Future<Http.Response> f : sent) answers.add(f.get());
            }

            int created = 0;
            int existed = 0;
            Set<String> ids = new HashSet<>();
            Set<String> bodies = new HashSet<>();
            for (Http.Response r : answers) {
                if (r.status() == 201) created++;
                else if (r.status() == 200) existed++;
                else throw new AssertionError("unexpected " + r.status() + ": " + r.text());
                ids.add(r.header("X-Finlens-Document"));
                assertThat(r.header("Location")).isEqualTo("/api/documents/" + r.header("X-Finlens-Document"));
                bodies.add(r.text());
            }
            assertThat(created).as("uploads answered 201 Created").isEqualTo(1);
            assertThat(existed).as("uploads answered 200 (already stored)").isEqualTo(UPLOADS - 1);
            assertThat(ids).hasSize(1).doesNotContainNull();
            assertThat(bodies).as("every answer is the same analysis").hasSize(1);
            String id = ids.iterator().next();

            JsonNode docs = http.get("/api/documents").json();
            assertThat(docs.size()).isEqualTo(1);
            assertThat(docs.get(0).path("id").asText()).isEqualTo(id);

            JsonNode doc = http.get("/api/documents/" + id).json();
            int facts = doc.path("facts").size();
            assertThat(facts).as("the release has facts").isGreaterThanOrEqualTo(4);
            assertThat(facts).isEqualTo(answers.get(0).json().path("facts").size());
            JsonNode stored = http.get("/api/facts?limit=10000").json();
            assertThat(stored.size()).as("fact rows in the store").isEqualTo(facts);
            Set<String> factIds = new HashSet<>();
            for (JsonNode f : stored) {
                assertThat(f.path("doc_id").asText()).isEqualTo(id);
                factIds.add(f.path("fact_id").asText());
            }
            assertThat(factIds).as("fact ids are unique").hasSize(facts);

            JsonNode hits = http.get("/api/search?q=Quillwort").json();
            assertThat(hits.path("total").asLong()).as("passages found").isEqualTo(1);
            assertThat(hits.path("hits").size()).isEqualTo(1);
            assertThat(hits.path("hits").get(0).path("document").asText()).isEqualTo(id);
        }
    }
}
