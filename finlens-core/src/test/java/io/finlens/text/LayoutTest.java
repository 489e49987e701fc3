package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final String RELEASE = String.join("\n",
            "# 云帆科技2025年第三季度业绩",
            "",
            "**2025年第三季度财务亮点**",
            "",
            "收入",
            "总收入为12.3亿元，同比增长8%。",
            "",
            "**2025年全年业绩展望**",
            "",
            "公司预计全年收入为50亿元至52亿元。",
            "",
            "二、经营情况",
            "员工总数为3,200人。");

    @Test
    void headingsAndTheirLevels() {
        Layout l = Layout.of(RELEASE);
        assertThat(l.headings()).extracting(Layout.Heading::text, Layout.Heading::level, Layout.Heading::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("云帆科技2025年第三季度业绩", 1, "layout.atx"),
                org.assertj.core.groups.Tuple.tuple("2025年第三季度财务亮点", 3, "layout.bold-line"),
                org.assertj.core.groups.Tuple.tuple("收入", 4, "layout.short-line"),
                org.assertj.core.groups.Tuple.tuple("2025年全年业绩展望", 3, "layout.bold-line"),
                org.assertj.core.groups.Tuple.tuple("二、经营情况", 2, "layout.zh-numbered"));
        for (Layout.Heading h : l.headings()) assertThat(RELEASE.substring(h.start(), h.end())).isEqualTo(h.text());
    }

    @Test
    void aSectionRunsToTheNextHeadingOfItsLevelOrAHigherOne() {
        Layout l = Layout.of(RELEASE);
        int figure = RELEASE.indexOf("12.3亿元");
        assertThat(l.sectionsAt(figure)).extracting(s -> s.heading().text())
                .containsExactly("云帆科技2025年第三季度业绩", "2025年第三季度财务亮点", "收入");
        int outlook = RELEASE.indexOf("50亿元");
        assertThat(l.sectionsAt(outlook)).extracting(s -> s.heading().text()).containsExactly("云帆科技2025年第三季度业绩", "2025年全年业绩展望");
        int staff = RELEASE.indexOf("3,200");
        assertThat(l.sectionsAt(staff)).extracting(s -> s.heading().text()).containsExactly("云帆科技2025年第三季度业绩", "二、经营情况");
    }

    @Test
    void proseAndFiguresAreNoHeadings() {
        Layout l = Layout.of("Revenue was $1.2 billion.\nOutlook\nWe expect growth.\nNet sales $4.6 billion\n业绩增长。1)\n");
        assertThat(l.headings()).extracting(Layout.Heading::text).containsExactly("Outlook");
    }

    @Test
    void theRestOfAnImageAddressBrokenOverLinesIsNoHeading() {
        Layout l = Layout.of("2.海外业务\n\n![](https://img.example.com/news/AbCdEfGh-\nXyZ123/1000)\n\n海外业务收入为3亿元。\n");
        assertThat(l.headings()).extracting(Layout.Heading::text).containsExactly("2.海外业务");
    }

    @Test
    void aNormalizedTextGetsTheHeadingsOfItsOriginalInItsOwnOffsets() {
        NormalizedText nt = Normalizer.normalize("**全年展望**\n\n公司预计收入增长10%。\n");
        Layout l = Layout.of(nt);
        assertThat(l.headings()).hasSize(1);
        Layout.Heading h = l.headings().get(0);
        assertThat(nt.text().substring(h.start(), h.end())).isEqualTo("全年展望");
        assertThat(l.sectionsAt(nt.text().indexOf("10%"))).hasSize(1);
        assertThat(l.sections()).extracting(Layout.Section::end).isEqualTo(List.of(nt.text().length()));
    }
}
