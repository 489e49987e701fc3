package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.search.SearchQuery;
import io.finlens.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same documents stored in two orders give the same bytes: exports (CSV, JSON, xBRL-JSON), fact listings, series
 * (which pick among conflicting documents by a stated rule, never by arrival) and search hits.
 */
class IngestOrderTest {
    @TempDir
    Path dir;

    @Test
    void exportsSeriesAndSearchDoNotDependOnTheOrderDocumentsArrivedIn() throws Exception {
        String zh = Files.readString(LibraryTest.ZH);
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> docs = new ArrayList<>(List.of(LibraryTest.ZH, LibraryTest.EN));
        // two more reports of the same quarter that disagree with the first on revenue (a conflict the series must settle)
        for (String v : List.of("1,290.1", "1,301.7")) {
            Path p = in.resolve("lanshan-" + v.replace(",", "") + ".txt");
            Files.writeString(p, zh.replace("1,284.6", v));
            docs.add(p);
        }
        List<String> first = outputs(dir.resolve("a"), docs, in);
        List<Path> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        List<String> second = outputs(dir.resolve("b"), reversed, in);
        for (int i = 0; i < first.size(); i++) assertThat(second.get(i)).as("output %d", i).isEqualTo(first.get(i));
        assertThat(first.get(4)).contains("1290.1", "1301.7"); // the conflicts are shown
    }

    /** Stores the documents one by one in this order and returns every output. */
    private static List<String> outputs(Path store, List<Path> docs, Path in) throws Exception {
        List<String> out = new ArrayList<>();
        try (Library lib = Library.open(store)) {
            for (Path d : docs) lib.ingest(List.of(d.toString()), IngestOptions.defaults().withThreads(1));
            for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.JSON, ExportFormat.XBRL_JSON)) {
                Path file = store.resolve("export." + f.code());
                lib.export(f, FactQuery.all(), file);
                out.add(Files.readString(file));
            }
            out.add(StoreJson.facts(lib.facts(FactQuery.all().withMetric("revenue"))));
            out.add(StoreJson.series(lib.series(SeriesQuery.of("蓝山", "revenue"))));
            SearchResult r = lib.search(SearchQuery.of("营收").page(50, 0));
            StringBuilder hits = new StringBuilder();
            r.hits().forEach(h -> hits.append(h.passage().docId()).append(':').append(h.passage().start()).append('\n'));
            out.add(hits.toString());
        }
        return out;
    }
}
