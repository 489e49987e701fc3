package io.finlens.fact.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Precision;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code cases/table/*.json}: each table's facts, exactly, with evidence equal to the cell's text. */
class TableCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String line(Fact f, String text) {
        String value = f.value() != null ? f.value().toPlainString()
                : f.range() != null ? f.range().low().toPlainString() + ".." + f.range().high().toPlainString() : "null";
        StringBuilder ch = new StringBuilder();
        for (io.finlens.model.Change c : f.changes()) ch.append(" chg=").append(c.value() != null ? c.value().toPlainString() : c.range());
        return f.metric() + " seg=" + f.segment() + (f.basis() == null ? "" : " " + f.basis()) + " " + f.period().id() + " " + value
                + " " + f.unit().code() + (f.guidance() ? " guidance" : "") + ch + " [" + text.substring(f.evidence().get(0).start(),
                f.evidence().get(0).end()) + "]";
    }

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        JsonNode root;
        try (InputStream in = TableCasesTest.class.getResourceAsStream("/cases/table/tables.json")) {
            root = JSON.readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                String text = c.get("text").asText();
                TableFacts.Result r = TableFacts.standard().read(text, "ACME", docPeriod(c.path("docPeriod").asText(null)),
                        c.get("chinese").asBoolean());
                List<String> want = new ArrayList<>();
                for (JsonNode f : c.get("facts")) {
                    String value = f.get("value").isNull() ? "null" : f.get("value").asText().contains("..") ? f.get("value").asText()
                            : new BigDecimal(f.get("value").asText()).toPlainString();
                    StringBuilder ch = new StringBuilder();
                    for (JsonNode x : f.path("changes")) ch.append(" chg=").append(x.asText());
                    want.add(f.get("metric").asText() + " seg=" + (f.has("segment") ? f.get("segment").asText() : null)
                            + (f.has("basis") ? " " + f.get("basis").asText() : "") + " " + f.get("period").asText() + " " + value + " "
                            + f.get("unit").asText() + (f.path("guidance").asBoolean() ? " guidance" : "") + ch + " ["
                            + f.get("evidence").asText() + "]");
                }
                List<String> got = new ArrayList<>();
                for (Fact f : r.facts()) {
                    got.add(line(f, text));
                    // each fact names the table rule that read it (table.cell, table.outlook, table.change-column…)
                    assertThat(f.rules()).isNotEmpty().allMatch(x -> x.startsWith("table."));
                    assertThat(f.entity()).isEqualTo("ACME");
                }
                assertThat(got).containsExactlyInAnyOrderElementsOf(want);
                List<String> issues = new ArrayList<>();
                for (JsonNode i : c.path("issues")) issues.add(i.asText());
                assertThat(r.issues()).extracting(Issue::code).containsExactlyElementsOf(issues);
            }));
        }
        return tests.stream();
    }

    /** 2025Q2, 2025H1 or FY2024, as the case files write a document's period. */
    private static Period docPeriod(String id) {
        if (id == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})Q([1-4])|(\\d{4})H([12])|FY(\\d{4})").matcher(id);
        if (!m.matches()) throw new IllegalArgumentException("docPeriod: " + id);
        if (m.group(1) != null) return new Period.Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), false);
        if (m.group(3) != null) return new Period.Half(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return new Period.Year(Integer.parseInt(m.group(5)));
    }

    private static Fact fact(String id, String metric, String value, Span ev, String rule) {
        return new Fact(id, "ACME", metric, null, null, new Period.Quarter(2025, 1, false), new BigDecimal(value), Unit.money("CNY"),
                null, null, false, List.of(), List.of(ev), List.of(rule), null, new Precision(8, 1));
    }

    @Test
    void mergeJoinsEqualFiguresAndDropsSentenceEvidenceInsideTables() {
        String text = "云帆第一季度营收186.4亿元。\n人民币百万元\n\t2025年第一季度\n收入\t18,642\n";
        TableFacts.Result r = TableFacts.standard().read(text, "ACME", true);
        assertThat(r.facts()).hasSize(1);
        int at = text.indexOf("营收");
        Fact prose = fact("F1", "revenue", "18640000000", new Span(at, at + 9), "zh.fact.metric-value");
        // a sentence rule that misread the table row: its only evidence is inside the row, so it goes
        int row = text.indexOf("收入\t");
        Fact junk = fact("F2", "revenue", "18642", new Span(row + 3, row + 9), "zh.fact.metric-value");
        List<Fact> merged = TableFacts.merge(List.of(prose, junk), r);
        assertThat(merged).hasSize(1);
        Fact f = merged.get(0);
        assertThat(f.id()).isEqualTo("F1");
        // the table states the figure more finely (millions against 0.1 亿): the merged fact keeps the table's figure
        assertThat(f.value()).isEqualByComparingTo("18642000000");
        assertThat(f.evidence()).extracting(s -> text.substring(s.start(), s.end())).containsExactly("营收186.4亿元", "18,642");
        assertThat(f.rules()).containsExactly("zh.fact.metric-value", "table.cell");
    }

    @Test
    void differentFiguresStayTwoFacts() {
        String text = "营收190.0亿元。\n人民币百万元\n\t2025年第一季度\n收入\t18,642\n";
        TableFacts.Result r = TableFacts.standard().read(text, "ACME", true);
        Fact prose = fact("F1", "revenue", "19000000000", new Span(0, 9), "zh.fact.metric-value");
        assertThat(TableFacts.merge(List.of(prose), r)).extracting(Fact::id).containsExactly("F1", "F2");
    }

    @Test
    void textWithoutTablesIsLeftAlone() {
        String text = "营收190.0亿元。";
        Fact prose = fact("F1", "revenue", "19000000000", new Span(0, 9), "zh.fact.metric-value");
        List<Fact> in = List.of(prose);
        assertThat(TableFacts.merge(in, TableFacts.standard().read(text, "ACME", true))).isSameAs(in);
    }
}
