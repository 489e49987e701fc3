package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hong Kong filing in traditional characters is found by a query in simplified ones, and the other way round. */
class TraditionalSearchTest {
    @TempDir
    Path dir;

    @Test
    void eitherScriptFindsTheOther() {
        String hk = "本集團截至2025年6月30日止六個月的收益為港幣5,432.1百萬元，業績創新高。";
        String cn = "蓝山科技第二季度业绩超预期，云服务收入增长26%。";
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(List.of(
                    new Passage("hk", "jiahe", "2025H1", "hk.txt", "paragraph", null, null, null, null, List.of(), "zh", 0, hk.length(), hk),
                    new Passage("cn", "lanshan", "2025Q2", "cn.txt", "paragraph", null, null, null, null, List.of(), "zh", 0, cn.length(), cn)));
            index.commit(Map.of());
            assertThat(index.search(SearchQuery.of("业绩")).hits()).extracting(h -> h.passage().docId()).containsExactlyInAnyOrder("hk", "cn");
            assertThat(index.search(SearchQuery.of("業績")).hits()).extracting(h -> h.passage().docId()).containsExactlyInAnyOrder("hk", "cn");
            SearchResult r = index.search(SearchQuery.of("收益"));
            assertThat(r.hits()).extracting(h -> h.passage().docId()).containsExactly("hk");
            // highlights are offsets into the text as written, traditional characters and all
            Hit h = r.hits().get(0);
            assertThat(h.highlights()).isNotEmpty();
            var first = h.highlights().get(0);
            assertThat(hk.substring(first.start(), first.end())).isEqualTo("收益");
        }
    }
}
