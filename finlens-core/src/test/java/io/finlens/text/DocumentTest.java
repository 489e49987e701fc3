package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Span;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private static final String NOTE = String.join("\n",
            "# 星河电器2026年第二季度业绩",
            "",
            "**总收入为**人民币35.2亿元，同比增长6%；其中，",
            "家电业务收入为21.4亿元。净利润为3.1亿元。",
            "",
            "![](https://img.example.com/chart/AbC1/1000)",
            "",
            "- 海外业务收入为8.8亿元",
            "- Model",
            "S/X deliveries rose. Revenue was $1.2 billion",
            "Operator",
            "Thank you.");

    private static List<String> normalized(Document d, List<Span> spans) {
        return spans.stream().map(s -> d.text().text().substring(s.start(), s.end())).toList();
    }

    @Test
    void paragraphsJoinWrappedLinesAndKeepLinesOfTheirOwnApart() {
        Document d = Document.of(NOTE);
        List<String> ps = d.paragraphs().stream().map(p -> d.text().text().substring(p.start(), p.end())).toList();
        assertThat(ps).containsExactly("星河电器2026年第二季度业绩", "总收入为人民币35.2亿元,同比增长6%;其中,\n家电业务收入为21.4亿元。净利润为3.1亿元。",
                "", "-海外业务收入为8.8亿元", "- Model", "S/X deliveries rose. Revenue was $1.2 billion", "Operator", "Thank you.");
        assertThat(d.paragraphs()).extracting(Paragraph::bullet).containsExactly(false, false, false, true, true, false, false, false);
    }

    @Test
    void aWrappedLatinWordInChineseTextJoinsItsParagraph() {
        Document d = Document.of("其中，Model\nS/X产量为2.06万辆。");
        assertThat(d.paragraphs()).hasSize(1);
    }

    @Test
    void sentencesEndAtSemicolonsAndFullSentencesRunThroughThem() {
        Document d = Document.of(NOTE);
        assertThat(normalized(d, d.sentences().stream().map(s -> new Span(s.start(), s.end())).toList()))
                .contains("总收入为人民币35.2亿元,同比增长6%", "其中,\n家电业务收入为21.4亿元", "净利润为3.1亿元");
        assertThat(normalized(d, d.fullSentences()))
                .contains("总收入为人民币35.2亿元,同比增长6%;其中,\n家电业务收入为21.4亿元。", "净利润为3.1亿元。", "S/X deliveries rose.");
    }

    @Test
    void theLayoutIsReadOnceAndKept() {
        Document d = Document.of(NOTE);
        assertThat(d.layout()).isSameAs(d.layout());
        assertThat(d.paragraphs()).isSameAs(d.paragraphs());
        assertThat(d.layout().headings()).extracting(Layout.Heading::text).contains("星河电器2026年第二季度业绩");
    }

    @Property(tries = 300)
    void everySpanLiesInTheTextInOrderAndMapsIntoTheOriginal(@ForAll @StringLength(max = 300) String raw) {
        String text = raw.replace('x', '\n').replace('y', '。').replace('z', ';');
        Document d = Document.of(text);
        int end = 0;
        for (Paragraph p : d.paragraphs()) {
            assertThat(p.start()).isGreaterThanOrEqualTo(end);
            end = p.end();
            Span o = d.toOriginal(new Span(p.start(), p.end()));
            assertThat(o.end()).isLessThanOrEqualTo(text.length());
        }
        assertThat(end).isLessThanOrEqualTo(d.text().length());
        int last = 0;
        for (Span s : d.fullSentences()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            last = s.end();
            assertThat(d.paragraphAt(s.start())).isNotNull();
        }
    }
}
