package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real DuckDB in a temporary folder, with the bundled samples. */
class LibraryTest {
    static final Path SAMPLES = Path.of("../samples");
    static final Path ZH = SAMPLES.resolve("lanshan-2025q2-zh.txt");
    static final Path EN = SAMPLES.resolve("harbor-2025q3-en.txt");

    @TempDir
    Path dir;

    @Test
    void storesADocumentAndReturnsExactlyTheContractJson() throws Exception {
        byte[] bytes = Files.readAllBytes(ZH);
        try (Library lib = Library.open(dir)) {
            assertThat(lib.migratedFrom()).isZero();
            StoredDocument d = lib.store("lanshan-2025q2-zh.txt", bytes, false);
            assertThat(d.existed()).isFalse();
            assertThat(d.id()).hasSize(16);
            assertThat(d.facts()).isGreaterThan(20);
            DocumentDetail detail = lib.document(d.id()).orElseThrow();
            String expected = ContractJson.write(new Finlens().analyze("lanshan-2025q2-zh.txt", bytes), false);
            assertThat(detail.contractJson()).isEqualTo(expected);
            assertThat(detail.text()).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(detail.facts()).hasSize(d.facts());
            assertThat(detail.checks()).hasSize(d.checks());
            assertThat(detail.transcriptJson()).startsWith("{");
            for (StoredFact f : detail.facts()) {
                // offsets are code points into the text; the samples are BMP-only, so they are also UTF-16 indexes
                assertThat(detail.text().substring(f.evidenceStart(), f.evidenceEnd())).isEqualTo(f.evidenceText());
            }
        }
    }

    @Test
    void aSavedWebPageInAFolderIsIngestedWithEvidenceIntoItsExtractedText() throws Exception {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        String page = "<!doctype html><html><head><title>Harbor Freightways Reports Third Quarter 2025 Results</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav><article><h1>Harbor Freightways Reports Third Quarter 2025 Results</h1>"
                + "<p>Revenue was $318.6 million, up 9.2% year over year. Adjusted EPS was $0.83.</p></article>"
                + "<aside class='related'><h3>Related Stories</h3><ul><li><a href='/x'>Revenue was $1 billion elsewhere</a></li></ul></aside>"
                + "<footer>© 2025 Newswire</footer></body></html>";
        Files.writeString(folder.resolve("harbor.html"), page);
        try (Library lib = Library.open(dir.resolve("store"))) {
            lib.ingest(List.of(folder.toString()), IngestOptions.defaults());
            assertThat(lib.documents()).hasSize(1);
            DocumentDetail detail = lib.document(lib.documents().get(0).id()).orElseThrow();
            assertThat(detail.text()).contains("Revenue was $318.6 million").doesNotContain("<p>").doesNotContain("Related Stories");
            assertThat(detail.facts()).extracting(StoredFact::metric).contains("revenue", "eps");
            for (StoredFact f : detail.facts()) {
                assertThat(detail.text().substring(f.evidenceStart(), f.evidenceEnd())).isEqualTo(f.evidenceText());
            }
        }
    }

    @Test
    void storingTheSameContentAgainIsSkippedUnlessForced() throws Exception {
        byte[] bytes = Files.readAllBytes(EN);
        try (Library lib = Library.open(dir)) {
            StoredDocument first = lib.store("a.txt", bytes, false);
            StoredDocument again = lib.store("b.txt", bytes, false);
            assertThat(again.existed()).isTrue();
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.name()).isEqualTo("a.txt");
            StoredDocument forced = lib.store("b.txt", bytes, true);
            assertThat(forced.name()).isEqualTo("b.txt");
            assertThat(lib.documents()).hasSize(1);
            assertThat(lib.facts(FactQuery.all())).hasSize(first.facts());
        }
    }

    @Test
    void theStoreSurvivesReopening() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.store("zh.txt", Files.readAllBytes(ZH), false);
        }
        try (Library lib = Library.open(dir)) {
            assertThat(lib.migratedFrom()).isEqualTo(Schema.VERSION);
            assertThat(lib.documents()).extracting(StoredDocument::name).containsExactly("zh.txt");
        }
    }

    @Test
    void anOlderSchemaIsMigratedOnOpen() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Library.DATABASE)); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            for (String sql : Schema.statements(1)) s.execute(sql);
            s.execute("INSERT INTO meta VALUES ('schema_version', '1')");
        }
        try (Library lib = Library.open(dir)) {
            assertThat(lib.migratedFrom()).isEqualTo(1);
            lib.store("zh.txt", Files.readAllBytes(ZH), false);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Library.DATABASE)); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(String.valueOf(Schema.VERSION));
        }
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Library.DATABASE)); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            s.execute("INSERT INTO meta VALUES ('schema_version', '99')");
        }
        assertThatThrownBy(() -> Library.open(dir)).hasMessageContaining("schema version 99");
    }

    @Test
    void factsAreFilteredByEntityMetricSegmentBasisAndPeriod() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of(SAMPLES.toString()), IngestOptions.defaults());
            List<StoredFact> all = lib.facts(FactQuery.all());
            assertThat(all).isNotEmpty();
            List<StoredFact> rev = lib.facts(FactQuery.all().withEntity("蓝山").withMetric("revenue").withSegment(FactQuery.WHOLE).withBasis("reported"));
            assertThat(rev).extracting(StoredFact::period).contains("2025Q2", "2024Q2");
            assertThat(rev).allSatisfy(f -> {
                assertThat(f.entityId()).isEqualTo("蓝山科技");
                assertThat(f.segment()).isNull();
                assertThat(f.basis()).isNull();
            });
            assertThat(lib.facts(FactQuery.all().withEntity("蓝山科技控股有限公司").withMetric("revenue"))).hasSizeGreaterThan(rev.size() - 1);
            List<StoredFact> q2 = lib.facts(FactQuery.all().withEntity("蓝山").withPeriods("2025Q2", "2025Q2"));
            assertThat(q2).extracting(StoredFact::period).containsOnly("2025Q2", "2025-06-30");
            assertThat(lib.facts(FactQuery.all().withBasis("non-gaap"))).allSatisfy(f -> assertThat(f.basis()).isEqualTo("non-gaap"));
            assertThat(lib.facts(FactQuery.all().withLimit(3))).hasSize(3);
            assertThat(lib.facts(FactQuery.all().withGuidance(true))).allSatisfy(f -> assertThat(f.guidance()).isTrue());
        }
    }

    @Test
    void documentsComeInPagesInStoringOrder() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.store("zh.txt", Files.readAllBytes(ZH), false);
            lib.store("en.txt", Files.readAllBytes(EN), false);
            assertThat(lib.documents(0, 1)).extracting(StoredDocument::name).containsExactly("zh.txt");
            assertThat(lib.documents(1, 5)).extracting(StoredDocument::name).containsExactly("en.txt");
            assertThat(lib.counts()).containsExactly(2, lib.facts(FactQuery.all()).size());
            assertThatThrownBy(() -> lib.documents(-1, 5)).hasMessageContaining("-1");
        }
    }

    @Test
    void compactingKeepsEveryFactAndEveryAnswer() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of(SAMPLES.toString()), IngestOptions.defaults());
            List<StoredFact> before = lib.facts(FactQuery.all());
            String series = StoreJson.series(lib.series(SeriesQuery.of("蓝山", "revenue")));
            assertThat(lib.compact(false)).as("too few new facts to compact").isFalse();
            assertThat(lib.compact(true)).isTrue();
            assertThat(lib.facts(FactQuery.all())).isEqualTo(before);
            assertThat(StoreJson.series(lib.series(SeriesQuery.of("蓝山", "revenue")))).isEqualTo(series);
        }
    }

    @Test
    void badQueriesFailNamingTheValue() {
        assertThatThrownBy(() -> FactQuery.all().withBasis("gaap")).hasMessageContaining("gaap");
        assertThatThrownBy(() -> FactQuery.all().withPeriods("2025Q5", null)).hasMessageContaining("2025Q5");
        assertThatThrownBy(() -> FactQuery.all().withPeriods("2025Q3", "2025Q1")).hasMessageContaining("2025Q3..2025Q1");
        assertThatThrownBy(() -> SeriesQuery.of("腾讯", "revenue").withKind("week")).hasMessageContaining("week");
    }
}
