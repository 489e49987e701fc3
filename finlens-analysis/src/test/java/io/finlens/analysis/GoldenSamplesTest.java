package io.finlens.analysis;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code samples/*.txt} analyzed and written as contract JSON must equal, byte for byte,
 * {@code finlens-analysis/src/test/resources/golden/NAME.json}.
 *
 * <p>To (re)create the golden files after an intended change, run
 * {@code mvn -pl finlens-analysis test -Dgolden.update=true} and review the diff before committing.
 */
class GoldenSamplesTest {
    static final String UPDATE_PROPERTY = "golden.update";
    static final String UPDATE_COMMAND = "mvn -pl finlens-analysis test -Dgolden.update=true";

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").strip());
    }

    /** The repository root: the first directory, walking up from the working directory, that holds {@code samples}. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples"))) return d;
        }
        throw new IllegalStateException("no 'samples' folder found above " + dir);
    }

    static List<Path> samples() {
        try (Stream<Path> s = Files.list(repoRoot().resolve("samples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - ".txt".length());
    }

    /** A path that does not depend on the machine, so the golden bytes don't either. */
    static String stablePath(Path sample) {
        return "samples/" + sample.getFileName();
    }

    static Analysis analyzeSample(Path sample) throws IOException {
        return new Finlens().analyze(stablePath(sample), Files.readAllBytes(sample));
    }

    static Path goldenDir() {
        return repoRoot().resolve("finlens-analysis/src/test/resources/golden");
    }

    @Test
    void thereAreSamples() {
        assertFalse(samples().isEmpty(), "no samples/*.txt under " + repoRoot());
    }

    @TestFactory
    Stream<DynamicTest> sampleMatchesGolden() {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String json = ContractJson.write(analyzeSample(sample), false);
            byte[] actual = json.getBytes(StandardCharsets.UTF_8);
            Path golden = goldenDir().resolve(baseName(sample) + ".json");
            if (updating()) {
                Files.createDirectories(golden.getParent());
                if (!Files.exists(golden) || !java.util.Arrays.equals(Files.readAllBytes(golden), actual)) {
                    Files.write(golden, actual);
                    System.err.println("golden: wrote " + golden);
                }
                return;
            }
            if (!Files.exists(golden)) {
                fail("golden file missing: " + golden + "\nCreate it with: " + UPDATE_COMMAND
                        + "\n(then review the file and commit it)");
            }
            byte[] expected = Files.readAllBytes(golden);
            if (!java.util.Arrays.equals(expected, actual)) {
                fail("contract JSON for " + sample.getFileName() + " differs from " + golden + "\n"
                        + firstDifference(new String(expected, StandardCharsets.UTF_8), json)
                        + "\nIf the change is intended, regenerate with: " + UPDATE_COMMAND);
            }
        }));
    }

    /** Every golden file has its sample: a renamed or deleted sample must not leave a stale golden behind. */
    @Test
    void noOrphanGoldenFiles() throws IOException {
        Path dir = goldenDir();
        if (!Files.isDirectory(dir)) return;
        List<String> names = samples().stream().map(GoldenSamplesTest::baseName).toList();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> orphans = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !names.contains(p.getFileName().toString().replaceFirst("\\.json$", "")))
                    .toList();
            if (!orphans.isEmpty()) fail("golden files without a samples/NAME.txt (delete them): " + orphans);
        }
    }

    /** The first differing line, with a little context, for a readable failure. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                return "first difference at line " + (i + 1) + ":\n  expected: " + e[i] + "\n  actual:   " + a[i];
            }
        }
        return "lines equal up to line " + n + "; expected " + e.length + " lines, actual " + a.length;
    }
}
