package io.finlens.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.model.Change;
import io.finlens.model.Fact;
import io.finlens.model.Range;
import io.finlens.quantity.QuantityRecognizer;
import io.finlens.text.NormalizedText;
import io.finlens.text.Normalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per case in {@code cases/fact/*.json}: every {@code expect} spec is matched by some extracted
 * fact, and no fact matches an {@code absent} spec.
 *
 * <p>A case is {@code {"name", "text", "expect", "absent", "why", "pending"?}}. A spec checks only the fields it
 * states, {@code null} included: {@code metric}, {@code segment}, {@code basis}, {@code period} (the contract's
 * id), {@code value} (a decimal string in base units, compared with {@code compareTo}), {@code unit} (its code),
 * {@code range} ({@code [low, high]}), {@code guidance}, {@code entity}, {@code evidence} (the number of evidence
 * spans), {@code rule} (an id among the rules the fact names) and {@code changes}: a list of {@code {"basis", "value" | "points" | "range" | "direction"}}, compared
 * with the fact's changes as a set. A case marked {@code "pending": "reason"} names a phrasing the extractor
 * does not handle yet: it is run and reported as skipped with its reason, and it fails once it passes, so that no
 * mark goes stale.
 */
class FactCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    private static final Set<String> CASE_FIELDS = Set.of("name", "text", "expect", "absent", "why", "pending");
    private static final Set<String> SPEC_FIELDS = Set.of("metric", "segment", "basis", "period", "value", "unit", "range",
            "guidance", "entity", "evidence", "changes", "rule");
    private static final Set<String> CHANGE_FIELDS = Set.of("basis", "value", "points", "range", "direction");

    record Case(String file, int index, JsonNode node) {
        String name() {
            return node.path("name").asText("#" + index);
        }

        String text() {
            return node.path("text").asText();
        }

        List<JsonNode> expect() {
            return list(node.get("expect"));
        }

        List<JsonNode> absent() {
            return list(node.get("absent"));
        }

        String pending() {
            JsonNode p = node.get("pending");
            return p == null || p.isNull() ? null : p.asText();
        }

        private static List<JsonNode> list(JsonNode n) {
            List<JsonNode> out = new ArrayList<>();
            if (n != null) n.forEach(out::add);
            return out;
        }
    }

    /** One container per case file, in file-name order; the cases in file order. Files named en*.json are English. */
    @TestFactory
    Stream<DynamicNode> cases() {
        return caseFiles().stream().map(file -> DynamicContainer.dynamicContainer(file,
                load(file).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c, !file.startsWith("en"))))));
    }

    /** The case files themselves are well formed: a typo in a field name would make a spec check nothing. */
    @Test
    void caseFileIsWellFormed() {
        List<Case> all = new ArrayList<>();
        for (String file : caseFiles()) {
            List<Case> cases = load(file);
            assertThat(cases).as("cases in %s", file).isNotEmpty();
            all.addAll(cases);
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        Set<String> names = new HashSet<>();
        for (Case c : all) {
            assertThat(names.add(c.name())).as("duplicate case name %s (in %s)", c.name(), c.file()).isTrue();
            assertThat(fieldNames(c.node())).as("%s: case fields", c.name()).isSubsetOf(CASE_FIELDS);
            assertThat(c.node().path("why").asText()).as("why of %s", c.name()).isNotBlank();
            assertThat(c.text()).as("text of %s", c.name()).isNotBlank();
            assertThat(c.expect().size() + c.absent().size()).as("%s states nothing", c.name()).isPositive();
            if (c.node().has("pending")) assertThat(c.pending()).as("%s: pending reason", c.name()).isNotBlank();
            List<JsonNode> specs = new ArrayList<>(c.expect());
            specs.addAll(c.absent());
            for (JsonNode spec : specs) {
                assertThat(fieldNames(spec)).as("%s: spec fields of %s", c.name(), spec).isSubsetOf(SPEC_FIELDS).isNotEmpty();
                if (spec.hasNonNull("value")) new BigDecimal(spec.get("value").asText());
                if (spec.hasNonNull("range")) {
                    assertThat(spec.get("range").size()).as("%s: range", c.name()).isEqualTo(2);
                    assertThat(decimal(spec.get("range").get(0))).as("%s: range low <= high", c.name())
                            .isLessThanOrEqualTo(decimal(spec.get("range").get(1)));
                }
                if (spec.has("unit")) assertThat(spec.get("unit").asText()).isIn("CNY", "USD", "HKD", "EUR", "count", "ratio");
                if (spec.hasNonNull("basis")) assertThat(spec.get("basis").asText()).isIn("non-gaap", "consensus");
                for (JsonNode ch : Case.list(spec.get("changes"))) {
                    assertThat(fieldNames(ch)).as("%s: change fields of %s", c.name(), ch).isSubsetOf(CHANGE_FIELDS).contains("basis");
                    assertThat(ch.get("basis").asText()).isIn("yoy", "qoq", "hoh");
                    assertThat(fieldNames(ch).size()).as("%s: a change states one of value, points, range, direction", c.name())
                            .isEqualTo(2);
                    if (ch.has("direction")) assertThat(ch.get("direction").asText()).isIn("up", "down", "flat");
                }
            }
        }
    }

    static void run(Case c, boolean chinese) {
        String pending = c.pending();
        if (pending == null) {
            check(c, chinese);
            return;
        }
        String outcome;
        try {
            check(c, chinese);
        } catch (AssertionError e) {
            outcome = System.lineSeparator() + e.getMessage();
            Assumptions.abort("pending: " + pending + outcome);
        }
        // a mark that no longer names a gap would hide the next regression of the same phrasing
        fail("%s passes now: drop its pending mark (%s)", c.name(), pending);
    }

    static void check(Case c, boolean chinese) {
        NormalizedText nt = Normalizer.normalize(c.text());
        var qs = RECOGNIZER.recognize(nt);
        var r = new FactExtractor().extract(nt, qs, chinese);
        List<Fact> facts = r.facts();
        List<String> problems = new ArrayList<>();
        for (JsonNode spec : c.expect()) {
            if (facts.stream().noneMatch(f -> matches(spec, f))) problems.add("missing  " + spec);
        }
        for (JsonNode spec : c.absent()) {
            for (Fact f : facts) if (matches(spec, f)) problems.add("unwanted " + spec + " matched by " + render(f));
        }
        if (!problems.isEmpty()) {
            fail("%s%n  %s%n  text: %s%n  facts (entity %s, period %s):%s", c.name(), String.join(System.lineSeparator() + "  ", problems),
                    nt.text().replace("\n", "⏎"), r.entity(), r.period() == null ? null : r.period().id(), describe(facts));
        }
    }

    static boolean matches(JsonNode spec, Fact f) {
        if (spec.has("metric") && !eq(spec.get("metric"), f.metric())) return false;
        if (spec.has("segment") && !eq(spec.get("segment"), f.segment())) return false;
        if (spec.has("basis") && !eq(spec.get("basis"), f.basis())) return false;
        if (spec.has("period") && !eq(spec.get("period"), f.period().id())) return false;
        if (spec.has("entity") && !eq(spec.get("entity"), f.entity())) return false;
        if (spec.has("unit") && !eq(spec.get("unit"), f.unit().code())) return false;
        if (spec.has("guidance") && spec.get("guidance").asBoolean() != f.guidance()) return false;
        if (spec.has("value") && !sameDecimal(decimal(spec.get("value")), f.value())) return false;
        if (spec.has("range") && !canonicalRange(spec.get("range")).equals(canonical(f.range()))) return false;
        if (spec.has("evidence") && spec.get("evidence").asInt() != f.evidence().size()) return false;
        if (spec.has("rule") && !f.rules().contains(spec.get("rule").asText())) return false;
        if (spec.has("changes")) {
            Set<String> want = new TreeSet<>();
            for (JsonNode ch : Case.list(spec.get("changes"))) want.add(canonicalChange(ch));
            Set<String> got = new TreeSet<>();
            for (Change ch : f.changes()) got.add(canonicalChange(ch));
            if (!want.equals(got)) return false;
        }
        return true;
    }

    private static boolean eq(JsonNode want, String got) {
        return want.isNull() ? got == null : want.asText().equals(got);
    }

    private static boolean sameDecimal(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }

    static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static String canonicalRange(JsonNode range) {
        return range == null || range.isNull() ? "null" : plain(decimal(range.get(0))) + ".." + plain(decimal(range.get(1)));
    }

    private static String canonical(Range r) {
        return r == null ? "null" : plain(r.low()) + ".." + plain(r.high());
    }

    private static String canonicalChange(JsonNode ch) {
        String b = ch.get("basis").asText();
        if (ch.has("value")) return b + " value=" + plain(decimal(ch.get("value")));
        if (ch.has("points")) return b + " points=" + plain(decimal(ch.get("points")));
        if (ch.has("range")) return b + " range=" + canonicalRange(ch.get("range"));
        return b + " direction=" + ch.path("direction").asText();
    }

    private static String canonicalChange(Change ch) {
        String b = ch.basis().code();
        if (ch.value() != null) return b + " value=" + plain(ch.value());
        if (ch.points() != null) return b + " points=" + plain(ch.points());
        if (ch.range() != null) return b + " range=" + canonical(ch.range());
        return b + " direction=" + (ch.direction() == null ? "null" : ch.direction().code());
    }

    static String render(Fact f) {
        StringBuilder b = new StringBuilder(f.id()).append(' ').append(f.metric());
        if (f.segment() != null) b.append(" segment=").append(f.segment());
        if (f.basis() != null) b.append(" basis=").append(f.basis());
        b.append(" period=").append(f.period().id());
        b.append(" value=").append(plain(f.value())).append(' ').append(f.unit().code());
        if (f.range() != null) b.append(" range=").append(canonical(f.range()));
        if (f.guidance()) b.append(" guidance");
        b.append(" entity=").append(f.entity());
        List<String> ch = new ArrayList<>();
        for (Change c : f.changes()) ch.add(canonicalChange(c));
        b.append(" changes=").append(ch);
        b.append(" evidence=").append(f.evidence().size());
        return b.toString();
    }

    private static String describe(List<Fact> facts) {
        if (facts.isEmpty()) return " none";
        StringBuilder b = new StringBuilder();
        for (Fact f : facts) b.append(System.lineSeparator()).append("    ").append(render(f));
        return b.toString();
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /** The names of the {@code *.json} files under {@code cases/fact/}, sorted. */
    static List<String> caseFiles() {
        URL dir = FactCasesTest.class.getResource("/cases/fact/");
        if (dir == null) throw new IllegalStateException("missing test resource directory /cases/fact/");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            if (names.isEmpty()) throw new IllegalStateException("no case files in " + dir);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(dir.toString(), e);
        }
    }

    static List<Case> load(String file) {
        String resource = "/cases/fact/" + file;
        try (InputStream in = FactCasesTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            JsonNode root = JSON.readTree(in);
            List<Case> cases = new ArrayList<>();
            int i = 0;
            for (JsonNode c : root) cases.add(new Case(file, i++, c));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
