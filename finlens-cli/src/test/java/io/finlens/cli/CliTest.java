package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main#run} on real files, capturing what it prints. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path samplesDir;
    static Path zhSample;
    static Path enSample;

    @TempDir
    Path tmp;

    /** The result of one run: exit code and what went to stdout and stderr. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void findSamples() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples"))) {
                samplesDir = d.resolve("samples");
                break;
            }
        }
        assertThat(samplesDir).as("a samples folder above " + dir).isNotNull();
        zhSample = samplesDir.resolve("lanshan-2025q2-zh.txt");
        enSample = samplesDir.resolve("harbor-2025q3-en.txt");
        assertThat(zhSample).exists();
        assertThat(enSample).exists();
    }

    /** Runs the CLI with System.out and System.err redirected (Main.run wraps them when called), restoring them after. */
    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The samples folder. */
    static Path samplesDir() {
        if (samplesDir == null) findSamples();
        return samplesDir;
    }

    /** A copy of a sample in the temp dir, so the test works on files it owns. */
    Path copy(Path sample, String name) throws IOException {
        return Files.copy(sample, tmp.resolve(name));
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    // ---------------------------------------------------------------- analyze

    @Test
    void analyzeJsonWritesOneFilePerInput() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Path out = tmp.resolve("out");
        Run r = run("analyze", "--format", "json", "--out", out.toString(), in.toString());
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isZero();
        Path written = out.resolve("lanshan.json");
        assertThat(list(out)).containsExactly(written);
        JsonNode root = parse(Files.readString(written, StandardCharsets.UTF_8));
        assertThat(root.path("source").path("path").asText()).isEqualTo(in.toString());
        assertThat(root.path("source").path("language").asText()).isEqualTo("zh");
        assertThat(root.path("facts").size()).isPositive();
        assertThat(root.has("text")).as("no text without --with-text").isFalse();
        assertThat(r.out()).as("nothing printed to stdout with --out").isEmpty();
        assertThat(r.err()).contains("lanshan.json");
    }

    @Test
    void analyzeWithTextIncludesTheDocument() throws IOException {
        Path in = copy(enSample, "harbor.txt");
        Path out = tmp.resolve("out");
        Run r = run("analyze", "--format", "json", "--with-text", "--out", out.toString(), in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        JsonNode root = parse(Files.readString(out.resolve("harbor.json"), StandardCharsets.UTF_8));
        assertThat(root.path("text").asText()).isEqualTo(Files.readString(in, StandardCharsets.UTF_8));
    }

    @Test
    void analyzeJsonToStdout() throws IOException {
        Path in = copy(enSample, "harbor.txt");
        Run r = run("analyze", "--format", "json", in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        JsonNode root = parse(r.out());
        assertThat(root.path("source").path("language").asText()).isEqualTo("en");
        assertThat(root.path("facts").size()).isPositive();
    }

    @Test
    void analyzeOnManyThreadsPrintsWhatOneThreadPrintsInArgumentOrder() throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) args.add(copy(i % 2 == 0 ? zhSample : enSample, "doc" + i + ".txt").toString());
        Path missing = tmp.resolve("missing.txt");
        args.add(3, missing.toString());
        java.util.List<String> one = new java.util.ArrayList<>(java.util.List.of("analyze", "--format", "json", "--threads", "1"));
        one.addAll(args);
        java.util.List<String> four = new java.util.ArrayList<>(java.util.List.of("analyze", "--format", "json", "--threads", "4"));
        four.addAll(args);
        Run a = run(one.toArray(String[]::new));
        Run b = run(four.toArray(String[]::new));
        assertThat(a.code()).as("a missing input fails the run").isEqualTo(1);
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.out()).as("the same bytes, in argument order").isEqualTo(a.out());
        assertThat(b.err()).isEqualTo(a.err()).contains("missing.txt");
    }

    @Test
    void analyzeRefusesZeroThreadsNamingTheValue() {
        Run r = run("analyze", "--threads", "0", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--threads").contains("not 0");
    }

    @Test
    void analyzeJsonOfManyFilesIsOneArrayAndJsonlOneLineEach() throws IOException {
        Run one = run("analyze", "--format", "json", zhSample.toString());
        Run many = run("analyze", "--format", "json", zhSample.toString(), enSample.toString());
        assertThat(many.code()).as(many.err()).isZero();
        JsonNode array = parse(many.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0)).isEqualTo(parse(one.out()));
        Run lines = run("analyze", "--format", "jsonl", zhSample.toString(), enSample.toString());
        List<String> records = lines.out().lines().toList();
        assertThat(records).hasSize(2);
        assertThat(parse(records.get(0))).isEqualTo(array.get(0));
        assertThat(parse(records.get(1))).isEqualTo(array.get(1));
        Run refused = run("analyze", "--format", "jsonl", "--out", tmp.toString(), zhSample.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--format jsonl prints to stdout");
    }

    @Test
    void theFactSheetAlignsChineseColumnsByDisplayWidth() {
        Run r = run("analyze", zhSample.toString());
        List<String> rows = r.out().lines().filter(l -> l.matches("F\\d+ .*")).toList();
        assertThat(rows).isNotEmpty();
        String header = r.out().lines().filter(l -> l.startsWith("id ")).findFirst().orElseThrow();
        int period = TextTable.width(header.substring(0, header.indexOf("period")));
        for (String row : rows) {
            int at = row.indexOf(' ', 4 + 1);
            String cells = row;
            // the period cell starts at the same display column on every row, whatever the width of the segment before it
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(" ((FY)?\\d{4}(Q\\d|H\\d|-\\d\\d)?\\S*) ").matcher(cells);
            assertThat(m.find()).as(row).isTrue();
            assertThat(TextTable.width(cells.substring(0, m.start(1)))).as(row).isEqualTo(period);
            assertThat(at).isPositive();
        }
    }

    @Test
    void colourFollowsNoColor() {
        assertThat(Term.colorAllowed(java.util.Map.of())).isTrue();
        assertThat(Term.colorAllowed(java.util.Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Term.colorAllowed(java.util.Map.of("NO_COLOR", ""))).as("an empty NO_COLOR does not count").isTrue();
        assertThat(Term.colorAllowed(java.util.Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void shellCompletionIsGeneratedByPicocli() {
        Run r = run("generate-completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("finlens Bash Completion").contains("complete -F").contains("series").contains("--entity");
        assertThat(run("--help").out()).contains("generate-completion");
    }

    @Test
    void analyzeTableIsTheDefault() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Run r = run("analyze", in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).contains("蓝山科技").contains("facts:").contains("revenue");
    }

    @Test
    void missingAndEmptyFilesFailButTheGoodFileIsStillWritten() throws IOException {
        Path good = copy(zhSample, "good.txt");
        Path missing = tmp.resolve("missing.txt");
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path out = tmp.resolve("out");
        Run r = run("analyze", "--format", "json", "--out", out.toString(), missing.toString(), empty.toString(), good.toString());
        assertThat(r.code()).as("exit code with a missing and an empty input").isNotZero();
        assertThat(list(out)).containsExactly(out.resolve("good.json"));
        assertThat(parse(Files.readString(out.resolve("good.json"), StandardCharsets.UTF_8)).path("facts").size()).isPositive();
        assertThat(r.err()).contains("missing.txt").contains("empty.txt");
    }

    @Test
    void missingFileAloneFails() {
        Run r = run("analyze", tmp.resolve("nope.txt").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("nope.txt");
    }

    @Test
    void blankFileFails() throws IOException {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\t\r\n");
        Run r = run("analyze", blank.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("blank.txt");
    }

    @Test
    void directoryAsInputFails() {
        Run r = run("analyze", tmp.toString());
        assertThat(r.code()).isNotZero();
    }

    @Test
    void outThatIsAFileFails() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Path notDir = Files.writeString(tmp.resolve("file"), "x");
        Run r = run("analyze", "--format", "json", "--out", notDir.toString(), in.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--out");
    }

    @Test
    void badFormatFailsNamingTheValue() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Run r = run("analyze", "--format", "xml", in.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("xml").contains("--format");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noArgumentsFails() {
        assertThat(run().code()).isNotZero();
        assertThat(run("analyze").code()).as("analyze needs a FILE").isNotZero();
    }

    @Test
    void helpAndVersionSucceed() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("analyze").contains("quantities").contains("bench");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("finlens");
    }

    // ---------------------------------------------------------------- quantities

    @Test
    void quantitiesJsonPrintsJson() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Run r = run("quantities", "--format", "json", in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        JsonNode root = parse(r.out());
        assertThat(root.path("path").asText()).isEqualTo(in.toString());
        JsonNode qs = root.path("quantities");
        assertThat(qs.isArray()).isTrue();
        assertThat(qs.size()).isPositive();
        int[] cps = Files.readString(in, StandardCharsets.UTF_8).codePoints().toArray();
        for (JsonNode q : qs) {
            int start = q.path("start").asInt(), end = q.path("end").asInt();
            assertThat(new String(cps, start, end - start)).isEqualTo(q.path("text").asText());
            assertThat(q.path("rule").asText()).isNotEmpty();
        }
    }

    @Test
    void quantitiesTable() throws IOException {
        Path in = copy(enSample, "harbor.txt");
        Run r = run("quantities", in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).contains("harbor.txt").contains("quantities)").contains("$318.6 million");
    }

    @Test
    void quantitiesWithAMissingFileFailsButPrintsTheGoodOne() throws IOException {
        Path in = copy(enSample, "harbor.txt");
        Run r = run("quantities", "--format", "json", tmp.resolve("missing.txt").toString(), in.toString());
        assertThat(r.code()).isNotZero();
        assertThat(parse(r.out()).path("quantities").size()).isPositive();
        assertThat(r.err()).contains("missing.txt");
    }

    @Test
    void quantitiesBadFormatFails() throws IOException {
        Path in = copy(enSample, "harbor.txt");
        Run r = run("quantities", "--format", "xml", in.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("xml");
    }

    // ---------------------------------------------------------------- bench

    @Test
    void benchReportsThroughput() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Run r = run("bench", "--mb", "1", "--rounds", "1", in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("chars/s")).count()).as("lines with chars/s in:\n%s", r.out())
                .isGreaterThanOrEqualTo(2); // warm-up and one measured round
    }

    @Test
    void benchRejectsZeroRoundsAndMissingFiles() throws IOException {
        Path in = copy(zhSample, "lanshan.txt");
        Run zero = run("bench", "--mb", "1", "--rounds", "0", in.toString());
        assertThat(zero.code()).isNotZero();
        assertThat(zero.err()).contains("--rounds");
        Run missing = run("bench", "--mb", "1", "--rounds", "1", tmp.resolve("missing.txt").toString());
        assertThat(missing.code()).isNotZero();
    }

    @Test
    void benchScalingPrintsEveryShapeAtThreeSizes() {
        Run r = run("bench", "--scaling", "--units", "2");
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        for (ScalingBench.Shape s : ScalingBench.SHAPES) {
            assertThat(r.out().lines().filter(l -> l.startsWith(s.name())).findFirst()).as("a line for %s in:%n%s", s.name(), r.out())
                    .hasValueSatisfying(l -> assertThat(l).contains("  1x").contains(" 10x").contains("100x").contains("ns/char"));
        }
    }

    @Test
    void benchModesCheckTheirArguments() throws IOException {
        Run withFile = run("bench", "--scaling", tmp.resolve("given.txt").toString());
        assertThat(withFile.code()).isEqualTo(2);
        assertThat(withFile.err()).contains("--scaling").contains("given.txt");
        Run none = run("bench", "--mb", "1");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("FILE");
        Run units = run("bench", "--scaling", "--units", "0");
        assertThat(units.code()).isEqualTo(2);
        assertThat(units.err()).contains("--units");
    }

    @Test
    void benchStartupTimesChildProcessesAgainstJavaVersion() throws IOException {
        Path in = copy(enSample, "harbor.txt");
        Run r = run("bench", "--startup", "--rounds", "1", in.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).contains("java -version (baseline)").contains("finlens --version").contains("x java -version")
                .contains("whole process / one warm thread");
    }
}
