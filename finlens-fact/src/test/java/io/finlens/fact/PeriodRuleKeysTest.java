package io.finlens.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first characters the period rules declare hold the first char of every match they make on the project's case texts. */
class PeriodRuleKeysTest {

    @Test
    void everyMatchOfAKeyedRuleStartsWithOneOfItsKeys() {
        Map<String, Pattern> patterns = PeriodMentions.patterns();
        Map<String, io.finlens.text.KeyedPattern> keys = PeriodMentions.keyed();
        assertThat(keys).as("rules with first characters").hasSizeGreaterThan(40);
        List<String> texts = new ArrayList<>();
        for (String file : FactCasesTest.caseFiles()) for (FactCasesTest.Case c : FactCasesTest.load(file)) texts.add(c.node().path("text").asText());
        assertThat(texts).hasSizeGreaterThan(300);
        List<String> misses = new ArrayList<>();
        int matches = 0;
        for (var e : keys.entrySet()) {
            for (String t : texts) {
                Matcher m = patterns.get(e.getKey()).matcher(t);
                while (m.find()) {
                    matches++;
                    if (!e.getValue().isKeyAt(t, m.start())) misses.add(e.getKey() + ": " + m.group());
                }
            }
        }
        assertThat(matches).as("matches looked at").isGreaterThan(1000);
        assertThat(misses).isEmpty();
    }

    @Test
    void declaredKeysAreCheckedWhenTheRulesAreMade() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PeriodRuleKeys.bits("月X"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a period key character: X");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PeriodRuleKeys.word("Quarter"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lower case");
        assertThat(PeriodRuleKeys.bits("")).isZero();
    }
}
