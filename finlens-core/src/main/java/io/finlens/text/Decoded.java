package io.finlens.text;

import io.finlens.model.Issue;
import java.util.List;

/** Text decoded from bytes: the text exactly as read (BOM removed), the charset found, and any issue. */
public record Decoded(String text, String charset, List<Issue> issues) {
    public Decoded {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(charset, "charset");
        issues = List.copyOf(issues);
    }
}
