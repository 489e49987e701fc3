package io.finlens.input;

import io.finlens.model.Issue;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A document as read: its kind, the plain text finlens analyzes (for HTML and PDF the extracted text, which
 * every evidence span points into), the character set or container it came from, and what could not be read.
 *
 * @param name    the file name or path the bytes came from (for messages)
 * @param kind    {@code text}, {@code markdown}, {@code html}, {@code pdf} or {@code docx}
 * @param text    the plain text; empty when nothing could be read (then {@link #issues()} says why)
 * @param charset the character set of a text or HTML document, or the container ({@code PDF}, {@code DOCX})
 * @param issues  what could not be read, each message naming the file
 */
public record ReadDocument(String name, String kind, String text, String charset, List<Issue> issues) {
    /** The kinds a reader can return. */
    public static final Set<String> KINDS = Set.of("text", "markdown", "html", "pdf", "docx");

    public ReadDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown kind: " + kind);
        issues = List.copyOf(issues);
    }

    /** Whether any text came out (an encrypted or image-only PDF, or junk, gives none). */
    public boolean hasText() {
        return !text.isBlank();
    }
}
