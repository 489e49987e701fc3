package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

    /** Normalizes, checks the offset-map invariants, and returns the normalized text. */
    static NormalizedText normalized(String original) {
        NormalizedText t = Normalizer.normalize(original);
        OffsetMapInvariants.check(original, t);
        return t;
    }

    @Test
    void fullWidthDigitsAndPunctuationAreFolded() {
        NormalizedText t = normalized("１８００亿元，");

        assertThat(t.text()).isEqualTo("1800亿元,");
        assertThat(t.originalSlice(new Span(0, 4))).isEqualTo("１８００");
    }

    @Test
    void fullWidthPercentColonAndBracketsAreFolded() {
        NormalizedText t = normalized("营收（人民币）：１３．５％");

        assertThat(t.text()).isEqualTo("营收(人民币):13.5%");
    }

    @Test
    void fullWidthLettersAreFolded() {
        assertThat(normalized("Ｑ１营收").text()).isEqualTo("Q1营收");
    }

    @Test
    void ideographicPunctuationStays() {
        assertThat(normalized("营收增长。“蓝山”、《报告》").text()).isEqualTo("营收增长。“蓝山”、《报告》");
    }

    @Test
    void boldStarsAreDropped() {
        NormalizedText t = normalized("**营收**");

        assertThat(t.text()).isEqualTo("营收");
        assertThat(t.originalSlice(new Span(0, 2))).isEqualTo("营收");
    }

    @Test
    void boldAroundAFigureMapsBackToTheFigure() {
        String original = "营收**1800亿元**，同比增长13%";
        NormalizedText t = normalized(original);

        assertThat(t.text()).isEqualTo("营收1800亿元,同比增长13%");
        int at = t.text().indexOf("1800亿元");
        assertThat(t.originalSlice(new Span(at, at + "1800亿元".length()))).isEqualTo("1800亿元");
    }

    @Test
    void underscoreBoldIsDropped() {
        assertThat(normalized("__Revenue__ rose").text()).isEqualTo("Revenue rose");
    }

    @Test
    void singleStarIsKept() {
        assertThat(normalized("营收*").text()).isEqualTo("营收*");
    }

    @Test
    void backslashEscapeLosesTheBackslash() {
        assertThat(normalized("同比\\-5%").text()).isEqualTo("同比-5%");
        assertThat(normalized("3\\.5亿元").text()).isEqualTo("3.5亿元");
        assertThat(normalized("\\*注").text()).isEqualTo("*注");
    }

    @Test
    void backslashBeforeALetterIsKept() {
        assertThat(normalized("C:\\data").text()).isEqualTo("C:\\data");
    }

    @Test
    void imageLineDisappears() {
        NormalizedText t = normalized("蓝山科技发布财报。\n![](http://x/1.png)\n营收1800亿元。");

        assertThat(t.text()).doesNotContain("![").doesNotContain("http").doesNotContain("png");
        assertThat(t.text()).startsWith("蓝山科技发布财报。\n").endsWith("\n营收1800亿元。");
    }

    @Test
    void imageLineWithAltTextAndIndentDisappears() {
        NormalizedText t = normalized("营收\n  ![蓝山科技logo](https://img.example/a/b/2.jpg)\n1800亿元");

        assertThat(t.text()).doesNotContain("![").doesNotContain("logo").doesNotContain("jpg").doesNotContain("2.");
        assertThat(t.text()).startsWith("营收\n").endsWith("\n1800亿元");
    }

    @Test
    void imageLineWhoseUrlIsSplitOverTwoLinesDisappears() {
        NormalizedText t = normalized("蓝山科技发布财报。\n![](http://x/\n1.png)\n营收1800亿元。");

        assertThat(t.text()).doesNotContain("![").doesNotContain("http").doesNotContain("png");
        assertThat(t.text()).startsWith("蓝山科技发布财报。").endsWith("营收1800亿元。");
        // no stray digit from the file name is left behind
        assertThat(t.text().replaceAll("[^0-9]", "")).isEqualTo("1800");
    }

    @Test
    void imageAtTheStartOfTheText() {
        NormalizedText t = normalized("![](http://x/1.png)\n营收1800亿元");

        assertThat(t.text()).doesNotContain("png").endsWith("营收1800亿元");
    }

    @Test
    void inlineBangBracketThatIsNotAnImageLineIsKept() {
        assertThat(normalized("营收![未完").text()).isEqualTo("营收![未完");
    }

    @Test
    void headingMarksAreDropped() {
        assertThat(normalized("## 蓝山科技第二季度业绩\n正文").text()).isEqualTo("蓝山科技第二季度业绩\n正文");
        assertThat(normalized("# Harbor Freightways").text()).isEqualTo("Harbor Freightways");
    }

    @Test
    void hashWithoutSpaceIsKept() {
        assertThat(normalized("#1 market share").text()).isEqualTo("#1 market share");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "营收 1800 亿元|营收1800亿元",
            "营收  1800  亿元|营收1800亿元",
            "营收\t1800\u00A0亿元|营收1800亿元",
            "营收\u30001800亿元|营收1800亿元",
            "同比增长 13% 。|同比增长13%。",
            "Revenue 营收|Revenue营收"})
    void spacesNextToHanAreRemoved(String original, String expected) {
        assertThat(normalized(original).text()).isEqualTo(expected);
    }

    @Test
    void spacesAroundFigureMapBackToTheFigureWithItsSpace() {
        NormalizedText t = normalized("营收 1800 亿元");
        int at = t.text().indexOf("1800亿元");

        assertThat(t.originalSlice(new Span(at, at + "1800亿元".length()))).isEqualTo("1800 亿元");
    }

    @Test
    void spaceBetweenFigureAndBoldHanIsRemoved() {
        // the space is next to a Han character once the stars are gone
        assertThat(normalized("营收1800 **亿元**").text()).isEqualTo("营收1800亿元");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Revenue was $452.2 million|Revenue was $452.2 million",
            "Revenue  was   $452.2 million|Revenue was $452.2 million",
            "revenue\trose|revenue rose",
            "up 120 basis points|up 120 basis points",
            "１２３ ４５６|123 456"})
    void oneSpaceBetweenLatinWordsIsKept(String original, String expected) {
        assertThat(normalized(original).text()).isEqualTo(expected);
    }

    @Test
    void leadingAndTrailingSpacesOfALineAreDropped() {
        assertThat(normalized("  Revenue rose  \n  营收  ").text()).isEqualTo("Revenue rose\n营收");
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(normalized("营收\n1800亿元\r\nRevenue\n\nrose").text()).isEqualTo("营收\n1800亿元\r\nRevenue\n\nrose");
    }

    @Test
    void dashesFold() {
        assertThat(normalized("3%\u20134%").text()).isEqualTo("3%-4%");
        assertThat(normalized("\u22125%").text()).isEqualTo("-5%");
        assertThat(normalized("3%\u301C4%").text()).isEqualTo("3%~4%");
    }

    @Test
    void emptyText() {
        NormalizedText t = normalized("");
        assertThat(t.text()).isEmpty();
        assertThat(t.toOriginal(new Span(0, 0))).isEqualTo(new Span(0, 0));
    }

    @Test
    void identityMapsEachIndexToItself() {
        NormalizedText t = NormalizedText.identity("营收1800亿元");
        assertThat(t.text()).isEqualTo(t.original());
        for (int i = 0; i < t.length(); i++) assertThat(t.originalIndex(i)).isEqualTo(i);
    }

    @Test
    void toOriginalOfAnEmptySpanAtTheEnd() {
        NormalizedText t = normalized("营收 **1800**");
        Span end = t.toOriginal(new Span(t.length(), t.length()));
        assertThat(end.start()).isBetween(0, t.original().length());
    }

    @Test
    void aMixedArticleKeepsEveryFigure() {
        String original = """
                # 蓝山科技２０２５年第二季度业绩
                ![](http://img.example/lanshan/cover.png)
                **营收**为人民币 1,800 亿元（２４８亿美元），同比增长１３％；毛利率提升 3.2 个百分点。
                Harbor Freightways reported revenue of  $452.2 million, up 12\\% year over year.
                """;
        NormalizedText t = normalized(original);

        assertThat(t.text()).contains("营收为人民币1,800亿元(248亿美元),同比增长13%;毛利率提升3.2个百分点。");
        assertThat(t.text()).contains("revenue of $452.2 million, up 12% year over year.");
        assertThat(t.text()).doesNotContain("cover.png").doesNotContain("#").doesNotContain("**");
    }
}
