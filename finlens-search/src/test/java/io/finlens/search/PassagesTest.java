package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.analysis.Analysis;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PassagesTest {
    @Test
    void everyPassageIsItsSliceOfTheOriginal() {
        for (Map.Entry<String, Analysis> e : TestDocs.all().entrySet()) {
            String original = e.getValue().original();
            List<Passage> ps = Passages.of(e.getKey(), null, e.getValue());
            assertThat(ps).as(e.getKey()).isNotEmpty();
            int end = 0;
            for (Passage p : ps) {
                assertThat(original.substring(p.start(), p.end())).isEqualTo(p.text());
                assertThat(p.start()).isGreaterThanOrEqualTo(end);
                assertThat(p.text()).isEqualTo(p.text().strip());
                assertThat(p.document()).isEqualTo(e.getKey());
                end = p.end();
            }
        }
    }

    @Test
    void transcriptTurnsBecomeQuestionsAndAnswers() {
        List<Passage> ps = Passages.of("x1", "xinghe", TestDocs.all().get("xinghe-2025q2-zh.txt"));
        Passage q = find(ps, "元宝的商业化进展如何");
        assertThat(q.kind()).isEqualTo("question");
        assertThat(q.speaker()).isEqualTo("Grace Ho");
        assertThat(q.role()).isEqualTo("analyst");
        assertThat(q.firm()).isEqualTo("Jefferies");
        assertThat(q.exchange()).isEqualTo(2);
        assertThat(q.topics()).contains("advertising");
        assertThat(q.entityId()).isEqualTo("xinghe");
        assertThat(q.period()).isEqualTo("2025Q2");
        Passage a = find(ps, "广告加载率基本稳定");
        assertThat(a.kind()).isEqualTo("answer");
        assertThat(a.speaker()).isEqualTo("玛丽亚·冈萨雷斯");
        assertThat(a.aliases()).containsExactly("Maria Gonzalez");
        assertThat(a.firm()).isNull();
        // a paragraph without a label continues the turn
        Passage cont = find(ps, "GPU供给是主要的限制因素");
        assertThat(cont.kind()).isEqualTo("answer");
        assertThat(cont.speaker()).isEqualTo("林嘉文");
        Passage para = find(ps, "资本开支方面，第二季度");
        assertThat(para.kind()).isEqualTo("paragraph");
        assertThat(para.speaker()).isNull();
        assertThat(para.language()).isEqualTo("zh");
    }

    @Test
    void englishPassagesAndWrappedLines() {
        List<Passage> ps = Passages.of("n1", null, TestDocs.all().get("northwind-2025q3-en.txt"));
        Passage capex = find(ps, "Capital expenditures were $640 million");
        assertThat(capex.text()).endsWith("capacity in Ohio and Oregon.").contains("inference\nand");
        assertThat(capex.language()).isEqualTo("en");
        assertThat(capex.entityId()).isEqualTo("Northwind Cloud");
        Passage q = find(ps, "Can you talk about capex");
        assertThat(q.kind()).isEqualTo("question");
        assertThat(q.firm()).isEqualTo("Northgate Securities");
    }

    @Test
    void remarksUnderNameLines() {
        List<Passage> ps = Passages.of("acme", null, TestDocs.all().get("acme-2025q3-en.txt"));
        assertThat(find(ps, "Good day, and welcome")).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("remark");
            assertThat(p.speaker()).isEqualTo("Operator");
            assertThat(p.role()).isEqualTo("operator");
        });
        assertThat(find(ps, "Cloud revenue grew 30%")).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("remark");
            assertThat(p.speaker()).isEqualTo("Jane Roe");
            assertThat(p.role()).isEqualTo("executive");
        });
        assertThat(find(ps, "Operating margin was 12%").speaker()).isEqualTo("John Doe");
        assertThat(find(ps, "Questions & Answers:").kind()).isEqualTo("paragraph");
        assertThat(find(ps, "How is cloud demand trending").kind()).isEqualTo("question");
        assertThat(find(ps, "Demand remains strong").kind()).isEqualTo("answer");
        // speaker label lines are left out: their words are in the speaker field
        assertThat(ps).noneMatch(p -> p.text().startsWith("Jane Roe --") || p.text().equals("Operator"));
    }

    @Test
    void longParagraphsAreCutAtSentenceEnds() {
        String sentence = "云服务业务收入同比增长26%至412.3亿元，去年同期为327.2亿元。";
        String text = sentence.repeat(200);
        List<int[]> ps = Passages.paragraphs(text);
        assertThat(ps.size()).isGreaterThan(1);
        for (int[] p : ps) {
            assertThat(p[1] - p[0]).isLessThanOrEqualTo(Passages.MAX_CHARS);
            assertThat(text.charAt(p[1] - 1)).isEqualTo('。');
        }
        assertThat(ps.get(0)[0]).isZero();
        assertThat(ps.get(ps.size() - 1)[1]).isEqualTo(text.length());
    }

    @Test
    void passageRecordIsStrict() {
        assertThatThrownBy(() -> new Passage("d", "e", null, "d.txt", "chapter", null, null, null, null, List.of(), "zh", 0, 1, "x"))
                .hasMessageContaining("chapter");
        assertThatThrownBy(() -> new Passage("d", "e", null, "d.txt", "paragraph", null, null, null, null, List.of(), "zh", 0, 2, "x"))
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> new Passage(" ", "e", null, "d.txt", "paragraph", null, null, null, null, List.of(), "zh", 0, 1, "x"))
                .hasMessageContaining("docId");
    }

    @Property(tries = 200)
    void anyTextGivesSlicesInOrder(@ForAll @StringLength(max = 400) String text) {
        Analysis a = TestDocs.analyze("random.txt", text.getBytes(StandardCharsets.UTF_8));
        int end = 0;
        for (Passage p : Passages.of("r", null, a)) {
            assertThat(a.original().substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.start()).isGreaterThanOrEqualTo(end);
            end = p.end();
        }
    }

    static Passage find(List<Passage> ps, String part) {
        return ps.stream().filter(p -> p.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage holds " + part));
    }
}
