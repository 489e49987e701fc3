package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingest() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("samples"))) dir = dir.getParent();
        samples = dir.resolve("samples").toString();
        data = tmp.resolve("data");
        Run r = run("ingest", "--data", data.toString(), "--format", "json", samples);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"stored\": 2");
    }

    @Test
    void ingestingAgainSkipsWhatIsStored() throws Exception {
        Run r = run("ingest", "--data", data.toString(), "--format", "json", samples + "/*.txt");
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.path("stored").asInt()).isZero();
        assertThat(n.path("skipped").asInt()).isEqualTo(2);
        Run table = run("ingest", "--data", data.toString(), "--no-progress", samples);
        assertThat(table.out()).startsWith("stored 0, skipped 2, failed 0");
    }

    @Test
    void aMissingInputIsReportedAndTheExitCodeSaysSo() {
        Run r = run("ingest", "--data", data.toString(), tmp.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.txt: no such file or folder");
    }

    @Test
    void factsInEachFormat() throws Exception {
        Run json = run("facts", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--format", "json");
        JsonNode facts = JSON.readTree(json.out());
        assertThat(facts.size()).isPositive();
        facts.forEach(f -> assertThat(f.path("entity_id").asText()).isEqualTo("蓝山科技"));
        Run csv = run("facts", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--format", "csv");
        assertThat(csv.out().lines().count()).isEqualTo(facts.size() + 1);
        Run table = run("facts", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue");
        assertThat(table.out()).contains("128460000000").endsWith(facts.size() + " facts\n");
    }

    @Test
    void seriesInEachFormat() throws Exception {
        Run json = run("series", "--data", data.toString(), "--entity", "蓝山科技控股有限公司", "--metric", "revenue", "--format", "json");
        JsonNode s = JSON.readTree(json.out());
        assertThat(s.path("entity_id").asText()).isEqualTo("蓝山科技");
        assertThat(s.path("points").size()).isPositive();
        Run table = run("series", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue");
        assertThat(table.out()).contains("2025Q2").contains("✓");
        Run csv = run("series", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--format", "csv");
        assertThat(csv.out()).startsWith("entity_id,metric,segment");
    }

    @Test
    void badArgumentsFailNamingTheValue() {
        Run r = run("series", "--data", data.toString(), "--entity", "蓝山", "--metric", "revenue", "--kind", "week");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("week");
        Run e = run("export", "--data", data.toString(), "--format", "xlsx");
        assertThat(e.code()).isNotZero();
        assertThat(e.err()).contains("xlsx");
    }

    @Test
    void exportToStdoutAndToFiles() throws Exception {
        Run csv = run("export", "--data", data.toString(), "--format", "csv");
        assertThat(csv.out()).startsWith("doc_id,document,fact_id");
        Run xbrl = run("export", "--data", data.toString(), "--format", "xbrl-json", "--entity", "Harbor");
        assertThat(JSON.readTree(xbrl.out()).path("documentInfo").path("documentType").asText()).isEqualTo("https://xbrl.org/2021/xbrl-json");
        Path pq = tmp.resolve("out/facts.parquet");
        Run parquet = run("export", "--data", data.toString(), "--format", "parquet", "--out", pq.toString());
        assertThat(parquet.code()).as(parquet.err()).isZero();
        assertThat(Files.size(pq)).isPositive();
    }

    @Test
    void searchPrintsRankedHitsWithWhereTheyAre() throws Exception {
        Run json = run("search", "--data", data.toString(), "--format", "json", "人工智能算力");
        JsonNode r = JSON.readTree(json.out());
        assertThat(r.path("total").asInt()).isPositive();
        JsonNode hit = r.path("hits").get(0);
        assertThat(hit.path("doc_id").asText()).hasSize(16);
        assertThat(hit.path("end").asInt()).isGreaterThan(hit.path("start").asInt());
        Run table = run("search", "--data", data.toString(), "--entity", "蓝山", "人工智能算力");
        assertThat(table.out()).contains("lanshan-2025q2-zh.txt").contains("【");
        Run none = run("search", "--data", data.toString(), "--entity", "Tencent", "人工智能算力");
        assertThat(none.out()).startsWith("0 hits");
    }
}
