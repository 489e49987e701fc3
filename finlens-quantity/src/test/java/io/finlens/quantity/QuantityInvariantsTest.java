package io.finlens.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Quantity;
import io.finlens.model.Span;
import io.finlens.text.NormalizedText;
import io.finlens.text.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Properties of the recognizer on text it was not written for: pieces of the case inputs, cut anywhere and
 * glued together. It never throws, every span lies within the text, and it gives the same answer twice.
 */
class QuantityInvariantsTest {
    private static final List<String> CASE_TEXTS = QuantityCases.all().stream().map(QuantityCases.Case::text).toList();
    private static final List<String> GLUE = List.of("", "", " ", "\n", "，", ",", "。", "至", "-", " to ", "约", "(", "（", "**", "$", "亿", "%");

    private final QuantityRecognizer recognizer = QuantityRecognizer.standard();

    @Provide
    Arbitrary<String> fragment() {
        return Combinators.combine(Arbitraries.of(CASE_TEXTS), Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 200), Arbitraries.of(GLUE))
                .as((text, a, b, glue) -> {
                    int s = Math.min(a, b) % (text.length() + 1);
                    int e = Math.max(s, Math.max(a, b) % (text.length() + 1));
                    return text.substring(s, e) + glue;
                });
    }

    @Provide
    Arbitrary<String> texts() {
        return fragment().list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void neverThrowsAndSpansLieWithinTheText(@ForAll("texts") String text) {
        checkSpans(text, recognizer);
    }

    @Property(tries = 500)
    void twoRunsGiveEqualResults(@ForAll("texts") String text) {
        NormalizedText t = Normalizer.normalize(text);
        List<Quantity> first = recognizer.recognize(t);
        List<Quantity> second = recognizer.recognize(t);
        List<Quantity> fresh = QuantityRecognizer.standard().recognize(Normalizer.normalize(text));
        assertThat(second).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
    }

    @Property(tries = 300)
    void truncatedCaseTextsNeverThrow(@ForAll("caseText") String text, @ForAll("cut") int cut) {
        String prefix = text.substring(0, cut % (text.length() + 1));
        String suffix = text.substring(cut % (text.length() + 1));
        checkSpans(prefix, recognizer);
        checkSpans(suffix, recognizer);
    }

    @Provide
    Arbitrary<String> caseText() {
        return Arbitraries.of(CASE_TEXTS);
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 200);
    }

    @Example
    void emptyAndBlankTexts() {
        for (String s : List.of("", " ", "\n", "亿", "%", "$", "万亿", "百分之", "个百分点", "约", "至", "-", ".", ",", "US$", "HK$")) {
            checkSpans(s, recognizer);
        }
    }

    /** The sample articles in the repository's samples/ folder, when the tests run from a checkout. */
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
            List<Quantity> found = checkSpans(text, recognizer);
            assertThat(found).as("quantities in %s", p).isNotEmpty();
            assertThat(QuantityRecognizer.standard().recognize(Normalizer.normalize(text))).isEqualTo(found);
        }
    }

    /** Recognizes and checks that every span is a non-empty part of the text that maps back into the original. */
    static List<Quantity> checkSpans(String text, QuantityRecognizer recognizer) {
        NormalizedText t = Normalizer.normalize(text);
        List<Quantity> found = recognizer.recognize(t);
        assertThat(found).isNotNull();
        for (Quantity q : new ArrayList<>(found)) {
            Span s = q.span();
            assertThat(s.start()).as("start of %s in \"%s\"", q, t.text()).isGreaterThanOrEqualTo(0);
            assertThat(s.end()).as("end of %s in \"%s\"", q, t.text()).isLessThanOrEqualTo(t.length());
            assertThat(s.length()).as("length of %s in \"%s\"", q, t.text()).isPositive();
            Span o = t.toOriginal(s);
            assertThat(o.end()).as("original end of %s", q).isLessThanOrEqualTo(text.length());
            assertThat(q.unit()).isNotNull();
            assertThat(q.value() != null || q.range() != null).isTrue();
        }
        return found;
    }
}
