package io.finlens.check;

import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One run of the rules over one document: what they read and what they add. */
final class Run {
    final Doc doc;
    final Structure structure;
    final List<Check> checks = new ArrayList<>();
    final List<Derived> derived = new ArrayList<>();

    Run(Doc doc, Structure structure) {
        this.doc = doc;
        this.structure = structure;
    }

    void check(String rule, Status status, List<Fact> facts, BigDecimal expected, BigDecimal actual, String message) {
        List<String> ids = new ArrayList<>();
        for (Fact f : facts) if (!ids.contains(f.id())) ids.add(f.id());
        checks.add(new Check(rule, status, ids, expected, actual, message));
    }
}
