package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format written and read back by DuckDB: ranges, changes stated as ranges, periods, precision, basis and
 * guidance intact; xBRL-JSON checked against the OIM rules a reader can check without the taxonomies.
 */
class ExportRoundTripTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Library lib;

    @BeforeAll
    static void ingest() {
        lib = Library.open(dir.resolve("data"));
        IngestReport r = lib.ingest(List.of("src/test/resources/exports/acme-2025q2-en.txt", "src/test/resources/exports/lanting-2025q2-zh.txt"),
                IngestOptions.defaults());
        assertThat(r.stored()).as(r.failures().toString()).isEqualTo(2);
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    /** What DuckDB reads back from an export: one line per fact, the columns that must survive. */
    static List<String> readBack(String from) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fact_id, metric, basis, guidance, period, period_kind, period_start, period_end, value_kind, "
                     + "value, range_low, range_high, precision, unit, yoy, yoy_low, yoy_high FROM " + from + " ORDER BY doc_id, fact_id")) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 17; i++) {
                    Object o = rs.getObject(i);
                    b.append(i > 1 ? "|" : "").append(o instanceof BigDecimal d ? Library.plain(d).toPlainString() : String.valueOf(o));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    @Test
    void everyFormatReadsBackWithRangesIntact() throws Exception {
        Path csv = dir.resolve("f.csv"), excel = dir.resolve("f-excel.csv"), json = dir.resolve("f.json"), parquet = dir.resolve("f.parquet");
        lib.export(ExportFormat.CSV, FactQuery.all(), csv);
        lib.export(ExportFormat.CSV_EXCEL, FactQuery.all(), excel);
        lib.export(ExportFormat.JSON, FactQuery.all(), json);
        lib.export(ExportFormat.PARQUET, FactQuery.all(), parquet);
        String types = FactColumns.duckdbColumns();
        List<String> fromParquet = readBack("read_parquet('" + parquet + "')");
        assertThat(fromParquet).contains(
                "F3|revenue|reported|true|FY2025|year|2025-01-01|2025-12-31|range|null|5100000000|5300000000|100000000|USD|null|null|null",
                "F4|revenue|reported|true|FY2026|year|2026-01-01|2026-12-31|change|null|null|null|null|USD|null|0.05|0.1",
                "F3|revenue|reported|true|2025Q3|quarter|2025-07-01|2025-09-30|range|null|13000000000|13500000000|100000000|CNY|null|null|null",
                "F1|revenue|reported|false|2025Q2|quarter|2025-04-01|2025-06-30|value|1284600000|null|null|100000|USD|0.12|null|null");
        assertThat(readBack("read_json('" + json + "', format = 'array', columns = " + types + ")")).isEqualTo(fromParquet);
        assertThat(readBack("read_csv('" + csv + "', header = true, columns = " + types + ")")).isEqualTo(fromParquet);
        assertThat(readBack("read_csv('" + excel + "', header = true, columns = " + types + ")")).isEqualTo(fromParquet);
        for (String f : List.of(csv.toString(), json.toString())) {
            assertThat(readBack("read_" + (f.endsWith(".csv") ? "csv" : "json") + "_auto('" + f + "')")).as("types inferred by DuckDB, " + f)
                    .hasSameSizeAs(fromParquet);
        }
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte order mark").isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("兰亭科技").contains("\r\n");
        assertThat(Files.readString(csv).lines().findFirst().orElseThrow()).isEqualTo(String.join(",", FactColumns.NAMES));
    }

    @Test
    void noGuidanceFigureComesOutEmpty() throws Exception {
        for (JsonNode f : JSON.readTree(StoreJson.facts(lib.facts(FactQuery.all().withGuidance(true))))) {
            boolean stated = !f.path("value").isNull() || !f.path("range_low").isNull() || !f.path("yoy_low").isNull() || !f.path("yoy").isNull();
            assertThat(stated).as(f.toString()).isTrue();
        }
    }

    @Test
    void xbrlJsonFollowsTheOimRules() throws Exception {
        Path out = dir.resolve("f.xbrl.json");
        lib.export(ExportFormat.XBRL_JSON, FactQuery.all(), out);
        JsonNode root = JSON.readTree(out.toFile());
        List<String> broken = OimRules.check(root);
        assertThat(broken).isEmpty();
        JsonNode facts = root.path("facts");
        JsonNode low = facts.path("f-" + lib.facts(FactQuery.all().withEntity("Acme Widgets")).getFirst().docId() + "-F3-low");
        assertThat(low.path("value").asText()).isEqualTo("5100000000");
        assertThat(low.path("decimals").asInt()).isEqualTo(-8);
        assertThat(low.path("dimensions").path("finlens:RangeAxis").asText()).isEqualTo("finlens:RangeLowMember");
        assertThat(low.path("dimensions").path("finlens:ScenarioAxis").asText()).isEqualTo("finlens:GuidanceMember");
        assertThat(low.path("dimensions").path("concept").asText()).isEqualTo("us-gaap:Revenues");
        Set<String> concepts = new java.util.TreeSet<>(root.path("facts").findValuesAsText("concept"));
        assertThat(concepts).contains("finlens:RevenueChangeYoy", "us-gaap:Revenues", "ifrs-full:Revenue");
        assertThat(root.path("documentInfo").path("taxonomy").toString()).contains("us-gaap-entryPoint", "full_ifrs_entry_point", "finlens-2025.xsd");
    }

    @Test
    void theStoresJsonReadsBackAsTheSameFactsAndSeries() {
        List<StoredFact> facts = lib.facts(FactQuery.all());
        assertThat(StoreJson.readFacts(StoreJson.facts(facts))).isEqualTo(facts);
        Series s = lib.series(SeriesQuery.of("Acme Widgets", "revenue"));
        assertThat(StoreJson.readSeries(StoreJson.series(s))).isEqualTo(s);
    }
}
