package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tokenizer remembers the words of the short Han runs it segmented: the same text gives the same tokens (terms and
 * offsets) from a fresh analyzer and from one that has seen every run before, at any position; and the passages'
 * sort key is the ten-digit offset it always was.
 */
class TokenizerCacheTest {
    private static final List<String> TEXTS = List.of(
            "蓝山实现营收人民币1,284.6亿元，同比增长13%；人工智能算力收入同比增长",
            "营收为820亿元。資本開支的節奏：下半年资本开支的节奏，GPU推理集群，营收为820亿元",
            "The company's revenues grew; 毛利率为45.2%，经营利润同比增长20%，毛利率为45.2%");

    @Test
    void rememberedRunsGiveTheSameTokens() {
        FinlensAnalyzer warm = new FinlensAnalyzer();
        for (String t : TEXTS) AnalyzerTest.tokens(warm, t);
        for (String t : TEXTS) {
            // shifted by a prefix, so remembered words must land at other offsets
            for (String text : List.of(t, "前言：" + t, "x " + t)) {
                assertThat(AnalyzerTest.tokens(warm, text)).isEqualTo(AnalyzerTest.tokens(new FinlensAnalyzer(), text));
            }
        }
    }

    @Test
    void orderKeyIsTheOffsetInTenDigits() {
        for (int start : new int[] {0, 7, 12345, 999999999, 1000000000, Integer.MAX_VALUE}) {
            assertThat(PassageFields.order("abc", start)).isEqualTo("abc:" + String.format(java.util.Locale.ROOT, "%010d", start));
        }
    }
}
