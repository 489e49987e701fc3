package io.finlens.fact.table;

import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        for (Fact f : sentence) {
            List<Span> ev = new ArrayList<>();
            for (Span sp : f.evidence()) if (!inside(sp, tables.rows())) ev.add(sp);
            if (ev.isEmpty()) continue;
            out.add(ev.size() == f.evidence().size() ? f : withEvidence(f, ev, f.rules()));
        }
        for (Fact t : tables.facts()) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Fact f = out.get(k);
                if (sameKey(f, t) && sameValue(f, t)) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                out.add(t);
                continue;
            }
            Fact f = out.get(same);
            List<Span> ev = new ArrayList<>(f.evidence());
            for (Span sp : t.evidence()) if (!ev.contains(sp)) ev.add(sp);
            ev.sort(null);
            List<String> rules = new ArrayList<>(f.rules());
            if (!rules.contains("table.cell")) rules.add("table.cell");
            out.set(same, withEvidence(finer(f, t) ? withValue(f, t) : f, ev, rules));
        }
        out.sort(Comparator.comparing((Fact f) -> f.evidence().get(0)).thenComparing(Fact::metric));
        List<Fact> numbered = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) numbered.add(out.get(k).withId("F" + (k + 1)));
        return numbered;
    }

    private static boolean inside(Span sp, List<Span> rows) {
        for (Span r : rows) if (r.contains(sp)) return true;
        return false;
    }

    private static boolean sameKey(Fact a, Fact b) {
        return Objects.equals(a.entity(), b.entity()) && a.metric().equals(b.metric()) && Objects.equals(a.basis(), b.basis())
                && a.period().id().equals(b.period().id()) && a.guidance() == b.guidance()
                && Objects.equals(segmentKey(a.segment()), segmentKey(b.segment()));
    }

    private static String segmentKey(String seg) {
        if (seg == null) return null;
        String k = seg.toLowerCase(Locale.ROOT).replaceAll("[\\s·•._\\-()（）的]", "");
        for (String suffix : new String[] {"业务收入", "业务", "收入", "板块", "部门", "segment", "revenues", "revenue"}) {
            if (k.endsWith(suffix) && k.length() > suffix.length()) k = k.substring(0, k.length() - suffix.length());
        }
        return k;
    }

    private static boolean sameValue(Fact a, Fact b) {
        if (a.value() == null || b.value() == null || !a.unit().equals(b.unit())) return false;
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

    private static Fact withEvidence(Fact f, List<Span> ev, List<String> rules) {
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), f.qualifier(),
                f.range(), f.guidance(), f.changes(), ev, rules, f.conversion(), f.precision());
    }
}
