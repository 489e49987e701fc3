package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;

/** Invariants over random user text: no exception, every hit and highlight is a slice of the original text. */
class SearchPropertiesTest {
    private static Path dir;
    private static SearchIndex index;

    private static synchronized SearchIndex index() {
        if (index == null) {
            try {
                dir = Files.createTempDirectory("finlens-search-props");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index = TestDocs.index(dir);
        }
        return index;
    }

    @AfterContainer
    static void close() throws IOException {
        if (index == null) return;
        index.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Property(tries = 300)
    void anyTextSearches(@ForAll @StringLength(max = 60) String text) {
        check(text);
    }

    @Property(tries = 200)
    void anyMixOfWordsAndSymbols(@ForAll("queries") String text) {
        check(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> queries() {
        return net.jqwik.api.Arbitraries.of("元宝", "营收", "亿元", "GPU", "推理", "capex", "cloud", "margins", "\"", "“", "-", "OR",
                "NOT", "AND", "(", ")", "*", ":", "\\", " ", "的", "the", "资本开支", "R&D", "1,284.6")
                .list().ofMaxSize(12).map(l -> String.join(l.size() % 2 == 0 ? " " : "", l));
    }

    private static void check(String text) {
        if (text.isBlank()) return;
        SearchResult r = index().search(SearchQuery.of(text).page(20, 0));
        assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
        for (Hit h : r.hits()) {
            String original = TestDocs.all().get(h.passage().document()).original();
            assertThat(original.substring(h.passage().start(), h.passage().end())).isEqualTo(h.passage().text());
            int end = h.passage().start();
            for (Highlight hl : h.highlights()) {
                assertThat(hl.start()).isGreaterThanOrEqualTo(end);
                end = hl.end();
                assertThat(original.substring(hl.start(), hl.end())).isNotBlank();
            }
            assertThat(h.snippet()).isNotEmpty();
        }
    }
}
