package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands run in-process on the samples: ingest, facts, series, export and search, in each format. */
class StoreCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path data;
    static String samples;

    /** The CLI in-process, through the one harness that redirects System.out and System.err (see {@link CliTest#run}). */
    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @BeforeAll
    static void ingest() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("samples"))) dir = dir.getParent();
        samples = dir.resolve("samples").toString();
        data = tmp.resolve("data");
        CliTest.Run r = run("ingest", "--data", data.toString(), "--format", "json", samples);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"stored\": 2");
    }

    @Test
    void ingestingAgainSkipsWhatIsStored() throws Exception {
        CliTest.Run r = run("ingest", "--data", data.toString(), "--format", "json", samples + "/*.txt");
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.path("stored").asInt()).isZero();
        assertThat(n.path("skipped").asInt()).isEqualTo(2);
        CliTest.Run table = run("ingest", "--data", data.toString(), "--no-progress", samples);
        assertThat(table.out()).startsWith("stored 0, skipped 2, failed 0");
    }

    @Test
    void aMissingInputIsReportedAndTheExitCodeSaysSo() {
        CliTest.Run r = run("ingest", "--data", data.toString(), tmp.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.txt: no such file or folder");
    }

    @Test
    void doctorChecksTheStoreAndReindexRebuildsTheIndex() throws Exception {
        CliTest.Run machine = run("doctor");
        assertThat(machine.out()).contains("java ").contains("JDK ").contains("chromedriver");
        CliTest.Run r = run("doctor", "--data", data.toString(), "--format", "json");
        assertThat(r.code()).as(r.out()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.findValuesAsText("what")).contains("schema", "table facts", "search index", "index vs database");
        CliTest.Run re = run("reindex", "--data", data.toString());
        assertThat(re.code()).as(re.err()).isZero();
        assertThat(re.out()).startsWith("search index rebuilt: 2 documents");
    }

    @Test
    void aDamagedDatabaseIsOneReadableLineNotAStackTrace() throws Exception {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.write(broken.resolve("finlens.duckdb"), "this is not a database, just bytes where one should be".repeat(100).getBytes());
        CliTest.Run r = run("facts", "--data", broken.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("finlens facts: cannot open the store in " + broken).contains("finlens doctor --data");
        assertThat(r.err().lines().count()).isEqualTo(1);
        CliTest.Run d = run("doctor", "--data", broken.toString());
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.out()).contains("fail  database");
    }

    @Test
    void factsInEachFormat() throws Exception {
        CliTest.Run json = run("facts", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--format", "json");
        JsonNode facts = JSON.readTree(json.out());
        assertThat(facts.size()).isPositive();
        facts.forEach(f -> assertThat(f.path("entity_id").asText()).isEqualTo("蓝山科技"));
        CliTest.Run csv = run("facts", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--format", "csv");
        assertThat(csv.out().lines().count()).isEqualTo(facts.size() + 1);
        CliTest.Run table = run("facts", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue");
        assertThat(table.out()).contains("128460000000").endsWith(facts.size() + " facts\n");
    }

    @Test
    void seriesInEachFormat() throws Exception {
        CliTest.Run json = run("series", "--data", data.toString(), "--entity", "蓝山科技控股有限公司", "--metric", "revenue", "--format", "json");
        JsonNode s = JSON.readTree(json.out());
        assertThat(s.path("entity_id").asText()).isEqualTo("蓝山科技");
        assertThat(s.path("points").size()).isPositive();
        CliTest.Run table = run("series", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue");
        assertThat(table.out()).contains("2025Q2").contains("✓");
        CliTest.Run csv = run("series", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--format", "csv");
        assertThat(csv.out()).startsWith("entity_id,metric,segment");
    }

    @Test
    void badArgumentsFailNamingTheValue() {
        CliTest.Run r = run("series", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--kind", "week");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("week");
        CliTest.Run e = run("export", "--data", data.toString(), "--format", "xlsx");
        assertThat(e.code()).isNotZero();
        assertThat(e.err()).contains("xlsx");
    }

    @Test
    void exportToStdoutAndToFiles() throws Exception {
        CliTest.Run csv = run("export", "--data", data.toString(), "--format", "csv");
        assertThat(csv.out()).startsWith("doc_id,document,fact_id");
        CliTest.Run xbrl = run("export", "--data", data.toString(), "--format", "xbrl-json", "--entity", "Harbor");
        assertThat(JSON.readTree(xbrl.out()).path("documentInfo").path("documentType").asText()).isEqualTo("https://xbrl.org/2021/xbrl-json");
        Path pq = tmp.resolve("out/facts.parquet");
        CliTest.Run parquet = run("export", "--data", data.toString(), "--format", "parquet", "--out", pq.toString());
        assertThat(parquet.code()).as(parquet.err()).isZero();
        assertThat(Files.size(pq)).isPositive();
    }

    @Test
    void searchPrintsRankedHitsWithWhereTheyAre() throws Exception {
        CliTest.Run json = run("search", "--data", data.toString(), "--format", "json", "人工智能算力");
        JsonNode r = JSON.readTree(json.out());
        assertThat(r.path("total").asInt()).isPositive();
        JsonNode hit = r.path("hits").get(0);
        assertThat(hit.path("doc_id").asText()).hasSize(16);
        assertThat(hit.path("end").asInt()).isGreaterThan(hit.path("start").asInt());
        CliTest.Run table = run("search", "--data", data.toString(), "--entity", "蓝山", "人工智能算力");
        assertThat(table.out()).contains("lanshan-2025q2-zh.txt").contains("【");
        CliTest.Run none = run("search", "--data", data.toString(), "--entity", "Tencent", "人工智能算力");
        assertThat(none.out()).startsWith("0 hits");
    }
}
