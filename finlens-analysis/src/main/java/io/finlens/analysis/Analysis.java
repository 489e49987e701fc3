package io.finlens.analysis;

import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.text.Language;
import io.finlens.text.NormalizedText;
import io.finlens.transcript.Transcript;
import java.util.List;
import java.util.Objects;

/**
 * Everything finlens found in one document. Spans in {@link #quantities()} are in normalized coordinates
 * (see {@link #text()}); spans in facts are already mapped into the original text. {@link #transcript()} is the
 * earnings call the document holds (spans in the original text), or null when it holds none.
 */
public record Analysis(String path, Language language, String charset, NormalizedText text, String title, String entity,
                       Period period, List<Quantity> quantities, List<Fact> facts, List<Check> checks, List<Issue> issues,
                       Transcript transcript, List<io.finlens.check.Derived> derived) {
    public Analysis {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(period, "period");
        quantities = List.copyOf(quantities);
        facts = List.copyOf(facts);
        checks = List.copyOf(checks);
        issues = List.copyOf(issues);
        derived = List.copyOf(derived);
    }

    /** The original text as read (BOM removed). */
    public String original() {
        return text.original();
    }
}
