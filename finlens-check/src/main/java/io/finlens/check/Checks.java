package io.finlens.check;

import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Span;
import io.finlens.text.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The checks over the facts of one document: does it add up?
 *
 * <pre>{@code
 * CheckResult r = Checks.standard().run(facts, originalText);   // facts with evidence in original coordinates
 * r.checks();     // segments_sum, bridge, margin, growth_implied, consistency, beat_miss: pass / warn / fail
 * r.derived();    // figures the text implies but does not state, computed, never facts
 * r.structure();  // which facts are parts of which, and the rule that said so
 * }</pre>
 *
 * Checks come in rule order, then by where their first fact is first stated; derived figures likewise. The same
 * facts and text give the same result, byte for byte. Text never makes it throw: a rule that cannot run on some
 * facts leaves an {@link Issue}. Bad arguments (null, two facts with one id, evidence outside the text) fail at
 * once.
 */
public final class Checks {
    private final Vocabulary vocab;
    private final StructureInference structure = new StructureInference();
    private final List<CheckRule> rules;
    private final List<String> ruleIds;

    private Checks(Vocabulary vocab, List<CheckRule> rules) {
        this.vocab = vocab;
        this.rules = List.copyOf(rules);
        this.ruleIds = this.rules.stream().map(CheckRule::id).distinct().toList();
    }

    /** The standard rules, in their order. */
    public static Checks standard() {
        return new Checks(Vocabulary.standard(), List.of(new SegmentsSum(), new BridgeRule(), new NetAddsBridge(), new MarginRule(), new GrowthImplied(),
                new Consistency(), new ConversionRate(), new BeatMiss()));
    }

    /** The rule ids checks carry, in the order checks are listed. */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /**
     * Runs every rule over one document.
     *
     * @param facts        the document's facts, their evidence in UTF-16 offsets into {@code originalText}
     * @param originalText the document text exactly as read
     */
    public CheckResult run(List<Fact> facts, String originalText) {
        Objects.requireNonNull(originalText, "originalText");
        return run(facts, Document.of(originalText));
    }

    /**
     * Runs every rule over one document, reading its paragraphs and sentences as the document has them.
     *
     * @param facts    the document's facts, their evidence in UTF-16 offsets into {@code document.original()}
     * @param document the document the facts were read from
     */
    public CheckResult run(List<Fact> facts, Document document) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(document, "document");
        for (Fact f : facts) Objects.requireNonNull(f, "a fact in facts");
        Doc doc = new Doc(facts, document, vocab);
        List<Issue> issues = new ArrayList<>();
        Structure s;
        try {
            s = structure.infer(doc);
        } catch (RuntimeException e) {
            s = Structure.EMPTY;
            issues.add(new Issue(new Span(0, 0), "check.structure-failed", "structure inference stopped: " + e));
        }
        Run run = new Run(doc, s);
        for (CheckRule r : rules) {
            int checks = run.checks.size(), derived = run.derived.size();
            try {
                r.apply(run);
            } catch (RuntimeException e) {
                // keep what the other rules found; drop this rule's partial output
                run.checks.subList(checks, run.checks.size()).clear();
                run.derived.subList(derived, run.derived.size()).clear();
                issues.add(new Issue(new Span(0, 0), "check.rule-failed", r.id() + " stopped: " + e));
            }
        }
        List<String> order = ruleIds();
        List<Check> checks = new ArrayList<>(run.checks);
        checks.sort(Comparator.comparingInt((Check c) -> order.indexOf(c.rule()))
                .thenComparingInt(c -> position(doc, c.factIds()))
                .thenComparing(c -> String.join(",", c.factIds()))
                .thenComparing(Check::message));
        List<Derived> derived = new ArrayList<>(run.derived);
        derived.sort(Comparator.comparing(Derived::rule)
                .thenComparingInt(d -> position(doc, d.factIds()))
                .thenComparing(Derived::metric)
                .thenComparing(d -> d.period().id())
                .thenComparing(d -> String.valueOf(d.segment()))
                .thenComparing(d -> String.valueOf(d.basis())));
        return new CheckResult(checks, derived, s, issues);
    }

    private static int position(Doc doc, List<String> ids) {
        return ids.isEmpty() ? Integer.MAX_VALUE : Doc.firstPosition(doc.fact(ids.get(0)));
    }
}
