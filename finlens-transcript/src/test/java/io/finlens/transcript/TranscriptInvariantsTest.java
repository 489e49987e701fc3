package io.finlens.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the reader on text it was not written for: the case documents cut anywhere and glued together. It
 * never throws, every turn is a valid trimmed span in order, and it reads the same twice.
 */
class TranscriptInvariantsTest {
    private static final List<String> TEXTS = TranscriptCases.all().stream().map(TranscriptCases.Case::text).toList();
    private static final List<String> GLUE = List.of("", "\n", "\n\n", ":", "：", "**", " -- ", "\n \n", "分析师", "Operator\n");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.integers().between(0, 4000),
                        Arbitraries.integers().between(0, 4000), Arbitraries.of(GLUE))
                .as((t, a, b, g) -> {
                    int s = Math.min(a, b) % (t.length() + 1);
                    int e = Math.max(s, Math.max(a, b) % (t.length() + 1));
                    return t.substring(s, e) + g;
                });
        return piece.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void neverThrowsAndTurnsAreValidSpans(@ForAll("texts") String text) {
        Transcript t = TranscriptCasesTest.read(text);
        if (t != null) TranscriptCasesTest.checkSpans(text, t, "fragment");
        assertThat(TranscriptCasesTest.read(text)).isEqualTo(t);
    }

    @Example
    void emptyAndTinyTexts() {
        for (String s : List.of("", " ", "\n", ":", "问:", "Operator", "A -- B -- Analyst", "CORPORATE PARTICIPANTS", "**：**", "分析师:")) {
            Transcript t = TranscriptCasesTest.read(s);
            if (t != null) TranscriptCasesTest.checkSpans(s, t, s);
        }
    }

    /** The repository's invented samples, when the tests run from a checkout. */
    @Example
    void sampleArticles() throws IOException {
        Path dir = Path.of("..", "samples");
        if (!Files.isDirectory(dir)) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Transcript t = TranscriptCasesTest.read(text);
            assertThat(t).as("a call excerpt in %s", p).isNotNull();
            TranscriptCasesTest.checkSpans(text, t, p.toString());
        }
    }
}
