package io.finlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The same document as users hold it — the sample's text, the page saved as HTML, the release as a PDF — gives the
 * same facts: each form's (metric, segment, period, value, basis) set is scored against the text form's, and the
 * per-form F1 is printed and held to a floor. Evidence spans point into the extracted text, which the contract JSON
 * carries with {@code --with-text}. The fixtures are made by finlens-input's FormFixtures.
 */
class InputFormsTest {
    /** Below this the forms have drifted apart; the fixtures measured 1.000 for every form when this was written. */
    private static final double F1_FLOOR = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Finlens FINLENS = new Finlens();

    private static Path forms() {
        return GoldenSamplesTest.repoRoot().resolve("finlens-input/src/test/resources/forms");
    }

    private static Analysis analyze(Path p) throws Exception {
        return FINLENS.analyze(p.getFileName().toString(), Files.readAllBytes(p));
    }

    static Set<String> keys(Analysis a) {
        Set<String> s = new TreeSet<>();
        for (Fact f : a.facts()) {
            s.add(f.metric() + "|" + f.segment() + "|" + f.period().id() + "|"
                    + (f.value() == null ? null : f.value().stripTrailingZeros().toPlainString()) + "|" + f.basis());
        }
        return s;
    }

    static double f1(Set<String> gold, Set<String> got) {
        Set<String> tp = new TreeSet<>(got);
        tp.retainAll(gold);
        if (tp.isEmpty()) return gold.isEmpty() && got.isEmpty() ? 1 : 0;
        double p = (double) tp.size() / got.size(), r = (double) tp.size() / gold.size();
        return 2 * p * r / (p + r);
    }

    /** Every evidence span's text in the contract JSON equals the slice of the JSON's own "text" (code points). */
    private static void evidenceIsTheText(Analysis a) {
        String json = ContractJson.write(a, true);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String text = root.get("text").asText();
        assertThat(text).isEqualTo(a.original());
        int[] cps = text.codePoints().toArray();
        for (JsonNode f : root.get("facts")) {
            for (JsonNode e : f.get("evidence")) {
                String slice = new String(cps, e.get("start").asInt(), e.get("end").asInt() - e.get("start").asInt());
                assertThat(e.get("text").asText()).isEqualTo(slice);
            }
        }
        for (Fact f : a.facts()) for (Span s : f.evidence()) assertThat(s.end()).isLessThanOrEqualTo(a.original().length());
    }

    @TestFactory
    Stream<DynamicTest> htmlAndPdfGiveTheTextsFacts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String base : List.of("lanshan-2025q2-zh", "harbor-2025q3-en")) {
            for (String ext : List.of("html", "pdf")) {
                tests.add(DynamicTest.dynamicTest(base + "." + ext, () -> {
                    Analysis text = analyze(GoldenSamplesTest.repoRoot().resolve("samples/" + base + ".txt"));
                    Analysis form = analyze(forms().resolve(base + "." + ext));
                    double f1 = f1(keys(text), keys(form));
                    System.out.printf("input-forms: %s.%s F1 %.3f against the .txt form (%d facts vs %d)%n", base, ext, f1,
                            form.facts().size(), text.facts().size());
                    assertThat(form.issues()).noneMatch(i -> i.code().startsWith("input."));
                    assertThat(form.title()).isEqualTo(text.title().replaceAll("\\s+", " "));
                    assertThat(form.entity()).isEqualTo(text.entity());
                    assertThat(f1).as("F1 of %s.%s against the text form", base, ext).isGreaterThanOrEqualTo(F1_FLOOR);
                    evidenceIsTheText(form);
                }));
            }
        }
        return tests.stream();
    }

    private static final List<String> YUNFAN = List.of(
            "revenue|null|2025Q1|18642000000|null", "revenue|null|2024Q1|16235000000|null",
            "cost_of_revenue|null|2025Q1|10218000000|null", "gross_profit|null|2025Q1|8424000000|null",
            "rd_expense|null|2025Q1|2315000000|null", "selling_expense|null|2025Q1|1506000000|null",
            "admin_expense|null|2025Q1|986000000|null", "operating_profit|null|2025Q1|3617000000|null",
            "pretax_income|null|2025Q1|3902000000|null", "income_tax_expense|null|2025Q1|612000000|null",
            "net_income|null|2025Q1|3290000000|null", "net_income_attributable|null|2025Q1|3185000000|null",
            "eps|null|2025Q1|0.99|null", "eps|null|2024Q1|0.76|null", "net_income|null|2024Q1|2499000000|null");
    private static final List<String> NORTHWIND = List.of(
            "revenue|null|2025Q1|84310000|null", "revenue|null|2024Q1|71954000|null",
            "cost_of_revenue|null|2025Q1|47215000|null", "gross_profit|null|2025Q1|37095000|null",
            "rd_expense|null|2025Q1|12480000|null", "selling_expense|null|2025Q1|9870000|null",
            "admin_expense|null|2025Q1|6102000|null", "operating_profit|null|2025Q1|8643000|null",
            "pretax_income|null|2025Q1|9120000|null", "income_tax_expense|null|2025Q1|1824000|null",
            "net_income|null|2025Q1|7296000|null", "net_income|null|2024Q1|4170000|null",
            "eps|null|2025Q1|0.4|null", "eps|null|2024Q1|0.23|null");

    @TestFactory
    Stream<DynamicTest> tableOnlyReleasesGiveTheirIncomeStatement() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String base : List.of("yunfan-2025q1-zh-table", "northwind-2025q1-en-table")) {
            List<String> want = base.startsWith("yunfan") ? YUNFAN : NORTHWIND;
            tests.add(DynamicTest.dynamicTest(base, () -> {
                Analysis html = analyze(forms().resolve(base + ".html"));
                Analysis pdf = analyze(forms().resolve(base + ".pdf"));
                assertThat(keys(html)).containsAll(want);
                assertThat(keys(pdf)).isEqualTo(keys(html));
                System.out.printf("input-forms: %s.html %d facts, .pdf F1 %.3f against .html%n", base, html.facts().size(),
                        f1(keys(html), keys(pdf)));
                for (Fact f : html.facts()) assertThat(f.rules()).contains("table.cell");
                assertThat(html.facts()).allSatisfy(f -> assertThat(f.entity()).isEqualTo(html.entity()));
                evidenceIsTheText(html);
                evidenceIsTheText(pdf);
            }));
        }
        return tests.stream();
    }

    @Test
    void aFigureInProseAndInTheTableIsOneFactWithBothSpans() {
        String html = """
                <html><head><title>云帆科技第一季度营收186.42亿元</title></head><body><article>
                <h1>云帆科技第一季度营收186.42亿元</h1>
                <p>云帆科技控股有限公司公布2025年第一季度业绩。第一季度，云帆科技收入为186.42亿元，同比增长15%；毛利为84.24亿元。</p>
                <p>人民币百万元</p>
                <table><tr><th></th><th>2025年第一季度</th><th>2024年第一季度</th></tr>
                <tr><td>收入</td><td>18,642</td><td>16,235</td></tr>
                <tr><td>毛利</td><td>8,424</td><td>7,129</td></tr></table>
                </article></body></html>""";
        Analysis a = FINLENS.analyze("yunfan.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Fact revenue = a.facts().stream().filter(f -> f.metric().equals("revenue") && f.period().id().equals("2025Q1"))
                .findFirst().orElseThrow();
        assertThat(revenue.value()).isEqualByComparingTo("18642000000");
        assertThat(revenue.rules()).contains("table.cell");
        assertThat(revenue.evidence()).extracting(s -> a.original().substring(s.start(), s.end()))
                .contains("18,642").anySatisfy(t -> assertThat(t).contains("186.42亿元"));
        assertThat(a.facts()).filteredOn(f -> f.metric().equals("revenue") && f.period().id().equals("2025Q1")).hasSize(1);
        assertThat(keys(a)).contains("revenue|null|2024Q1|16235000000|null", "gross_profit|null|2024Q1|7129000000|null");
        evidenceIsTheText(a);
    }

    @Test
    void unreadableInputIsAnIssueNotAnException() {
        Analysis a = FINLENS.analyze("junk.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(a.facts()).isEmpty();
        assertThat(a.issues()).anySatisfy(i -> {
            assertThat(i.code()).startsWith("input.pdf-");
            assertThat(i.message()).startsWith("junk.pdf: ");
        });
        assertThat(ContractJson.write(a, true)).contains("\"text\" : \"\"");
    }
}
