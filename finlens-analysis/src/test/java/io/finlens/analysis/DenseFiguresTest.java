package io.finlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Check;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One long line of dense figures (no paragraph breaks, thousands of revenue figures for one period): the work stays
 * linear. Before, the consistency check compared every pair of a key's values (and scanned all facts and the whole
 * line for each pair), the English discourse searched back to the line's start for each sentence and the merger
 * compared each figure with every other: 64 KB took 266 s, 10 MB did not finish. What is asserted is the bounded
 * work (a key's values compared are capped, with one warning), not a time.
 */
class DenseFiguresTest {
    static String denseLine(int bytes, long seed) {
        Random r = new Random(seed);
        String[] metrics = {"Revenue", "Net income", "Operating income", "EBITDA", "Gross profit"};
        StringBuilder b = new StringBuilder();
        while (b.length() < bytes) {
            b.append(String.format(Locale.ROOT, "%s was $%d.%d million, up %d.%d%% from %d,%03d.%d; ", metrics[r.nextInt(metrics.length)],
                    1 + r.nextInt(999), r.nextInt(10), 1 + r.nextInt(60), r.nextInt(10), 1 + r.nextInt(9), r.nextInt(1000), r.nextInt(10)));
        }
        return b.append('\n').toString();
    }

    @Test
    void aLongLineOfFiguresGivesBoundedConsistencyChecks() {
        String text = denseLine(96 * 1024, 1);
        Analysis a = new Finlens().analyze("dense.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(a.facts().size()).as("figures read").isGreaterThan(1000);
        List<Check> consistency = a.checks().stream().filter(c -> c.rule().equals("consistency")).toList();
        assertThat(consistency).anySatisfy(c -> assertThat(c.message()).contains("different values").contains("the first 12 values are compared"));
        // at most the pairs of 12 values (both orders) and the warning, per key of which there are a handful here
        assertThat(consistency.size()).isLessThan(40 * (12 * 11 + 1));
    }
}
