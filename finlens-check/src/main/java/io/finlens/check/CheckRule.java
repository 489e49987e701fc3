package io.finlens.check;

/** One named check over the facts of a document; it adds checks (and derived figures) to the run. */
interface CheckRule {
    /** The rule id checks carry: {@code segments_sum}, {@code bridge}, ... */
    String id();

    void apply(Run run);
}
