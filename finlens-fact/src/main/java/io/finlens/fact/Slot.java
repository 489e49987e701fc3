package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A metric mention in a sentence and what the linker has claimed for it so far: value, changes, period, basis,
 * guidance, the evidence and the ids of the rules that made it. {@link FactBuilding} turns it into a fact.
 */
final class Slot {
    final int start, end;
    final FactLexicon.Metric metric;
    final String segment;
    String basis;
    Quantity value;
    final List<Change> changes = new ArrayList<>();
    final List<Span> evidence = new ArrayList<>();
    final List<String> rules = new ArrayList<>();
    Period period;
    boolean guidance;
    boolean negative;
    boolean fromTo;
    Quantity conversion;
    int lastEnd;
    boolean combined;
    /** The company the figure is about when the mention's own words name another one (招行的分红率), else null. */
    String entity;
    /** The first item of the list this mention is a later item of (营收、经营利润分别…), or null. */
    Slot listHead;
    /** The first item of the list this mention belongs to, kept after 分别 hands out figures; null if in no list. */
    Slot group;

    Slot(int start, int end, FactLexicon.Metric metric, String segment, String basis) {
        this.start = start;
        this.end = end;
        this.metric = metric;
        this.segment = segment;
        this.basis = basis;
        this.lastEnd = end;
    }
}
