package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fact per key: repeats of a figure (title and body) become one fact with every evidence span; a fact
 * with only a change merges into the valued fact of the same key; two different values stay two facts.
 * Ids are assigned in order of first evidence, so the same input gives the same ids.
 */
final class FactMerger {
    private FactMerger() {
    }

    private record Key(String entity, String metric, String segment, String basis, String period, boolean guidance) {
    }

    private static Key key(Fact f) {
        return new Key(f.entity(), f.metric(), SegmentKey.of(f.segment()), f.basis(), f.period().id(), f.guidance());
    }

    /** Whether a span states a figure: the contract's evidence is where the figure is, so it holds a digit. */
    private static boolean hasFigure(String text, Span sp) {
        for (int i = sp.start(); i < sp.end(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || "零一二两三四五六七八九十百千万亿".indexOf(c) >= 0) return true;
        }
        return false;
    }

    static List<Fact> merge(List<Fact> raw, String text) {
        Map<Key, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : raw) groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        List<Fact> merged = new ArrayList<>();
        for (List<Fact> g : groups.values()) merged.addAll(mergeGroup(g));
        merged = sharedChanges(changeOfRenamedLine(restatedMoreExactly(AdjustedRestatement.fold(changesJoinFigures(merged), text))));
        merged = withFigures(merged, text);
        merged.sort(Comparator.comparing((Fact f) -> f.evidence().get(0)).thenComparing(Fact::metric));
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) out.add(merged.get(i).withId("F" + (i + 1)));
        return out;
    }

    /**
     * One group of facts of the same key: equal figures combined into one, and the changes with no figure on the first of
     * them, unless a change stands alone.
     */
    private static List<Fact> mergeGroup(List<Fact> g) {
        List<Fact> valued = new ArrayList<>();
        List<Fact> changeOnly = new ArrayList<>();
        for (Fact f : g) (f.value() == null && f.range() == null ? changeOnly : valued).add(f);
        // by value (what sameValue compares), so a group of many figures is not compared pair by pair, and each set of
        // equal figures is combined once (not one by one: the evidence of n equal figures is n spans, copied once)
        Map<Object, List<Fact>> byValue = new LinkedHashMap<>();
        for (Fact f : valued) byValue.computeIfAbsent(valueKey(f), k -> new ArrayList<>()).add(f);
        List<Fact> distinct = new ArrayList<>();
        for (List<Fact> same : byValue.values()) distinct.add(combineAll(same));
        if (distinct.isEmpty() && !changeOnly.isEmpty()) {
            distinct.add(combineAll(changeOnly));
        } else if (!changeOnly.isEmpty()) {
            List<Fact> intoFirst = new ArrayList<>(List.of(distinct.get(0)));
            for (Fact c : changeOnly) {
                if (standsAlone(c)) distinct.add(c);
                else intoFirst.add(c);
            }
            distinct.set(0, combineAll(intoFirst));
        }
        return distinct;
    }

    /**
     * A change with no figure (2023年净利润同比增10.2%-19.6% in a forecast's title) joins the figure it describes, even when
     * only that one is worded as a forecast (the figures looked up by key, not scanned for each change: a long text of
     * figures stays linear).
     */
    private static List<Fact> changesJoinFigures(List<Fact> merged) {
        Map<Key, List<Fact>> figures = new java.util.HashMap<>();
        for (Fact g : merged) if (g.value() != null || g.range() != null) figures.computeIfAbsent(key(g), k -> new ArrayList<>()).add(g);
        Map<Fact, List<Fact>> joining = new java.util.IdentityHashMap<>();
        java.util.Set<Fact> absorbed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Fact f : merged) {
            if (f.value() != null || f.range() != null) continue;
            if (standsAlone(f)) continue;
            List<Fact> homes = figures.getOrDefault(new Key(f.entity(), f.metric(), SegmentKey.of(f.segment()), f.basis(), f.period().id(),
                    !f.guidance()), List.of());
            if (homes.size() == 1) {
                joining.computeIfAbsent(homes.get(0), h -> new ArrayList<>(List.of(h))).add(f);
                absorbed.add(f);
            }
        }
        Map<Fact, Fact> joined = new java.util.IdentityHashMap<>();
        joining.forEach((home, all) -> joined.put(home, combineAll(all)));
        List<Fact> result = new ArrayList<>(merged.size());
        for (Fact f : merged) if (!absorbed.contains(f)) result.add(joined.getOrDefault(f, f));
        return result;
    }

    /** A change stated in words only (环比增加) rides on the fact it describes; alone it has no figure to show: its spans with a figure. */
    private static List<Fact> withFigures(List<Fact> merged, String text) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : merged) {
            List<Span> ev = new ArrayList<>();
            for (Span sp : f.evidence()) if (hasFigure(text, sp)) ev.add(sp);
            if (ev.isEmpty()) continue;
            kept.add(ev.size() == f.evidence().size() ? f : new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(),
                    f.value(), f.unit(), f.qualifier(), f.range(), f.guidance(), f.changes(), ev, f.rules(), f.conversion(), f.precision()));
        }
        return kept;
    }

    /** An organic change stands for itself: it joins no non-GAAP figure of the same key. */
    private static boolean standsAlone(Fact changeOnly) {
        return changeOnly.rules().contains("en.change.organic");
    }

    /** A loosely named metric and the exact metric it may restate: a lead's 净利润 is the attributable profit stated below. */
    private static final Map<String, String> EXACT_FORM = Map.of("net_income", "net_income_attributable");

    /**
     * Rule fact.restated: a figure named loosely (净利润7640万美元 in a news lead) that the text states again under its exact
     * name (非公认会计准则归属于股东的净利润为7640万美元), same period, value and unit, is that one fact; only when exactly
     * one exact statement matches.
     */
    private static List<Fact> restatedMoreExactly(List<Fact> facts) {
        // the exact statements looked up by company, period and guidance, not scanned for each loose one (linear in facts)
        Map<List<Object>, List<Fact>> exactOnes = new java.util.HashMap<>();
        for (Fact g : facts) {
            if (EXACT_FORM.containsValue(g.metric()) && g.segment() == null) {
                exactOnes.computeIfAbsent(List.of(g.metric(), g.entity(), g.period().id(), g.guidance()), k -> new ArrayList<>()).add(g);
            }
        }
        Map<Fact, Fact> joined = new java.util.IdentityHashMap<>();
        java.util.Set<Fact> absorbed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Fact f : facts) {
            String exact = EXACT_FORM.get(f.metric());
            if (exact == null || f.segment() != null || f.basis() != null) continue;
            if (f.value() == null && (f.range() != null || f.changes().isEmpty())) continue;
            Fact home = null;
            int homes = 0;
            for (Fact g : exactOnes.getOrDefault(List.of(exact, f.entity(), f.period().id(), f.guidance()), List.of())) {
                // the same figure, or (净利润下降8.96% after 归属于股东的净利润407.92亿元，同比下降8.96%) the same change
                if (f.value() != null ? g.value() != null && sameValue(g, f) : sameChange(g, f)) {
                    home = g;
                    homes++;
                }
            }
            if (homes != 1) continue;
            Fact merged = combine(joined.getOrDefault(home, home), f);
            List<String> rules = new ArrayList<>(merged.rules());
            if (!rules.contains("fact.restated")) rules.add("fact.restated");
            joined.put(home, new Fact(home.id(), home.entity(), home.metric(), home.segment(), home.basis(), home.period(),
                    home.value(), home.unit(), home.qualifier(), home.range(), home.guidance(), merged.changes(), merged.evidence(), rules,
                    merged.conversion(), home.precision()));
            absorbed.add(f);
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) if (!absorbed.contains(f)) out.add(joined.getOrDefault(f, f));
        return out;
    }

    /**
     * Rule fact.same-figure-change: a figure stated twice, exactly in a table (2,297,282) and rounded in the text ($2.3
     * billion, up 27%), is one quantity: the change said of one holds for the other. Each keeps its own fact.
     */
    private static List<Fact> sharedChanges(List<Fact> facts) {
        Map<Key, List<Fact>> byKey = new java.util.HashMap<>();
        for (Fact f : facts) if (f.value() != null) byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        Map<Fact, Fact> replaced = new java.util.IdentityHashMap<>();
        for (List<Fact> g : byKey.values()) {
            if (g.size() < 2 || g.size() > 8) continue;
            for (Fact a : g) {
                List<Change> add = new ArrayList<>();
                for (Fact b : g) {
                    if (a == b || !a.unit().equals(b.unit()) || !withinRounding(a, b)) continue;
                    for (Change c : b.changes()) {
                        boolean has = false;
                        for (Change d : a.changes()) has |= d.basis() == c.basis();
                        for (Change d : add) has |= d.basis() == c.basis();
                        if (!has) add.add(c);
                    }
                }
                if (add.isEmpty()) continue;
                List<Change> ch = new ArrayList<>(a.changes());
                ch.addAll(add);
                List<String> rules = new ArrayList<>(a.rules());
                rules.add("fact.same-figure-change");
                replaced.put(a, new Fact(a.id(), a.entity(), a.metric(), a.segment(), a.basis(), a.period(), a.value(), a.unit(),
                        a.qualifier(), a.range(), a.guidance(), ch, a.evidence(), rules, a.conversion(), a.precision()));
            }
        }
        if (replaced.isEmpty()) return facts;
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) out.add(replaced.getOrDefault(f, f));
        return out;
    }

    /** Whether two values differ by no more than half a unit of the coarser one's last written digit. */
    private static boolean withinRounding(Fact a, Fact b) {
        java.math.BigDecimal tol = java.math.BigDecimal.ZERO;
        for (Fact f : List.of(a, b)) {
            if (f.precision() == null) continue;
            java.math.BigDecimal half = java.math.BigDecimal.ONE.scaleByPowerOfTen(f.precision().scaleExponent() - f.precision().decimals())
                    .divide(java.math.BigDecimal.valueOf(2));
            if (half.compareTo(tol) > 0) tol = half;
        }
        return tol.signum() > 0 && a.value().subtract(b.value()).abs().compareTo(tol) <= 0;
    }

    /** Whether every change of {@code loose} is one of {@code exact}'s (same basis and magnitude). */
    private static boolean sameChange(Fact exact, Fact loose) {
        for (Change c : loose.changes()) {
            boolean found = false;
            for (Change d : exact.changes()) {
                found |= d.basis() == c.basis() && d.value() != null && c.value() != null && d.value().compareTo(c.value()) == 0;
            }
            if (!found) return false;
        }
        return true;
    }

    /** Equal for two facts exactly when {@link #sameValue} holds: the value and unit, or the range of a fact without a value. */
    private static Object valueKey(Fact f) {
        if (f.value() != null) return java.util.Arrays.asList("value", f.value().stripTrailingZeros(), f.unit());
        return java.util.Arrays.asList("range", f.range());
    }

    private static boolean sameValue(Fact a, Fact b) {
        if (a.value() != null && b.value() != null) return a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit());
        return Objects.equals(a.range(), b.range()) && a.value() == null && b.value() == null;
    }

    /**
     * Rule fact.renamed-line-change: a change with no figure under another name of a line (车BU收入同比大增128% in a title,
     * 海外收入增长139.8% for 港澳台及海外收入3.76亿元，同比增速139.8%) joins the one figure of a line with the same metric,
     * period and basis whose change it states, to the change's own rounding (a round change only when one name starts the
     * other: 平板收入降近13% for 平板电脑 down 12.8%).
     */
    private static List<Fact> changeOfRenamedLine(List<Fact> facts) {
        Map<List<Object>, List<Fact>> lines = new java.util.HashMap<>();
        for (Fact g : facts) {
            if (g.value() != null && g.segment() != null && !g.changes().isEmpty()) lines.computeIfAbsent(lineKey(g), k -> new ArrayList<>()).add(g);
        }
        Map<Fact, Fact> joined = new java.util.IdentityHashMap<>();
        java.util.Set<Fact> absorbed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Fact f : facts) {
            if (f.value() != null || f.range() != null || f.segment() == null || f.changes().size() != 1 || f.changes().get(0).value() == null) continue;
            // 增长7%: too round to tell lines apart, unless one name is the other's start (平板 for 平板电脑)
            boolean round = f.changes().get(0).value().precision() < 3;
            Fact home = null;
            int homes = 0;
            for (Fact g : lines.getOrDefault(lineKey(f), List.of())) {
                boolean named = round ? g.segment().startsWith(f.segment()) || f.segment().startsWith(g.segment()) : sharesWord(f.segment(), g.segment());
                if (named && statesChange(g, f.changes().get(0))) {
                    home = g;
                    homes++;
                }
            }
            if (homes != 1) continue;
            joined.put(home, combine(joined.getOrDefault(home, home), f));
            absorbed.add(f);
        }
        if (absorbed.isEmpty()) return facts;
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) if (!absorbed.contains(f)) out.add(joined.getOrDefault(f, f));
        return out;
    }

    private static List<Object> lineKey(Fact f) {
        return java.util.Arrays.asList(f.entity(), f.metric(), f.basis(), f.period().id(), f.guidance());
    }

    /** Whether two names of a line share a character of a word (海外 in 港澳台及海外, 车 in 智能汽车解决方案): one may be the other's short form. */
    private static boolean sharesWord(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isLetterOrDigit(c) && "业务收入板块部门的和及与".indexOf(c) < 0 && b.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** Whether {@code g} has a change of {@code c}'s basis that rounds to {@code c}'s value at its stated precision. */
    private static boolean statesChange(Fact g, Change c) {
        for (Change d : g.changes()) {
            if (d.basis() == c.basis() && d.value() != null
                    && d.value().setScale(Math.max(0, c.value().scale()), java.math.RoundingMode.HALF_UP).compareTo(c.value()) == 0) return true;
        }
        return false;
    }

    private static Fact combine(Fact a, Fact b) {
        return combineAll(List.of(a, b));
    }

    /**
     * The facts as one, as if combined pairwise left to right: every evidence span once, sorted; per change basis the
     * first stated, replaced by a later one with a magnitude when it had none; the rules in first-use order; the figure
     * (id, value, period...) of the first fact that has one, else of the last; the first segment and conversion named.
     * Linear in the facts and their spans.
     */
    private static Fact combineAll(List<Fact> facts) {
        if (facts.size() == 1) return facts.get(0);
        java.util.Set<Span> spans = new java.util.LinkedHashSet<>();
        java.util.Set<String> ruleSet = new java.util.LinkedHashSet<>();
        List<Change> ch = new ArrayList<>(facts.get(0).changes());
        Fact base = null;
        String segment = null;
        io.finlens.model.Quantity conversion = null;
        for (int k = 0; k < facts.size(); k++) {
            Fact f = facts.get(k);
            spans.addAll(f.evidence());
            ruleSet.addAll(f.rules());
            if (k > 0) {
                for (Change c : f.changes()) {
                    int same = -1;
                    for (int i = 0; i < ch.size(); i++) if (ch.get(i).basis() == c.basis()) same = i;
                    if (same < 0) ch.add(c);
                    else if (!ch.get(same).hasMagnitude() && c.hasMagnitude()) ch.set(same, c);
                }
            }
            if (base == null && (f.value() != null || f.range() != null)) base = f;
            if (segment == null) segment = f.segment();
            if (conversion == null) conversion = f.conversion();
        }
        if (base == null) base = facts.get(facts.size() - 1);
        List<Span> ev = new ArrayList<>(spans);
        ev.sort(null);
        return new Fact(base.id(), base.entity(), base.metric(), segment, base.basis(), base.period(), base.value(), base.unit(),
                base.qualifier(), base.range(), base.guidance(), ch, ev, new ArrayList<>(ruleSet), conversion, base.precision());
    }
}
