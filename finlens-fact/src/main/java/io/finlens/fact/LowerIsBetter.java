package io.finlens.fact;

import io.finlens.text.Tsv;
import java.util.HashSet;
import java.util.Set;

/**
 * The metrics that improve by falling ({@code lower-is-better.tsv}: leverage, bad loans, cost ratios): "leverage of
 * 4.1x, an improvement versus last quarter" is a move down.
 */
final class LowerIsBetter {
    private static final Set<String> IDS = load();

    private LowerIsBetter() {
    }

    private static Set<String> load() {
        Set<String> ids = new HashSet<>();
        FactLexicon lex = FactLexicon.get();
        for (Tsv.Row r : Tsv.load(LowerIsBetter.class, "lower-is-better.tsv", 2, 2)) {
            if (!lex.metrics.containsKey(r.get(0))) throw r.error("unknown metric id: " + r.get(0));
            ids.add(r.get(0));
        }
        return Set.copyOf(ids);
    }

    /** Whether metric {@code id} improves by falling. */
    static boolean contains(String id) {
        return IDS.contains(id);
    }
}
