package io.finlens.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Status;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the checks on text they were not written for: pieces of the case texts, cut anywhere and glued
 * together, run through the real pipeline. The checks never throw and leave no issue, every id they name is a
 * fact's, every check says its arithmetic, and two runs give equal results.
 */
class ChecksInvariantsTest {
    private static final List<String> CASE_TEXTS = CheckCasesTest.all().stream()
            .filter(c -> c.node().hasNonNull("text")).map(c -> c.node().get("text").asText()).toList();
    private static final List<String> GLUE = List.of("", "", "\n", "\n\n", "。", "；", "，其中", "分业务来看，", "\\- ", "约", "亿元");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragment = Combinators.combine(Arbitraries.of(CASE_TEXTS), Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 400), Arbitraries.of(GLUE))
                .as((text, a, b, glue) -> {
                    int s = Math.min(a, b) % (text.length() + 1);
                    int e = Math.max(s, Math.max(a, b) % (text.length() + 1));
                    return text.substring(s, e) + glue;
                });
        return fragment.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void checksHoldTogetherOnAnyText(@ForAll("texts") String text) {
        List<Fact> facts;
        try {
            facts = Pipeline.facts(text);
        } catch (RuntimeException e) {
            Assume.that(false); // the extractor's own trouble, measured in its module
            return;
        }
        CheckResult r = Checks.standard().run(facts, text);
        assertThat(r.issues()).isEmpty();
        assertThat(Checks.standard().run(facts, text)).isEqualTo(r);
        Set<String> ids = new HashSet<>();
        for (Fact f : facts) ids.add(f.id());
        for (Check c : r.checks()) {
            assertThat(ids).containsAll(c.factIds());
            assertThat(c.factIds()).isNotEmpty();
            assertThat(c.message()).isNotBlank();
            assertThat(Checks.standard().ruleIds()).contains(c.rule());
            if (c.rule().equals("beat_miss")) assertThat(c.status()).isEqualTo(Status.PASS);
        }
        for (Structure.Breakdown b : r.structure().breakdowns()) {
            assertThat(ids).contains(b.parent());
            assertThat(ids).containsAll(b.children());
        }
        for (Derived d : r.derived()) {
            assertThat(ids).containsAll(d.factIds());
            assertThat(d.bounds().low()).isLessThanOrEqualTo(d.bounds().high());
        }
    }
}
