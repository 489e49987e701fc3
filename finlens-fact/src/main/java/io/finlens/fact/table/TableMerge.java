package io.finlens.fact.table;

import io.finlens.fact.SegmentKey;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Table facts joined to the sentence facts of the same text: one fact per key and figure, with both evidence spans,
 * the finer figure kept ({@link TableFacts#merge}).
 */
final class TableMerge {
    private TableMerge() {
    }

    /**
     * Merges table facts into the sentence facts of the same text: sentence evidence inside a table row is dropped (the
     * sentence rules do not read tables), a table figure equal to a sentence fact of the same key (within the coarser
     * stated precision) adds its cell as evidence, others are new facts. Ids are renumbered in order of first evidence.
     */
    static List<Fact> merge(List<Fact> sentence, TableFacts.Result tables) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(tables, "tables");
        if (tables.rows().isEmpty() && tables.facts().isEmpty()) return sentence;
        List<Fact> out = new ArrayList<>();
        Rows rows = new Rows(tables.rows());
        for (Fact f : sentence) {
            List<Span> ev = new ArrayList<>();
            for (Span sp : f.evidence()) if (!rows.contain(sp)) ev.add(sp);
            if (ev.isEmpty()) continue;
            out.add(ev.size() == f.evidence().size() ? f : withEvidence(f, ev, f.rules()));
        }
        // facts looked up by key, not scanned for each table fact: a long filing of many tables stays linear
        Map<List<Object>, List<Integer>> byKey = new HashMap<>();
        for (int k = 0; k < out.size(); k++) byKey.computeIfAbsent(key(out.get(k)), x -> new ArrayList<>()).add(k);
        List<Fact> changeOnly = new ArrayList<>();
        for (Fact t : tables.facts()) {
            if (t.value() == null && t.range() == null) {
                changeOnly.add(t);
                continue;
            }
            int same = -1;
            for (int k : byKey.getOrDefault(key(t), List.of())) {
                if (sameValue(out.get(k), t)) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                byKey.computeIfAbsent(key(t), x -> new ArrayList<>()).add(out.size());
                out.add(t);
                continue;
            }
            Fact f = out.get(same);
            out.set(same, joined(finer(f, t) ? withValue(f, t) : f, t, "table.cell"));
        }
        for (Fact t : changeOnly) joinChange(t, out, byKey);
        out.sort(Comparator.comparing((Fact f) -> f.evidence().get(0)).thenComparing(Fact::metric));
        List<Fact> numbered = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) numbered.add(out.get(k).withId("F" + (k + 1)));
        return numbered;
    }

    /**
     * Rule table.change-joined: a change a table states without its figure (a change table's row) joins the one fact of
     * the same key that has a figure, where the figure is stated in another table or a sentence; it stands alone when
     * there is none or more than one. A change of a basis the fact already has is not added twice.
     */
    private static void joinChange(Fact t, List<Fact> out, Map<List<Object>, List<Integer>> byKey) {
        int home = -1, homes = 0;
        for (int k : byKey.getOrDefault(key(t), List.of())) {
            if (out.get(k).value() != null) {
                home = k;
                homes++;
            }
        }
        // a change without currency effects ("Core constant currency EPS change") is not the reported figure's change
        if (homes != 1 || t.rules().contains(GrowthRows.CONSTANT_RULE) || t.rules().contains(SummaryChangeTables.CONSTANT_RULE)) {
            byKey.computeIfAbsent(key(t), x -> new ArrayList<>()).add(out.size());
            out.add(t);
            return;
        }
        out.set(home, joined(out.get(home), t, "table.change-joined"));
    }

    /** {@code f} with the table fact {@code t} joined: both evidence spans (sorted), the rule, t's changes of a new basis. */
    private static Fact joined(Fact f, Fact t, String rule) {
        List<Span> ev = new ArrayList<>(f.evidence());
        for (Span sp : t.evidence()) if (!ev.contains(sp)) ev.add(sp);
        ev.sort(null);
        List<String> rules = new ArrayList<>(f.rules());
        if (!rules.contains(rule)) rules.add(rule);
        return withChanges(withEvidence(f, ev, rules), t);
    }

    /** The facts that may be one: same company, metric, basis, period, guidance and line ({@link SegmentKey}). */
    private static List<Object> key(Fact f) {
        return java.util.Arrays.asList(f.entity(), f.metric(), f.basis(), f.period().id(), f.guidance(), SegmentKey.of(f.segment()));
    }

    /**
     * The table rows, sorted by start, with the furthest end reached by each prefix: whether a span lies inside some row
     * is one binary search (a filing of many tables and sentences is not checked row by row for each span).
     */
    private static final class Rows {
        private final int[] starts;
        private final int[] furthestEnd;

        Rows(List<Span> rows) {
            List<Span> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingInt(Span::start));
            starts = new int[sorted.size()];
            furthestEnd = new int[sorted.size()];
            int reach = Integer.MIN_VALUE;
            for (int k = 0; k < sorted.size(); k++) {
                starts[k] = sorted.get(k).start();
                reach = Math.max(reach, sorted.get(k).end());
                furthestEnd[k] = reach;
            }
        }

        /** Whether a row holds {@code sp}: one starting at or before it reaches to its end. */
        boolean contain(Span sp) {
            int lo = 0, hi = starts.length; // the rows starting at or before sp: [0, lo)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= sp.start()) lo = mid + 1;
                else hi = mid;
            }
            return lo > 0 && furthestEnd[lo - 1] >= sp.end();
        }
    }

    private static boolean sameValue(Fact a, Fact b) {
        if (!a.unit().equals(b.unit())) return false;
        // a band stated in a sentence and in an outlook table ("$8.51 - $8.53 Billion") is one forecast
        if (a.value() == null && b.value() == null && a.range() != null && b.range() != null) {
            return a.range().low().compareTo(b.range().low()) == 0 && a.range().high().compareTo(b.range().high()) == 0;
        }
        if (a.value() == null || b.value() == null) return false;
        BigDecimal tol = BigDecimal.ZERO;
        if (a.precision() != null) tol = tol.max(a.precision().halfUnit());
        if (b.precision() != null) tol = tol.max(b.precision().halfUnit());
        return a.value().subtract(b.value()).abs().compareTo(tol) <= 0;
    }

    /** Whether the table's figure is stated more finely than the sentence's ($8,247 million against $8.25 billion). */
    private static boolean finer(Fact sentence, Fact table) {
        return table.precision() != null && (sentence.precision() == null
                || table.precision().halfUnit().compareTo(sentence.precision().halfUnit()) < 0);
    }

    /** The sentence fact with the table's more precise figure (its changes, qualifier and rules kept). */
    private static Fact withValue(Fact f, Fact t) {
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), t.value(), f.unit(), f.qualifier(),
                f.range(), f.guidance(), f.changes(), f.evidence(), f.rules(), f.conversion(), t.precision());
    }

    /** The fact with the table fact's changes of a basis it does not state itself (a change column's cell). */
    private static Fact withChanges(Fact f, Fact t) {
        List<io.finlens.model.Change> changes = new ArrayList<>(f.changes());
        for (io.finlens.model.Change c : t.changes()) {
            boolean has = false;
            for (io.finlens.model.Change d : f.changes()) has |= d.basis() == c.basis();
            if (!has) changes.add(c);
        }
        if (changes.size() == f.changes().size()) return f;
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), f.qualifier(),
                f.range(), f.guidance(), changes, f.evidence(), f.rules(), f.conversion(), f.precision());
    }

    private static Fact withEvidence(Fact f, List<Span> ev, List<String> rules) {
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), f.qualifier(),
                f.range(), f.guidance(), f.changes(), ev, rules, f.conversion(), f.precision());
    }
}
