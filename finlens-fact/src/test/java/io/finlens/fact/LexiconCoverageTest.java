package io.finlens.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.text.Tsv;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every metric finlens knows can be named in both languages. */
class LexiconCoverageTest {
    @Test
    void everyMetricIdHasAnEnglishAndAChineseAlias() {
        Set<String> ids = new TreeSet<>();
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "metrics.tsv", 3, 3)) ids.add(r.get(0));
        for (String file : new String[] {"metric-aliases-en.tsv", "metric-aliases-zh.tsv"}) {
            Set<String> named = new TreeSet<>();
            for (Tsv.Row r : Tsv.load(FactLexicon.class, file, 3, 3)) named.add(r.get(1));
            Set<String> missing = new TreeSet<>(ids);
            missing.removeAll(named);
            assertThat(missing).as("metric ids without an alias in " + file).isEmpty();
        }
    }
}
