package io.finlens.fact;

import io.finlens.model.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule {@code fact.adjusted-restated}: a headline drops the word 经调整 (青禾玩具上半年净利润3.18亿元, where the body says
 * 经调整净利润3.18亿元 and 净利润2.86亿元): a figure with no basis that equals the non-GAAP figure of the same metric,
 * line and period, while the text states the reported figure with another value, is the non-GAAP figure stated again.
 */
final class AdjustedRestatement {
    private AdjustedRestatement() {
    }

    /** {@code facts} (of {@code text}) with every such loosely named figure folded into its non-GAAP statement. */
    static List<Fact> fold(List<Fact> facts, String text) {
        Map<List<Object>, List<Fact>> byKey = new HashMap<>();
        for (Fact f : facts) if (f.value() != null) byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        Map<Fact, Fact> joined = new IdentityHashMap<>();
        Map<Fact, Boolean> absorbed = new IdentityHashMap<>();
        for (Fact f : facts) {
            if (f.value() == null || f.basis() != null) continue;
            Fact home = null;
            boolean otherReported = false;
            for (Fact g : byKey.getOrDefault(key(f), List.of())) {
                if (g == f) continue;
                boolean same = g.value().compareTo(f.value()) == 0 && Objects.equals(g.unit(), f.unit());
                if ("non-gaap".equals(g.basis()) && same) home = home == null ? g : home;
                if (g.basis() == null && !same) otherReported = true;
            }
            // (Chinese headlines and leads only, stated before the adjusted figure: an English release that says its operating
            // income needs no adjustment states the same figure twice on purpose)
            if (home == null || !otherReported || !io.finlens.text.Chars.hasHan(text.substring(f.evidence().get(0).start(), f.evidence().get(0).end()))
                    || f.evidence().get(0).compareTo(home.evidence().get(0)) > 0) continue;
            Fact base = joined.getOrDefault(home, home);
            List<io.finlens.model.Span> ev = new ArrayList<>(base.evidence());
            for (io.finlens.model.Span sp : f.evidence()) if (!ev.contains(sp)) ev.add(sp);
            ev.sort(null);
            List<String> rules = new ArrayList<>(base.rules());
            if (!rules.contains("fact.adjusted-restated")) rules.add("fact.adjusted-restated");
            joined.put(home, new Fact(base.id(), base.entity(), base.metric(), base.segment(), base.basis(), base.period(), base.value(),
                    base.unit(), base.qualifier(), base.range(), base.guidance(), base.changes(), ev, rules, base.conversion(), base.precision()));
            absorbed.put(f, true);
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) if (!absorbed.containsKey(f)) out.add(joined.getOrDefault(f, f));
        return out;
    }

    private static List<Object> key(Fact f) {
        return java.util.Arrays.asList(f.entity(), f.metric(), SegmentKey.of(f.segment()), f.period().id(), f.guidance());
    }
}
