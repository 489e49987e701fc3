package io.finlens.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Check;
import io.finlens.model.Direction;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per case in {@code cases/check/*.json}: the checks, structure and derived figures of one
 * document.
 *
 * <p>A case is {@code {"name", "why", "text", "facts"?, "expect"?, "absent"?, "structure"?, "derived"?,
 * "pending"?}}. Without {@code facts}, the text runs through the real pipeline (quantities, facts) and the
 * specs may only name what does not depend on the extractor's fact ids. With {@code facts}, each fact is
 * {@code {"id", "metric", "period", "value", "unit", "mention", "segment"?, "basis"?, "entity"?,
 * "qualifier"?, "guidance"?, "range"?, "changes"?, "rules"?}}:
 * <ul>
 * <li>{@code value} as the text writes it: {@code "921亿"}, {@code "10.936亿"}, {@code "11530万"}, {@code "19.6%"},
 * {@code "1.05"}, {@code "-13亿"}; its precision is what it is written with (921亿: 10^8, 0 decimals); null for
 * a change only;</li>
 * <li>{@code mention}: where the text states it, a substring (or a list of them) of {@code text}; {@code "X#2"} is
 * the second occurrence. Without a text, the text is the mentions, one per line;</li>
 * <li>{@code changes}: {@code {"basis": "yoy", "value": "0.13" | "points": "1.2" | "direction": "up" | "range":
 * ["0.1", "0.2"]}}.</li>
 * </ul>
 * An {@code expect} spec {@code {"rule", "status"?, "message"?, "facts"?, "expected"?, "actual"?}} is matched by
 * some check ({@code message}: a substring; {@code facts}: the exact id list; numbers compared by value); an
 * {@code absent} spec by none. {@code structure}: breakdowns {@code {"parent", "children", "kind"?, "rule"?}}
 * that must be found. {@code derived}: {@code {"metric", "period"?, "segment"?, "value"?, "formula"?, "rule"?}}
 * specs each matched by a derived figure; {@code absent_derived} specs matched by none. Every case is also run twice: the results must be equal.
 */
class CheckCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("structure.json", "segments_sum.json", "bridge.json", "margin.json",
            "growth_implied.json", "consistency.json", "beat_miss.json", "derived.json", "pipeline-zh.json");
    private static final Set<String> CASE_FIELDS = Set.of("name", "why", "text", "facts", "expect", "absent", "structure", "derived",
            "absent_derived", "pending");
    private static final Set<String> FACT_FIELDS = Set.of("id", "metric", "period", "value", "unit", "mention", "segment", "basis",
            "entity", "qualifier", "guidance", "range", "changes", "rules");
    private static final Set<String> CHECK_FIELDS = Set.of("rule", "status", "message", "facts", "expected", "actual");
    private static final Set<String> DERIVED_FIELDS = Set.of("metric", "period", "segment", "basis", "value", "formula", "rule", "facts");
    private static final Pattern VALUE = Pattern.compile("(-?[0-9]+)(?:\\.([0-9]+))?(万亿|亿|万|%)?");

    record Case(String file, JsonNode node) {
        String name() {
            return file + ": " + node.path("name").asText();
        }

        List<JsonNode> list(String field) {
            List<JsonNode> out = new ArrayList<>();
            JsonNode n = node.get(field);
            if (n != null) n.forEach(out::add);
            return out;
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        return all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    /** The case files themselves are well formed: a typo in a field name would make a spec check nothing. */
    @Test
    void caseFilesAreWellFormed() {
        List<Case> all = all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        Set<String> names = new HashSet<>();
        for (Case c : all) {
            assertThat(names.add(c.name())).as("duplicate case name %s", c.name()).isTrue();
            assertThat(fields(c.node())).as("%s: case fields", c.name()).isSubsetOf(CASE_FIELDS);
            assertThat(c.node().path("why").asText()).as("why of %s", c.name()).isNotBlank();
            assertThat(c.list("expect").size() + c.list("absent").size() + c.list("structure").size() + c.list("derived").size())
                    .as("%s states nothing", c.name()).isPositive();
            if (!c.node().has("facts")) assertThat(c.node().path("text").asText()).as("%s: a pipeline case needs a text", c.name()).isNotBlank();
            for (JsonNode f : c.list("facts")) assertThat(fields(f)).as("%s: fact fields of %s", c.name(), f).isSubsetOf(FACT_FIELDS);
            List<JsonNode> specs = new ArrayList<>(c.list("expect"));
            specs.addAll(c.list("absent"));
            for (JsonNode s : specs) {
                assertThat(fields(s)).as("%s: check spec fields of %s", c.name(), s).isSubsetOf(CHECK_FIELDS).contains("rule");
                if (s.has("status")) assertThat(s.get("status").asText()).isIn("pass", "warn", "fail");
            }
            for (JsonNode s : c.list("absent_derived")) assertThat(fields(s)).as("%s: derived spec fields", c.name()).isSubsetOf(DERIVED_FIELDS);
            for (JsonNode s : c.list("derived")) assertThat(fields(s)).as("%s: derived spec fields", c.name()).isSubsetOf(DERIVED_FIELDS);
        }
    }

    static void run(Case c) {
        String pending = c.node().hasNonNull("pending") ? c.node().get("pending").asText() : null;
        if (pending == null) {
            check(c);
            return;
        }
        try {
            check(c);
        } catch (AssertionError e) {
            Assumptions.abort("pending: " + pending + System.lineSeparator() + e.getMessage());
        }
        // a mark that no longer names a gap would hide the next regression of the same phrasing
        org.junit.jupiter.api.Assertions.fail(c.node().path("name").asText() + " passes now: drop its pending mark (" + pending + ")");
    }

    static void check(Case c) {
        String text;
        List<Fact> facts;
        if (c.node().has("facts")) {
            text = c.node().has("text") ? c.node().get("text").asText() : synthesizedText(c);
            facts = new ArrayList<>();
            for (JsonNode f : c.list("facts")) facts.add(fact(f, text, c.name()));
        } else {
            text = c.node().get("text").asText();
            facts = Pipeline.facts(text);
        }
        CheckResult r = Checks.standard().run(facts, text);
        CheckResult again = Checks.standard().run(facts, text);
        assertThat(again).as("%s: same input, same result", c.name()).isEqualTo(r);
        Set<String> ids = new HashSet<>();
        for (Fact f : facts) ids.add(f.id());
        for (Check k : r.checks()) assertThat(ids).as("%s: facts of %s", c.name(), k).containsAll(k.factIds());

        List<String> problems = new ArrayList<>();
        for (JsonNode spec : c.list("expect")) {
            if (r.checks().stream().noneMatch(k -> matches(spec, k))) problems.add("missing  " + spec);
        }
        for (JsonNode spec : c.list("absent")) {
            for (Check k : r.checks()) if (matches(spec, k)) problems.add("unwanted " + spec + " matched by " + k.message());
        }
        for (JsonNode spec : c.list("structure")) {
            if (r.structure().breakdowns().stream().noneMatch(b -> matches(spec, b))) problems.add("missing  structure " + spec);
        }
        for (JsonNode spec : c.list("derived")) {
            if (r.derived().stream().noneMatch(d -> matches(spec, d))) problems.add("missing  derived " + spec);
        }
        for (JsonNode spec : c.list("absent_derived")) {
            for (Derived d : r.derived()) if (matches(spec, d)) problems.add("unwanted derived " + spec + " matched by " + d.formula());
        }
        if (!r.issues().isEmpty()) problems.add("issues " + r.issues());
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Check k : r.checks()) sb.append("\n    ").append(k.status().code()).append(' ').append(k.rule()).append(' ').append(k.factIds())
                    .append(' ').append(k.message());
            for (Structure.Breakdown b : r.structure().breakdowns()) sb.append("\n    structure ").append(b);
            for (Derived d : r.derived()) sb.append("\n    derived ").append(d.metric()).append(' ').append(d.segment()).append(' ')
                    .append(d.period().id()).append(' ').append(d.value().toPlainString()).append(' ').append(d.formula());
            StringBuilder fs = new StringBuilder();
            for (Fact f : facts) fs.append("\n    ").append(f.id()).append(' ').append(f.metric()).append(' ').append(f.segment()).append(' ')
                    .append(f.basis()).append(' ').append(f.period().id()).append(' ').append(f.value()).append(' ').append(f.changes().size())
                    .append(" changes");
            fail("%s%n  %s%n  found:%s%n  facts:%s", c.name(), String.join(System.lineSeparator() + "  ", problems), sb, fs);
        }
    }

    static boolean matches(JsonNode spec, Check k) {
        if (!spec.get("rule").asText().equals(k.rule())) return false;
        if (spec.has("status") && !spec.get("status").asText().equals(k.status().code())) return false;
        if (spec.has("message") && !k.message().contains(spec.get("message").asText())) return false;
        if (spec.has("facts") && !strings(spec.get("facts")).equals(k.factIds())) return false;
        if (spec.has("expected") && !sameDecimal(spec.get("expected"), k.expected())) return false;
        return !spec.has("actual") || sameDecimal(spec.get("actual"), k.actual());
    }

    static boolean matches(JsonNode spec, Structure.Breakdown b) {
        if (spec.has("parent") && !spec.get("parent").asText().equals(b.parent())) return false;
        if (spec.has("children") && !strings(spec.get("children")).equals(b.children())) return false;
        if (spec.has("kind") && !spec.get("kind").asText().equals(b.kind().code())) return false;
        return !spec.has("rule") || spec.get("rule").asText().equals(b.rule());
    }

    static boolean matches(JsonNode spec, Derived d) {
        if (spec.has("metric") && !spec.get("metric").asText().equals(d.metric())) return false;
        if (spec.has("period") && !spec.get("period").asText().equals(d.period().id())) return false;
        if (spec.has("segment") && !(spec.get("segment").isNull() ? d.segment() == null : spec.get("segment").asText().equals(d.segment()))) {
            return false;
        }
        if (spec.has("basis") && !(spec.get("basis").isNull() ? d.basis() == null : spec.get("basis").asText().equals(d.basis()))) return false;
        if (spec.has("value") && !sameDecimal(spec.get("value"), d.value())) return false;
        if (spec.has("formula") && !d.formula().contains(spec.get("formula").asText())) return false;
        if (spec.has("facts") && !strings(spec.get("facts")).equals(d.factIds())) return false;
        return !spec.has("rule") || spec.get("rule").asText().equals(d.rule());
    }

    private static boolean sameDecimal(JsonNode want, BigDecimal got) {
        if (want.isNull()) return got == null;
        return got != null && new BigDecimal(want.asText()).compareTo(got) == 0;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    // ---- facts written in JSON ----

    private static String synthesizedText(Case c) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode f : c.list("facts")) {
            for (String m : mentions(f)) sb.append(m.replaceFirst("#[0-9]+$", "")).append('\n');
        }
        return sb.toString();
    }

    private static List<String> mentions(JsonNode f) {
        JsonNode m = f.get("mention");
        List<String> out = new ArrayList<>();
        if (m == null) out.add(f.get("id").asText());
        else if (m.isArray()) m.forEach(x -> out.add(x.asText()));
        else out.add(m.asText());
        return out;
    }

    static Fact fact(JsonNode n, String text, String caseName) {
        String id = n.get("id").asText();
        List<Span> evidence = new ArrayList<>();
        for (String m : mentions(n)) {
            int nth = 1;
            String s = m;
            Matcher hm = Pattern.compile("^(.*)#([0-9]+)$").matcher(m);
            if (hm.matches()) {
                s = hm.group(1);
                nth = Integer.parseInt(hm.group(2));
            }
            int at = -1;
            for (int k = 0; k < nth; k++) {
                at = text.indexOf(s, at + 1);
                if (at < 0) throw new AssertionError(caseName + ": mention " + m + " of " + id + " is not in the text");
            }
            evidence.add(new Span(at, at + s.length()));
        }
        Unit unit = unit(n.path("unit").asText("CNY"));
        BigDecimal value = null;
        Precision precision = null;
        if (n.hasNonNull("value")) {
            Matcher vm = VALUE.matcher(n.get("value").asText());
            if (!vm.matches()) throw new AssertionError(caseName + ": value of " + id + " is not like 921亿, 19.6% or 1.05: " + n.get("value"));
            String digits = vm.group(1) + (vm.group(2) == null ? "" : "." + vm.group(2));
            int decimals = vm.group(2) == null ? 0 : vm.group(2).length();
            int scale = vm.group(3) == null ? 0 : switch (vm.group(3)) {
                case "万亿" -> 12;
                case "亿" -> 8;
                case "万" -> 4;
                default -> -2;
            };
            value = new BigDecimal(digits).scaleByPowerOfTen(scale);
            if (value.scale() < 0) value = value.setScale(0);
            precision = new Precision(scale, decimals);
        }
        Range range = null;
        if (n.hasNonNull("range")) range = new Range(new BigDecimal(n.get("range").get(0).asText()), new BigDecimal(n.get("range").get(1).asText()));
        List<Change> changes = new ArrayList<>();
        for (JsonNode ch : iterable(n.get("changes"))) {
            ChangeBasis b = ChangeBasis.valueOf(ch.get("basis").asText().toUpperCase(Locale.ROOT));
            if (ch.has("value")) changes.add(Change.relative(b, new BigDecimal(ch.get("value").asText()), null));
            else if (ch.has("points")) changes.add(Change.points(b, new BigDecimal(ch.get("points").asText()), null));
            else if (ch.has("range")) changes.add(Change.band(b, new Range(new BigDecimal(ch.get("range").get(0).asText()),
                    new BigDecimal(ch.get("range").get(1).asText())), null));
            else changes.add(Change.direction(b, Direction.valueOf(ch.get("direction").asText().toUpperCase(Locale.ROOT)), null));
        }
        List<String> rules = new ArrayList<>();
        for (JsonNode r : iterable(n.get("rules"))) rules.add(r.asText());
        if (rules.isEmpty()) rules.add("case.json");
        Qualifier q = n.hasNonNull("qualifier") ? Qualifier.valueOf(n.get("qualifier").asText().toUpperCase(Locale.ROOT)) : null;
        return new Fact(id, n.path("entity").asText("示例公司"), n.get("metric").asText(), text(n, "segment"), text(n, "basis"),
                period(n.get("period").asText()), value, unit, q, range, n.path("guidance").asBoolean(false), changes, evidence, rules, null,
                precision);
    }

    private static Iterable<JsonNode> iterable(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null) n.forEach(out::add);
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Unit unit(String code) {
        return switch (code) {
            case "count" -> Unit.COUNT;
            case "ratio" -> Unit.RATIO;
            case "points" -> Unit.POINTS;
            case "number" -> Unit.NUMBER;
            default -> Unit.money(code);
        };
    }

    /** A period as the contract spells it: 2025Q1, FY2024Q2, 2025H1, 2025Q1-Q3, FY2025, 2025-04, 2025-03-31. */
    static Period period(String s) {
        Matcher m;
        if ((m = Pattern.compile("(FY)?(\\d{4})Q([1-4])").matcher(s)).matches()) {
            return new Period.Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1) != null);
        }
        if ((m = Pattern.compile("(\\d{4})H([12])").matcher(s)).matches()) return new Period.Half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = Pattern.compile("(\\d{4})Q1-Q3").matcher(s)).matches()) return new Period.NineMonths(Integer.parseInt(m.group(1)));
        if ((m = Pattern.compile("FY(\\d{4})").matcher(s)).matches()) return new Period.Year(Integer.parseInt(m.group(1)));
        if ((m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(s)).matches()) return new Period.Month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new Period.Instant(LocalDate.parse(s));
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> out = new HashSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = CheckCasesTest.class.getResourceAsStream("/cases/check/" + file)) {
                if (in == null) throw new IllegalStateException("case file not found: cases/check/" + file);
                JsonNode root = JSON.readTree(in);
                for (JsonNode n : root) out.add(new Case(file, n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
