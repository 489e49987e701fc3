package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store held by {@code finlens serve} in another process (a real child JVM, which holds DuckDB's lock on the file):
 * facts, series, search and export read it through the server and print what they print on the store itself; ingest
 * says how to add documents instead; the server's announcement goes when it stops.
 */
class ServeHeldStoreTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path data;
    static Process serve;
    /** What each command printed on the store itself, before the server held it. */
    static String factsDirect, seriesDirect, exportDirect;

    static String[] args(String... a) {
        String[] out = new String[a.length + 2];
        out[0] = a[0];
        out[1] = "--data";
        out[2] = data.toString();
        System.arraycopy(a, 1, out, 3, a.length - 1);
        return out;
    }

    @BeforeAll
    static void ingestThenServe() throws Exception {
        data = tmp.resolve("data");
        assertThat(CliTest.run("ingest", "--data", data.toString(), "--no-progress", CliTest.samplesDir().toString()).code()).isZero();
        factsDirect = CliTest.run(args("facts", "--entity", "蓝山", "--metric", "revenue", "--format", "csv")).out();
        seriesDirect = CliTest.run(args("series", "--entity", "蓝山", "--metric", "revenue", "--format", "json")).out();
        exportDirect = CliTest.run(args("export", "--format", "json", "--metric", "revenue")).out();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        serve = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), "io.finlens.cli.Main", "serve", "--data",
                data.toString(), "--port", "0").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("finlens serve: http")) {
            // wait for the URL line
        }
        assertThat(line).as("serve printed its URL").isNotNull();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        for (int i = 0; i < 100 && !Files.exists(data.resolve(Served.FILE)); i++) Thread.sleep(100);
        assertThat(data.resolve(Served.FILE)).exists();
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.destroy(); // SIGTERM: the shutdown hook removes serve.json
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(data.resolve(Served.FILE)).as("the announcement goes with the server").doesNotExist();
            CliTest.Run direct = CliTest.run(args("facts", "--entity", "蓝山", "--metric", "revenue", "--format", "csv"));
            assertThat(direct.err()).doesNotContain("held by finlens serve");
            assertThat(direct.out()).isEqualTo(factsDirect);
        }
    }

    @Test
    void readCommandsReadThroughTheServerAndPrintTheSame() throws Exception {
        CliTest.Run facts = CliTest.run(args("facts", "--entity", "蓝山", "--metric", "revenue", "--format", "csv"));
        assertThat(facts.code()).as(facts.err()).isZero();
        assertThat(facts.err()).contains("held by finlens serve; reading it through http://127.0.0.1:");
        assertThat(facts.out()).isEqualTo(factsDirect);
        CliTest.Run series = CliTest.run(args("series", "--entity", "蓝山", "--metric", "revenue", "--format", "json"));
        assertThat(series.out()).isEqualTo(seriesDirect);
        CliTest.Run export = CliTest.run(args("export", "--format", "json", "--metric", "revenue"));
        assertThat(export.out()).isEqualTo(exportDirect);
        CliTest.Run search = CliTest.run(args("search", "--entity", "蓝山", "人工智能算力"));
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("lanshan-2025q2-zh.txt").contains("【");
        JsonNode hits = JSON.readTree(CliTest.run(args("search", "--format", "json", "广告")).out());
        assertThat(hits.path("hits").size()).isPositive();
        CliTest.Run typo = CliTest.run(args("series", "--entity", "蓝山", "--metric", "revnue"));
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("no metric 'revnue' among the stored facts; did you mean revenue?").doesNotContain("\tat ");
    }

    @Test
    void ingestIsToldHowToAddDocumentsWhileTheServerHoldsTheStore() {
        CliTest.Run r = CliTest.run("ingest", "--data", data.toString(), CliTest.samplesDir().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("finlens ingest: the store in " + data + " is held by finlens serve at http://127.0.0.1:")
                .contains("/api/analyze?store=true").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void theAnnouncementIsForItsOwnerOnly() throws Exception {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(Served.FILE)))).isEqualTo("rw-------");
        JsonNode n = JSON.readTree(data.resolve(Served.FILE).toFile());
        assertThat(n.path("url").asText()).startsWith("http://127.0.0.1:");
        assertThat(n.path("token").asText()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(List.of(n.path("pid").asLong())).containsExactly(serve.pid());
    }
}
