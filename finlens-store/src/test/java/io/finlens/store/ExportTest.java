package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Exports of the samples: csv, json and parquet hold the same facts; xBRL-JSON has the OIM shape. */
class ExportTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Library lib;

    @BeforeAll
    static void ingest() {
        lib = Library.open(dir.resolve("data"));
        IngestReport r = lib.ingest(List.of("../samples/*.txt"), IngestOptions.defaults());
        assertThat(r.stored()).as(r.failures().toString()).isEqualTo(2);
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    @Test
    void csvJsonAndParquetHoldTheSameFacts() throws Exception {
        int n = lib.facts(FactQuery.all()).size();
        Path csv = dir.resolve("f.csv"), json = dir.resolve("f.json"), parquet = dir.resolve("f.parquet");
        lib.export(ExportFormat.CSV, FactQuery.all(), csv);
        lib.export(ExportFormat.JSON, FactQuery.all(), json);
        lib.export(ExportFormat.PARQUET, FactQuery.all(), parquet);
        assertThat(JSON.readTree(json.toFile()).size()).isEqualTo(n);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(value) FROM read_parquet('" + parquet + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(n);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_csv('" + csv + "', header = true)")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(n);
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT sum(value) FROM read_parquet('" + parquet + "')) = "
                    + "(SELECT sum(CAST(value AS DECIMAL(38,10))) FROM read_csv('" + csv + "', header = true, all_varchar = true))")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("csv and parquet values agree exactly").isTrue();
            }
        }
        assertThat(Files.readString(csv).lines().findFirst().orElseThrow()).isEqualTo(String.join(",", FactColumns.NAMES));
    }

    @Test
    void xbrlJsonHasTheOimShape() throws Exception {
        Path out = dir.resolve("all.xbrl.json");
        lib.export(ExportFormat.XBRL_JSON, FactQuery.all(), out);
        JsonNode root = JSON.readTree(out.toFile());
        assertThat(root.path("documentInfo").path("documentType").asText()).isEqualTo("https://xbrl.org/2021/xbrl-json");
        JsonNode ns = root.path("documentInfo").path("namespaces");
        assertThat(root.path("facts").size()).isPositive();
        root.path("facts").forEach(f -> {
            JsonNode d = f.path("dimensions");
            String concept = d.path("concept").asText();
            assertThat(ns.has(concept.substring(0, concept.indexOf(':')))).as(concept).isTrue();
            assertThat(d.path("entity").asText()).matches("(fle|ticker):\\S+");
            assertThat(d.path("period").asText()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00(/\\d{4}-\\d{2}-\\d{2}T00:00:00)?");
            assertThat(d.path("unit").asText()).matches("(iso4217:[A-Z]{3}(/xbrli:shares)?|xbrli:pure|xbrli:shares)");
            assertThat(new java.math.BigDecimal(f.path("value").asText())).isNotNull();
        });
    }

    @Test
    void xbrlJsonGolden() throws Exception {
        Path out = dir.resolve("revenue.xbrl.json");
        lib.export(ExportFormat.XBRL_JSON, FactQuery.all().withMetric("revenue"), out);
        Golden.check("export-revenue.xbrl.json", Files.readString(out));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "revenue|||CNY|ifrs-full:Revenue",
            "revenue|||USD|us-gaap:Revenues",
            "revenue||non-gaap|CNY|finlens:NonGaapRevenue",
            "revenue||consensus|USD|finlens:ConsensusRevenue",
            "operating_expenses|||CNY|finlens:OperatingExpenses",
            "operating_expenses|||USD|us-gaap:OperatingExpenses",
            "gross_margin|||ratio|finlens:GrossMargin",
            "mau|||count|finlens:Mau",
            "eps|||USD|us-gaap:EarningsPerShareDiluted",
    })
    void conceptsMapToStandardTaxonomiesWhereOneExists(String metric, String segment, String basis, String unit, String concept) {
        StoredFact f = new StoredFact("d", "n", "F1", "e", "e", metric, segment, basis, "2025Q1", java.math.BigDecimal.ONE, unit, null,
                false, null, null, null, 0, 0, "", "", null);
        assertThat(XbrlJson.concept(f)).isEqualTo(concept);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2025Q2, 2025-04-01T00:00:00/2025-07-01T00:00:00",
            "2025H1, 2025-01-01T00:00:00/2025-07-01T00:00:00",
            "2025Q1-Q3, 2025-01-01T00:00:00/2025-10-01T00:00:00",
            "FY2024, 2024-01-01T00:00:00/2025-01-01T00:00:00",
            "2025-04, 2025-04-01T00:00:00/2025-05-01T00:00:00",
            "2025-06-30, 2025-07-01T00:00:00",
    })
    void periodsAreOimPeriods(String period, String oim) {
        assertThat(XbrlJson.period(period)).isEqualTo(oim);
    }

    @Test
    void unknownFormatsFailNamingTheValue() {
        assertThatThrownBy(() -> ExportFormat.of("xlsx")).hasMessageContaining("xlsx");
    }
}
