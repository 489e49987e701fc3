package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.search.Hit;
import io.finlens.search.SearchQuery;
import io.finlens.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest indexes paragraphs and turns; search resolves company names to the store's entity ids. */
class SearchWiringTest {
    @TempDir
    Path dir;

    @Test
    void ingestedDocumentsAreSearchableByAnyNameOfTheirCompany() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of("../samples/*.txt"), IngestOptions.defaults());
            SearchResult r = lib.search(SearchQuery.of("人工智能算力").withEntity("蓝山科技控股有限公司"));
            assertThat(r.total()).isPositive();
            String text = lib.document(r.hits().getFirst().passage().docId()).orElseThrow().text();
            for (Hit h : r.hits()) {
                assertThat(h.passage().entityId()).isEqualTo("蓝山科技");
                assertThat(text.substring(h.passage().start(), h.passage().end())).isEqualTo(h.passage().text());
            }
            assertThat(lib.search(SearchQuery.of("人工智能算力").withEntity("Tencent")).total()).isZero();
        }
    }

    @Test
    void aDocumentStoredBeforeItsCompanyDeclaredAShortNameIsFoundUnderTheFullName() throws Exception {
        String early = "蓝山第三季度营收1,352.0亿元 同比增长13%\n\n2025年第三季度，蓝山实现营收人民币1,352.0亿元，同比增长13%。人工智能算力收入增长较快。\n";
        try (Library lib = Library.open(dir)) {
            StoredDocument first = lib.store("early.txt", early.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
            assertThat(first.entityId()).isEqualTo("蓝山");
            lib.store("zh.txt", Files.readAllBytes(LibraryTest.ZH), false); // declares 蓝山科技控股有限公司（以下简称“蓝山”）
            assertThat(lib.summary(first.id()).orElseThrow().entityId()).isEqualTo("蓝山科技");
            assertThat(lib.facts(FactQuery.all().withDocument(first.id()))).allSatisfy(f -> assertThat(f.entityId()).isEqualTo("蓝山科技"));
            SearchResult r = lib.search(SearchQuery.of("人工智能算力").withEntity("蓝山科技").withDocId(first.id()));
            assertThat(r.total()).isPositive();
        }
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabaseOnOpen() throws Exception {
        long passages;
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of("../samples"), IngestOptions.defaults());
            passages = lib.searchIndex().count();
        }
        try (var files = Files.walk(dir.resolve("index"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (Library lib = Library.open(dir)) {
            assertThat(lib.searchIndex().count()).isEqualTo(passages);
            assertThat(lib.search(SearchQuery.of("人工智能算力").withEntity("蓝山")).total()).isPositive();
            assertThat(lib.reindex()).isEqualTo(2);
            assertThat(lib.searchIndex().count()).isEqualTo(passages);
        }
    }

    @Test
    void reingestingWithForceDoesNotDuplicatePassages() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of("../samples"), IngestOptions.defaults());
            long n = lib.searchIndex().count();
            lib.ingest(List.of("../samples"), IngestOptions.defaults().withForce(true));
            assertThat(lib.searchIndex().count()).isEqualTo(n);
            lib.store("again.txt", Files.readAllBytes(LibraryTest.ZH), true);
            assertThat(lib.searchIndex().count()).isEqualTo(n);
        }
    }
}
