package io.finlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.input.DocumentReader;
import io.finlens.input.ReadDocument;
import io.finlens.model.Change;
import io.finlens.model.Fact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Press releases written for the project ({@code src/test/resources/releases/NAME.txt}), rendered in the build to a
 * typeset PDF and an HTML page ({@link ReleaseForms}), read back: the PDF's text is what a reader would copy (ligatures,
 * hyphenation, two columns, no running header or page numbers), and both forms give the table facts listed in
 * {@code NAME.facts.tsv} — no more, no fewer.
 */
class PressReleaseFormsTest {
    private static final Finlens FINLENS = new Finlens();

    private static Path dir() {
        return GoldenSamplesTest.repoRoot().resolve("finlens-analysis/src/test/resources/releases");
    }

    private static List<String> releases() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-release.txt")).map(n -> n.replace(".txt", "")).sorted().toList();
        }
    }

    private static String source(String name) throws Exception {
        return Files.readString(dir().resolve(name + ".txt"), StandardCharsets.UTF_8);
    }

    /** Dumps the rendered forms for a look: -Dreleases.dump=DIR. */
    private static void dump(String name, byte[] pdf, String html) throws Exception {
        String to = System.getProperty("releases.dump");
        if (to == null) return;
        Path d = Files.createDirectories(Path.of(to));
        Files.write(d.resolve(name + ".pdf"), pdf);
        Files.writeString(d.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void thePdfReadsAsAReaderWouldCopyIt() throws Exception {
        String src = source("acme-2025q2-en-release");
        ReadDocument d = DocumentReader.read("acme.pdf", ReleaseForms.pdf(src));
        String flat = d.text().replaceAll("\\s+", " ");
        // each paragraph of the two-column stretch comes out whole and in order: ligatures folded, hyphens closed up
        String columns = src.substring(src.indexOf("#columns") + 9, src.indexOf("#end"));
        int at = 0;
        for (String para : columns.strip().split("\n")) {
            int found = flat.indexOf(para, at);
            assertThat(found).as("paragraph in reading order: %s%nin: %s", para, flat).isGreaterThanOrEqualTo(at);
            at = found + para.length();
        }
        assertThat(d.text()).doesNotContain("Page 1 of").doesNotContain("\u0000").doesNotContain("\uFB01");
        assertThat(d.text().split("Earnings Release", -1).length - 1).as("running header said at most once").isLessThanOrEqualTo(1);
        assertThat(d.issues()).extracting(i -> i.code()).contains("input.pdf-page-no-text");
    }

    @TestFactory
    Stream<DynamicTest> bothFormsGiveTheTableFacts() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : releases()) {
            String src = source(name);
            byte[] pdf = ReleaseForms.pdf(src);
            String html = ReleaseForms.html(src);
            dump(name, pdf, html);
            TreeSet<String> expected = new TreeSet<>();
            for (String l : Files.readAllLines(dir().resolve(name + ".facts.tsv"), StandardCharsets.UTF_8)) {
                if (!l.isBlank() && !l.startsWith("#")) expected.add(l.strip());
            }
            tests.add(DynamicTest.dynamicTest(name + ".pdf", () -> check(name + ".pdf", FINLENS.analyze(name + ".pdf", pdf), expected)));
            tests.add(DynamicTest.dynamicTest(name + ".html", () -> check(name + ".html",
                    FINLENS.analyze(name + ".html", html.getBytes(StandardCharsets.UTF_8)), expected)));
        }
        return tests.stream();
    }

    private static void check(String form, Analysis a, TreeSet<String> expected) throws Exception {
        TreeSet<String> got = tableFacts(a);
        String to = System.getProperty("releases.dump");
        if (to != null) Files.writeString(Path.of(to).resolve(form + ".facts.tsv"), String.join("\n", got) + "\n", StandardCharsets.UTF_8);
        assertThat(got).containsExactlyElementsOf(expected);
    }

    /** The facts read from tables, one line each: metric, segment, basis, period, value or range, guidance, changes. */
    static TreeSet<String> tableFacts(Analysis a) {
        TreeSet<String> out = new TreeSet<>();
        for (Fact f : a.facts()) {
            if (f.rules().stream().noneMatch(r -> r.startsWith("table."))) continue;
            String value = f.value() != null ? f.value().stripTrailingZeros().toPlainString()
                    : f.range() != null ? f.range().low().stripTrailingZeros().toPlainString() + ".." + f.range().high().stripTrailingZeros().toPlainString() : "-";
            List<String> ch = new ArrayList<>();
            for (Change c : f.changes()) {
                ch.add(c.value() != null ? c.value().stripTrailingZeros().toPlainString()
                        : c.points() != null ? c.points().stripTrailingZeros().toPlainString() + "pt" : String.valueOf(c.direction()));
            }
            out.add(String.join("\t", f.metric(), f.segment() == null ? "-" : f.segment(), f.basis() == null ? "-" : f.basis(),
                    f.period().id(), value, f.unit().toString(), f.guidance() ? "guidance" : "-", ch.isEmpty() ? "-" : String.join(",", ch)));
        }
        return out;
    }
}
