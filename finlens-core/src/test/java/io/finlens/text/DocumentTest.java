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

    @Test
    void theTitleIsTheFirstLineThatReadsAsText() {
        Document d = Document.of("![](https://img.example.com/a.png)\n\n.box { margin: 0 auto; }\n\n# 星河电器公布2026年度业绩\n\n正文。");
        assertThat(d.text().originalSlice(d.title())).isEqualTo("星河电器公布2026年度业绩");
        Document front = Document.of("---\ntitle: \"Acme Reports Third Quarter Results\"\n---\nBody.");
        assertThat(front.text().text().substring(front.title().start(), front.title().end())).isEqualTo("Acme Reports Third Quarter Results");
        assertThat(Document.of("  \n ").title()).isEqualTo(new Span(0, 0));
    }

    @Test
    void tableRowsSplitCellsAtTabsAndBarsInOriginalCoordinates() {
        String text = "Revenue grew.\nRevenue\t$ 1,234\t1,100\n| 收入 | 4,311 |\n|---|---:|\n";
        Document d = Document.of(text);
        List<TableRow> rows = d.tableRows();
        assertThat(rows).extracting(TableRow::tabbed).containsExactly(false, true, true, true, false);
        assertThat(rows.get(1).cells()).extracting(TableRow.Cell::text).containsExactly("Revenue", "$ 1,234", "1,100");
        for (TableRow.Cell c : rows.get(2).cells()) assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        assertThat(rows.get(3).nonBlankCells()).isEmpty();
        assertThat(Document.of("No table here.\nNone at all.").tableRows()).isEmpty();
    }

    @Test
    void threadsReadingOneDocumentSeeTheSameParts() throws Exception {
        String text = NOTE.repeat(50);
        Document d = Document.of(text);
        Document alone = Document.of(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> rs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int pos = t * 97;
                rs.add(pool.submit(() -> d.paragraphAt(pos).index() * 1000 + d.sentenceIndex(pos)));
            }
            for (int t = 0; t < 8; t++) {
                int pos = t * 97;
                assertThat(rs.get(t).get()).isEqualTo(alone.paragraphAt(pos).index() * 1000 + alone.sentenceIndex(pos));
            }
        } finally {
            pool.shutdownNow();
        }
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
