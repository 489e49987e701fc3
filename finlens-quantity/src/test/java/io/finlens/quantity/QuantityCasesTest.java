package io.finlens.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.quantity.QuantityCases.Case;
import io.finlens.quantity.QuantityCases.Expected;
import io.finlens.text.NormalizedText;
import io.finlens.text.Normalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per case in {@code cases/quantity/*.json}: the recognizer must find exactly the expected
 * quantities, in span order, each covering exactly the expected original text.
 */
class QuantityCasesTest {
    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();
    private static final Set<String> UNITS = Set.of("CNY", "USD", "HKD", "EUR", "GBP", "JPY", "SEK", "TWD", "count", "ratio", "points", "number");
    private static final Set<String> QUALIFIERS = Set.of("about", "over", "under");

    @TestFactory
    Stream<DynamicTest> zh() {
        return QuantityCases.load("zh.json").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> en() {
        return QuantityCases.load("en.json").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /** The case files themselves are well formed: a typo there would make a test pass or fail for nothing. */
    @Test
    void caseFilesAreWellFormed() {
        List<Case> all = QuantityCases.all();
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(all.stream().map(Case::text).distinct().count()).as("duplicate case texts").isEqualTo(all.size());
        for (Case c : all) {
            assertThat(c.why()).as("why of %s", c.name()).isNotBlank();
            int from = 0;
            for (Expected e : c.expect()) {
                int at = c.text().indexOf(e.text(), from);
                assertThat(at).as("%s: expected text \"%s\" is a substring after %d", c.name(), e.text(), from).isGreaterThanOrEqualTo(0);
                from = at + e.text().length();
                assertThat(e.unit()).as("%s: unit", c.name()).isIn(UNITS);
                if (e.qualifier() != null) assertThat(e.qualifier()).as("%s: qualifier", c.name()).isIn(QUALIFIERS);
                if (e.states("value") && e.value() == null) {
                    assertThat(e.range()).as("%s: a null value needs a range", c.name()).isNotNull();
                }
                BigDecimal[] r = e.range();
                if (r != null) assertThat(r[0]).as("%s: range low <= high", c.name()).isLessThanOrEqualTo(r[1]);
            }
        }
    }

    static void check(Case c) {
        NormalizedText t = Normalizer.normalize(c.text());
        List<Quantity> found = new ArrayList<>(RECOGNIZER.recognize(t));
        found.sort(Comparator.comparing(Quantity::span));

        for (Quantity q : found) {
            Span s = q.span();
            if (s.start() < 0 || s.end() > t.length() || s.start() >= s.end()) {
                fail("%s: span %s of %s lies outside the normalized text of length %d (\"%s\")", c.name(), s, q.rule(), t.length(), t.text());
            }
        }

        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < Math.max(found.size(), c.expect().size()); i++) {
            Expected e = i < c.expect().size() ? c.expect().get(i) : null;
            List<String> fields = e == null ? QuantityCases.FIELDS
                    : QuantityCases.FIELDS.stream().filter(e::states).toList();
            if (e != null) expected.add(render(e, fields));
            if (i < found.size()) actual.add(render(found.get(i), t, fields));
        }
        assertThat(actual)
                .as("%s%n  normalized: \"%s\"%n  found: %s", c.name(), t.text(), describe(found, t))
                .containsExactlyElementsOf(expected);

        // the same, field by field, as the contract states it
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            Expected e = c.expect().get(i);
            assertThat(t.originalSlice(q.span())).as("%s: original slice", c.name()).isEqualTo(e.text());
            if (e.states("value")) {
                if (e.value() == null) assertThat(q.value()).as("%s: value", c.name()).isNull();
                else assertThat(q.value()).as("%s: value", c.name()).isNotNull()
                        .matches(v -> v.compareTo(e.value()) == 0, "compares equal to " + e.value());
            }
            if (e.states("unit")) assertThat(q.unit().code()).as("%s: unit", c.name()).isEqualTo(e.unit());
            if (e.states("qualifier")) {
                assertThat(q.qualifier() == null ? null : q.qualifier().code()).as("%s: qualifier", c.name()).isEqualTo(e.qualifier());
            }
            if (e.states("approximate")) assertThat(q.approximate()).as("%s: approximate", c.name()).isEqualTo(e.approximate());
        }
    }

    private static String render(Expected e, List<String> fields) {
        BigDecimal[] r = e.range();
        return render(e.text(), fields, e.value(), e.unit(), e.qualifier(),
                r == null ? null : QuantityCases.canonical(r[0]) + ".." + QuantityCases.canonical(r[1]), e.approximate());
    }

    private static String render(Quantity q, NormalizedText t, List<String> fields) {
        Range r = q.range();
        return render(t.originalSlice(q.span()), fields, q.value(), q.unit().code(), q.qualifier() == null ? null : q.qualifier().code(),
                r == null ? null : QuantityCases.canonical(r.low()) + ".." + QuantityCases.canonical(r.high()), q.approximate());
    }

    private static String render(String text, List<String> fields, BigDecimal value, String unit, String qualifier, String range,
                                 boolean approximate) {
        StringBuilder b = new StringBuilder("\"").append(text).append('"');
        for (String f : fields) {
            b.append(' ').append(f).append('=');
            switch (f) {
                case "value" -> b.append(QuantityCases.canonical(value));
                case "unit" -> b.append(unit);
                case "qualifier" -> b.append(qualifier);
                case "range" -> b.append(range);
                case "approximate" -> b.append(approximate);
                default -> throw new IllegalArgumentException(f);
            }
        }
        return b.toString();
    }

    private static String describe(List<Quantity> found, NormalizedText t) {
        if (found.isEmpty()) return "nothing";
        StringBuilder b = new StringBuilder();
        for (Quantity q : found) {
            b.append(System.lineSeparator()).append("    ").append(render(q, t, QuantityCases.FIELDS))
                    .append(" span=").append(q.span().start()).append("..").append(q.span().end())
                    .append(" rule=").append(q.rule());
        }
        return b.toString();
    }
}
