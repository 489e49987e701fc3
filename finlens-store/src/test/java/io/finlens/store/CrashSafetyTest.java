package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.search.SearchQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 mid-ingest: a real child JVM ingests generated documents and is killed with destroyForcibly() once it has
 * reported some batches stored. The store then opens, is consistent (every document with all its facts, checks and
 * turns; the search index holds no document the database lacks), keeps everything reported, and a second ingest
 * completes it.
 */
class CrashSafetyTest {
    static final int DOCS = 160;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLosesNothingReportedAndASecondRunCompletesIt() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path data = tmp.resolve("data");
        new SyntheticCorpus(SyntheticCorpus.read(List.of(LibraryTest.ZH, LibraryTest.EN)), 50, 1).write(corpus, DOCS);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", cp, CrashChild.class.getName(), data.toString(), corpus.toString(), "10")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int reported = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            String line;
            while ((line = r.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("stored ")) reported = Integer.parseInt(line.substring(7));
                if (reported >= 30) break;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("the child reported batches before it was killed").isGreaterThanOrEqualTo(30).isLessThan(DOCS);

        try (Library lib = Library.open(data)) {
            List<StoredDocument> docs = lib.documents();
            assertThat(docs.size()).as("nothing reported as stored is lost").isGreaterThanOrEqualTo(reported);
            assertConsistent(lib, docs);
            IngestReport second = lib.ingest(List.of(corpus.toString()), IngestOptions.defaults().withThreads(2));
            assertThat(second.failed()).isZero();
            assertThat(second.skipped()).isEqualTo(docs.size());
            assertThat(second.stored()).isEqualTo(DOCS - docs.size());
            List<StoredDocument> all = lib.documents();
            assertThat(all).hasSize(DOCS);
            assertConsistent(lib, all);
        }
    }

    private static void assertConsistent(Library lib, List<StoredDocument> docs) throws Exception {
        try (Connection c = lib.reader(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM documents d WHERE fact_count <> (SELECT count(*) FROM facts f WHERE f.doc_id = d.id)"
                    + " OR check_count <> (SELECT count(*) FROM checks k WHERE k.doc_id = d.id)")) {
                rs.next();
                assertThat(rs.getLong(1)).as("documents whose facts or checks are incomplete").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)")) {
                rs.next();
                assertThat(rs.getLong(1)).as("facts without their document").isZero();
            }
        }
        Set<String> ids = docs.stream().map(StoredDocument::id).collect(Collectors.toSet());
        // every passage in the index belongs to a stored document
        var r = lib.searchIndex().search(new SearchQuery("", null, null, null, null, null, "zh", null, null, null, 1000, 0));
        List<String> strays = new ArrayList<>();
        r.hits().forEach(h -> {
            if (!ids.contains(h.passage().docId())) strays.add(h.passage().docId());
        });
        var en = lib.searchIndex().search(new SearchQuery("", null, null, null, null, null, "en", null, null, null, 1000, 0));
        en.hits().forEach(h -> {
            if (!ids.contains(h.passage().docId())) strays.add(h.passage().docId());
        });
        assertThat(strays).as("passages of documents the database does not hold").isEmpty();
        for (StoredDocument d : docs.subList(0, Math.min(5, docs.size()))) {
            assertThat(lib.searchIndex().search(new SearchQuery("", null, null, null, null, null, null, d.id(), null, null, 1, 0)).total())
                    .as("passages of " + d.id()).isPositive();
        }
    }
}
