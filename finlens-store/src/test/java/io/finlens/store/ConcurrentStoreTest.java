package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.search.SearchQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads of the same content at the same moment store it once: one decision and one insert under one lock. */
class ConcurrentStoreTest {
    static final byte[] DOC = ("Acme Widgets third quarter 2025 results\n\n"
            + "Acme Widgets reported revenue of $12.4 million for the third quarter of 2025, up 8% year over year.\n\n"
            + "Net income was $1.1 million.\n").getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void twentyUploadsOfOneDocumentAtOnceStoreOneDocumentWithEachFactAndPassageOnce() throws Exception {
        int n = 20;
        try (Library lib = Library.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<StoredDocument>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return lib.store("acme.txt", DOC, false);
                }));
            }
            go.countDown();
            int created = 0;
            String id = null;
            for (Future<StoredDocument> f : results) {
                StoredDocument d = f.get();
                if (!d.existed()) created++;
                if (id != null) assertThat(d.id()).isEqualTo(id);
                id = d.id();
            }
            pool.shutdown();
            assertThat(created).as("uploads answered 'created'").isEqualTo(1);
            StoredDocument d = lib.summary(id).orElseThrow();
            assertThat(d.facts()).isPositive();
            assertThat(rows(lib, "SELECT count(*) FROM documents")).isEqualTo(1);
            assertThat(rows(lib, "SELECT count(*) FROM facts")).isEqualTo(d.facts());
            assertThat(rows(lib, "SELECT count(DISTINCT fact_id) FROM facts")).isEqualTo(d.facts());
            long passages = lib.searchIndex().count();
            lib.store("acme.txt", DOC, true);
            assertThat(lib.searchIndex().count()).as("passages after storing once more with force").isEqualTo(passages);
            assertThat(lib.search(SearchQuery.of("revenue")).total()).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseRefusesAFactStoredTwiceForOneDocument() throws Exception {
        try (Library lib = Library.open(dir)) {
            StoredDocument d = lib.store("acme.txt", DOC, false);
            try (Connection c = lib.reader(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("INSERT INTO facts SELECT * FROM facts WHERE doc_id = '" + d.id() + "' LIMIT 1"))
                        .hasMessageContaining("onstraint");
            }
        }
    }

    private static long rows(Library lib, String sql) throws Exception {
        try (Connection c = lib.reader(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
