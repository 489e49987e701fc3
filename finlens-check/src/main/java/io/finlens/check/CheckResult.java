package io.finlens.check;

import io.finlens.model.Check;
import io.finlens.model.Issue;
import java.util.List;
import java.util.Objects;

/**
 * What the checks found in one document: the checks in a fixed order, the derived figures (computed, never
 * stated), the structure the sums were checked along, and issues (a rule that could not run on these facts).
 */
public record CheckResult(List<Check> checks, List<Derived> derived, Structure structure, List<Issue> issues) {
    public CheckResult {
        checks = List.copyOf(checks);
        derived = List.copyOf(derived);
        Objects.requireNonNull(structure, "structure");
        issues = List.copyOf(issues);
    }
}
