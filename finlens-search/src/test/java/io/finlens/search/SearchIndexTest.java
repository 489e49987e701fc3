package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.analysis.Analysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {
    @TempDir
    static Path dir;
    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = TestDocs.index(dir);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static String original(Hit h) {
        return TestDocs.all().get(h.passage().document()).original();
    }

    static List<String> texts(SearchResult r) {
        return r.hits().stream().map(h -> h.passage().text()).toList();
    }

    @Test
    void chineseWordsAreFoundAndHighlightedInTheOriginal() {
        for (String word : List.of("元宝", "营收", "亿元", "资本开支")) {
            SearchResult r = index.search(SearchQuery.of(word).page(100, 0));
            assertThat(r.hits()).as(word).isNotEmpty();
            assertThat(r.total()).isEqualTo(r.hits().size());
            for (Hit h : r.hits()) {
                assertThat(h.highlights()).as("%s in %s", word, h.passage().text()).isNotEmpty();
                for (Highlight hl : h.highlights()) assertThat(original(h).substring(hl.start(), hl.end())).isEqualTo(word);
                assertThat(h.snippet()).contains(Snippets.OPEN + word + Snippets.CLOSE);
                assertThat(h.snippet("<mark>", "</mark>")).contains("<mark>" + word + "</mark>");
            }
        }
    }

    @Test
    void wordMatchesRankAboveBigramOnlyMatches() {
        List<String> found = texts(index.search(SearchQuery.of("元宝").page(100, 0)));
        assertThat(found.get(found.size() - 1)).contains("30亿元宝贵"); // 元宝 as a string, not as a word
    }

    @Test
    void englishIsStemmedAndPhrasesAreExact() {
        SearchResult r = index.search(SearchQuery.of("margin"));
        assertThat(texts(r)).anyMatch(t -> t.contains("operating margin expanded")).anyMatch(t -> t.contains("Cloud margins improved"));
        for (Hit h : r.hits()) {
            for (Highlight hl : h.highlights()) assertThat(original(h).substring(hl.start(), hl.end())).startsWithIgnoringCase("margin");
        }
        SearchResult phrase = index.search(SearchQuery.of("\"cloud margins improved\""));
        assertThat(texts(phrase)).singleElement().asString().contains("Cloud margins improved 120");
        Hit h = phrase.hits().get(0);
        assertThat(h.highlights()).hasSize(1);
        assertThat(original(h).substring(h.highlights().get(0).start(), h.highlights().get(0).end())).isEqualTo("Cloud margins improved");
    }

    @Test
    void speakerFilterTakesEveryNameOfTheSpeaker() {
        for (String name : List.of("玛丽亚·冈萨雷斯", "Maria Gonzalez", "maria  GONZALEZ")) {
            SearchResult r = index.search(SearchQuery.of("广告").withSpeaker(name));
            assertThat(texts(r)).as(name).singleElement().asString().contains("广告加载率基本稳定");
            assertThat(r.hits().get(0).passage().speaker()).isEqualTo("玛丽亚·冈萨雷斯");
        }
    }

    @Test
    void theBriefsExample() {
        SearchResult r = index.search(SearchQuery.of("GPU 推理").withSpeaker("林嘉文").withTopic("capex"));
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.passage().text()).contains("GPU推理集群");
            assertThat(h.passage().exchange()).isEqualTo(1);
            assertThat(h.passage().document()).isEqualTo("xinghe-2025q2-zh.txt");
            assertThat(h.highlights()).extracting(hl -> original(h).substring(hl.start(), hl.end())).contains("GPU推理");
        });
    }

    @Test
    void filters() {
        assertThat(texts(index.search(SearchQuery.of("capex").withRole("executive")))).singleElement().asString().contains("We expect capex");
        assertThat(index.search(SearchQuery.of("capex").withFirm("northgate securities")).hits()).singleElement()
                .satisfies(h -> assertThat(h.passage().kind()).isEqualTo("question"));
        assertThat(index.search(SearchQuery.of("GPU").withLanguage("zh")).hits()).allMatch(h -> h.passage().language().equals("zh")).isNotEmpty();
        assertThat(index.search(SearchQuery.of("GPU").withDocId("northwind-2025q3-en.txt")).hits())
                .allMatch(h -> h.passage().docId().equals("northwind-2025q3-en.txt")).isNotEmpty();
        assertThat(index.search(SearchQuery.of("营收").withEntity("星河科技")).hits()).isNotEmpty()
                .allMatch(h -> h.passage().entityId().equals("星河科技"));
        assertThat(index.search(SearchQuery.of("营收").withEntity("Northwind Cloud")).hits()).isEmpty();
    }

    @Test
    void periodRanges() {
        assertThat(index.search(SearchQuery.of("GPU").withPeriods("2025Q3", null)).hits()).isNotEmpty()
                .allMatch(h -> h.passage().period().equals("2025Q3"));
        assertThat(index.search(SearchQuery.of("GPU").withPeriods(null, "2025H1")).hits()).isNotEmpty()
                .allMatch(h -> h.passage().period().equals("2025Q2"));
        assertThat(index.search(SearchQuery.of("GPU").withPeriods("2025", "2025")).total())
                .isEqualTo(index.search(SearchQuery.of("GPU")).total());
        assertThat(index.search(SearchQuery.of("GPU").withPeriods("2024", "FY2024")).hits()).isEmpty();
    }

    @Test
    void blankTextWithFiltersListsPassagesInIndexOrder() {
        SearchResult r = index.search(new SearchQuery("", null, "Grace Ho", null, null, null, null, null, null, null, 50, 0));
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.passage().speaker().equals("Grace Ho") && h.highlights().isEmpty());
        assertThat(r.hits().get(0).snippet()).isEqualTo(r.hits().get(0).passage().text());
    }

    @Test
    void pages() {
        SearchResult all = index.search(SearchQuery.of("亿元").page(100, 0));
        SearchResult second = index.search(SearchQuery.of("亿元").page(3, 3));
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(texts(second)).isEqualTo(texts(all).subList(3, 6));
    }

    @Test
    void queryIsStrictWithProgrammers() {
        assertThatThrownBy(() -> SearchQuery.of("x").page(0, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> SearchQuery.of("x").page(1001, 0)).hasMessageContaining("1001");
        assertThatThrownBy(() -> SearchQuery.of("x").page(10, -1)).hasMessageContaining("offset");
        assertThatThrownBy(() -> SearchQuery.of("  ")).hasMessageContaining("filter");
        assertThatThrownBy(() -> SearchQuery.of("x").withPeriods("last year", null)).hasMessageContaining("last year");
        assertThatThrownBy(() -> SearchQuery.of("x").withPeriods("2025", "2024")).hasMessageContaining("after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"元宝", "元宝\"", "\"\"", "-", "--", "+", "OR", "AND", "NOT", "OR 元宝", "元宝 OR", "-元宝",
            "* ? ~ ^", "(", ")", "[1 TO 2]", "field:元宝", "\\", "//", "的", "the", "\"the of\"", "元宝 -", "’", "‘",
            "“元宝", "“GPU 推理”", "\u0000", "\uD800", "😀", "margin~2", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void userTextNeverThrows(String text) {
        SearchResult r = index.search(SearchQuery.of(text));
        assertThat(r.total()).isGreaterThanOrEqualTo(0);
        for (Hit h : r.hits()) assertThat(original(h).substring(h.passage().start(), h.passage().end())).isEqualTo(h.passage().text());
    }

    @Test
    void longQueriesNeverThrow() {
        assertThat(index.search(SearchQuery.of("元宝 ".repeat(5000))).hits()).isNotEmpty();
        assertThat(index.search(SearchQuery.of("营收".repeat(5000))).total()).isGreaterThanOrEqualTo(0);
        assertThat(index.search(SearchQuery.of("\"" + "x".repeat(10_000))).total()).isZero();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 10_000; i++) mixed.append("元\"-OR (GPU)*".charAt(i % 12));
        assertThat(index.search(SearchQuery.of(mixed.toString())).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void unbalancedQuoteIsAnOrdinaryCharacter() {
        assertThat(texts(index.search(SearchQuery.of("\"cloud margins")))).anyMatch(t -> t.contains("Cloud margins improved"));
    }

    @Test
    void exclusionsAndAlternatives() {
        assertThat(texts(index.search(SearchQuery.of("元宝 -广告").page(100, 0)))).isNotEmpty().noneMatch(t -> t.contains("广告"));
        long either = index.search(SearchQuery.of("Ohio OR 点击率")).total();
        assertThat(either).isEqualTo(index.search(SearchQuery.of("Ohio")).total() + index.search(SearchQuery.of("点击率")).total());
    }

    @Test
    void addDeleteCommitAndUserData(@TempDir Path d) {
        try (SearchIndex idx = SearchIndex.open(d)) {
            assertThat(idx.count()).isZero();
            assertThat(idx.committedUserData()).isEmpty();
            Analysis a = TestDocs.all().get("xinghe-2025q2-zh.txt");
            List<Passage> ps = Passages.of("doc-1", "xinghe", a);
            idx.add(ps);
            assertThat(idx.count()).as("uncommitted passages are not seen").isZero();
            idx.commit(Map.of("store.version", "7", "a", "b"));
            assertThat(idx.count()).isEqualTo(ps.size());
            assertThat(idx.committedUserData()).containsExactly(Map.entry("a", "b"), Map.entry(SearchIndex.SCHEMA_KEY, SearchIndex.SCHEMA),
                    Map.entry("store.version", "7"));
            assertThat(idx.schemaCurrent()).isTrue();
            assertThat(idx.search(SearchQuery.of("元宝")).total()).isPositive();
            idx.deleteDocument("doc-1");
            assertThat(idx.count()).isEqualTo(ps.size());
            idx.commit(Map.of("store.version", "8"));
            assertThat(idx.count()).isZero();
            assertThat(idx.search(SearchQuery.of("元宝")).total()).isZero();
            idx.add(ps);
            // close drops what was not committed
        }
        try (SearchIndex idx = SearchIndex.open(d)) {
            assertThat(idx.count()).isZero();
            assertThat(idx.committedUserData()).containsEntry("store.version", "8").doesNotContainKey("a");
        }
    }

    @Test
    void readOnlyIndexSeesCommitsAfterRefresh(@TempDir Path d) {
        try (SearchIndex w = SearchIndex.open(d); SearchIndex r = SearchIndex.openReadOnly(d)) {
            w.add(Passages.of("doc-1", null, TestDocs.all().get("northwind-2025q3-en.txt")));
            w.commit(Map.of());
            assertThat(r.count()).isZero();
            r.refresh();
            assertThat(r.count()).isPositive();
            assertThatThrownBy(() -> r.add(List.of())).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void concurrentSearchesWhileAdding(@TempDir Path d) throws Exception {
        Analysis a = TestDocs.all().get("xinghe-2025q2-zh.txt");
        try (SearchIndex idx = SearchIndex.open(d)) {
            idx.add(Passages.of("doc-0", null, a));
            idx.commit(Map.of("n", "0"));
            long one = index(idx, "元宝").total();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicBoolean done = new AtomicBoolean();
            List<Future<Integer>> searchers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                searchers.add(pool.submit(() -> {
                    int n = 0;
                    long last = 0;
                    while (!done.get() || n == 0) {
                        SearchResult r = index(idx, "元宝 OR GPU");
                        assertThat(r.total()).isGreaterThanOrEqualTo(last); // only grows: commits add, nothing is deleted
                        last = r.total();
                        for (Hit h : r.hits()) {
                            for (Highlight hl : h.highlights()) {
                                String w = a.original().substring(hl.start(), hl.end());
                                assertThat(w).isIn("元宝", "GPU");
                            }
                        }
                        n++;
                    }
                    return n;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int i = 1; i <= 20; i++) {
                    idx.add(Passages.of("doc-" + i, null, a));
                    if (i % 4 == 0) idx.commit(Map.of("n", String.valueOf(i)));
                }
                idx.commit(Map.of("n", "20"));
                done.set(true);
                return null;
            });
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> f : searchers) assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
            pool.shutdown();
            assertThat(index(idx, "元宝").total()).isEqualTo(21 * one);
            assertThat(idx.committedUserData()).containsEntry("n", "20");
        }
    }

    private static SearchResult index(SearchIndex idx, String q) {
        return idx.search(SearchQuery.of(q).page(20, 0));
    }
}
