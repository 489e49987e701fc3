package io.finlens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import io.finlens.store.IngestOptions;
import io.finlens.store.IngestReport;
import io.finlens.store.Library;
import io.finlens.store.LoadReport;
import io.finlens.store.Prepared;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on real Spark in local mode (two cores, 127.0.0.1, no UI) over {@link TestCorpus}. */
class CorpusJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path in;
    static Path out;
    static CorpusJob.Report first;

    @BeforeAll
    static void run() throws Exception {
        Logs.quiet();
        in = dir.resolve("in");
        out = dir.resolve("out");
        TestCorpus.write(in);
        spark = Corpus.session("local[2]", false);
        first = job(CorpusJob.Mode.OVERWRITE, out, List.of(in.toString()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    static CorpusJob.Report job(CorpusJob.Mode mode, Path output, List<String> inputs) {
        return job(mode, output, inputs, CorpusJob.InputKind.files);
    }

    static CorpusJob.Report job(CorpusJob.Mode mode, Path output, List<String> inputs, CorpusJob.InputKind kind) {
        java.io.StringWriter log = new java.io.StringWriter();
        CorpusJob.Report r = new CorpusJob(spark, new java.io.PrintWriter(log)).run(new CorpusJob.Settings(inputs, kind, output.toString(), mode, 3, null));
        assertThat(log.toString()).contains("corpus: analyze:");
        return r;
    }

    static List<Row> rows(Path output, String dataset) {
        return spark.read().parquet(output.resolve(dataset).toString()).collectAsList();
    }

    static Map<String, Row> documentsByName(Path output) {
        Map<String, Row> m = new TreeMap<>();
        for (Row r : rows(output, "documents")) m.put(in.relativize(Path.of(r.<String>getAs("name"))).toString(), r);
        return m;
    }

    @Test
    void everyDocumentIsOneRowAndWhatCannotBeReadIsAnIssue() {
        assertThat(first.documents()).isEqualTo(4);
        assertThat(first.issues()).isEqualTo(2);
        // the same content under two names is one document, under the first name; the README is passed over
        assertThat(documentsByName(out).keySet()).containsExactlyInAnyOrderElementsOf(TestCorpus.DOCUMENTS);
        List<List<String>> issues = new ArrayList<>();
        for (Row r : rows(out, "issues")) issues.add(List.of(in.relativize(Path.of(r.<String>getAs("name"))).toString(), r.getAs("reason")));
        assertThat(issues).containsExactlyInAnyOrderElementsOf(TestCorpus.ISSUES);
        assertThat(Analyzer.MADE.get()).as("one Finlens in this JVM, however many partitions").isEqualTo(1);
    }

    @Test
    void rowsAreWhatAnalyzeGivesForEachDocument() throws Exception {
        Map<String, Row> docs = documentsByName(out);
        Finlens finlens = new Finlens();
        ObjectMapper json = new ObjectMapper();
        for (String name : TestCorpus.DOCUMENTS) {
            Path file = in.resolve(name);
            byte[] bytes = Files.readAllBytes(file);
            Analysis a = finlens.analyze(file.toString(), bytes);
            JsonNode contract = json.readTree(ContractJson.write(a, false));
            Row d = docs.get(name);
            String id = Prepared.contentId(bytes);
            assertThat(d.<String>getAs("id")).isEqualTo(id);
            assertThat(d.<String>getAs("text")).isEqualTo(a.original());
            assertThat(d.<String>getAs("language")).isEqualTo(a.language().code());
            assertThat(d.<String>getAs("period")).isEqualTo(a.period().id());
            assertThat(d.<Integer>getAs("chars")).isEqualTo(a.original().codePointCount(0, a.original().length()));
            assertThat(Prepared.inflate(d.getAs("contract"))).isEqualTo(ContractJson.write(a, false));
            assertThat(facts(id)).as(name).isEqualTo(expectedFacts(contract));
            assertThat(spark.read().parquet(out.resolve("checks").toString()).filter(col("doc_id").equalTo(id)).count())
                    .isEqualTo(a.checks().size());
            long turns = a.transcript() == null ? 0 : a.transcript().exchanges().stream().mapToLong(e -> e.turns().size()).sum();
            assertThat(spark.read().parquet(out.resolve("turns").toString()).filter(col("doc_id").equalTo(id)).count()).isEqualTo(turns);
            assertThat(a.facts()).as(name + " has facts").isNotEmpty();
        }
        assertThat(rows(out, "turns")).as("the zh call's turns").isNotEmpty();
    }

    /** fact id, metric, period, value, unit, first evidence span (code points) and text, per fact, by id. */
    static Map<String, List<Object>> facts(String docId) {
        Map<String, List<Object>> m = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("facts").toString()).filter(col("doc_id").equalTo(docId)).collectAsList()) {
            BigDecimal v = r.getAs("value");
            m.put(r.getAs("fact_id"), List.of(r.getAs("metric"), r.getAs("period"), v == null ? "null" : v.stripTrailingZeros().toPlainString(),
                    r.getAs("unit"), r.<Integer>getAs("evidence_start"), r.<Integer>getAs("evidence_end"), r.getAs("evidence_text")));
        }
        return m;
    }

    static Map<String, List<Object>> expectedFacts(JsonNode contract) {
        Map<String, List<Object>> m = new TreeMap<>();
        for (JsonNode f : contract.path("facts")) {
            JsonNode ev = f.path("evidence").get(0);
            String v = f.path("value").isNull() ? "null" : new BigDecimal(f.path("value").asText()).stripTrailingZeros().toPlainString();
            m.put(f.path("id").asText(), List.of(f.path("metric").asText(), f.path("period").asText(), v, f.path("unit").asText(),
                    ev.path("start").asInt(), ev.path("end").asInt(), ev.path("text").asText()));
        }
        return m;
    }

    @Test
    void aRerunAddsNothingAndOverwriteGivesTheSameRows() {
        Map<String, Long> before = counts(out);
        CorpusJob.Report again = job(CorpusJob.Mode.APPEND_NEW, out, List.of(in.toString()));
        assertThat(again.documents() + again.issues()).isZero();
        assertThat(counts(out)).isEqualTo(before);
        Path other = dir.resolve("out-overwrite");
        job(CorpusJob.Mode.OVERWRITE, other, List.of(in.toString()));
        job(CorpusJob.Mode.OVERWRITE, other, List.of(in.toString()));
        for (String d : Datasets.NAMES) {
            assertThat(sorted(other, d)).as(d).isEqualTo(sorted(out, d));
        }
    }

    static Map<String, Long> counts(Path output) {
        Map<String, Long> m = new TreeMap<>();
        for (String d : Datasets.NAMES) m.put(d, spark.read().parquet(output.resolve(d).toString()).count());
        return m;
    }

    static List<String> sorted(Path output, String dataset) {
        List<String> s = new ArrayList<>();
        for (Row r : rows(output, dataset)) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                b.append(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(v)).append('|');
            }
            s.add(b.toString());
        }
        java.util.Collections.sort(s);
        return s;
    }

    @Test
    void aTableOfTextsGivesTheDocumentsOfItsFiles() throws Exception {
        Path table = dir.resolve("table.jsonl");
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        b.append(json.writeValueAsString(Map.of("name", in.resolve("zh.txt").toString(), "text", Files.readString(in.resolve("zh.txt"))))).append('\n');
        // bytes in JSON are base64: a PDF comes in as one
        b.append(json.writeValueAsString(Map.of("name", in.resolve("release.pdf").toString(), "bytes",
                java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(in.resolve("release.pdf")))))).append('\n');
        Files.writeString(table, b.toString());
        Path o = dir.resolve("out-table");
        CorpusJob.Report r = job(CorpusJob.Mode.OVERWRITE, o, List.of(table.toString()), CorpusJob.InputKind.json);
        assertThat(r.documents()).isEqualTo(2);
        Map<String, Row> files = documentsByName(out);
        for (Map.Entry<String, Row> e : documentsByName(o).entrySet()) {
            assertThat(e.getValue().<String>getAs("id")).isEqualTo(files.get(e.getKey()).<String>getAs("id"));
            assertThat(e.getValue().<Integer>getAs("fact_count")).isEqualTo(files.get(e.getKey()).<Integer>getAs("fact_count"));
        }
    }

    @Test
    void aStoreLoadsTheDatasetsAsIngestStoresTheFiles() throws Exception {
        Path ingested = dir.resolve("store-ingest");
        Path loaded = dir.resolve("store-parquet");
        long passages;
        try (Library lib = Library.open(ingested)) {
            IngestReport r = lib.ingest(List.of(in.toString()), IngestOptions.defaults().withThreads(1));
            assertThat(r.stored()).isEqualTo(4);
            passages = lib.searchIndex().count();
        }
        try (Library lib = Library.open(loaded)) {
            LoadReport r = lib.loadParquet(out);
            assertThat(r.loaded()).isEqualTo(4);
            assertThat(r.issues()).isEqualTo(2);
            assertThat(lib.searchIndex().count()).isEqualTo(passages);
            assertThat(lib.search(io.finlens.search.SearchQuery.of("云业务")).hits()).isNotEmpty();
            assertThat(lib.loadParquet(out).loaded()).as("loading again adds nothing").isZero();
        }
        for (String sql : List.of("SELECT * EXCLUDE (seq, name) FROM documents ORDER BY id",
                "SELECT * EXCLUDE (doc_seq, doc_name) FROM facts ORDER BY doc_id, fact_id",
                "SELECT * FROM checks ORDER BY doc_id, idx", "SELECT * FROM turns ORDER BY doc_id, exchange_idx, turn_idx",
                "SELECT * FROM entity_aliases ORDER BY doc_id, alias_key")) {
            assertThat(query(loaded, sql)).as(sql).isEqualTo(query(ingested, sql)).isNotEmpty();
        }
    }

    static List<String> query(Path store, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        java.util.Properties ro = new java.util.Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store.resolve(Library.DATABASE), ro);
             java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    b.append(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(v)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
