package io.finlens.analysis;

import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.text.Document;
import io.finlens.text.Language;
import io.finlens.text.NormalizedText;
import io.finlens.transcript.Transcript;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything finlens found in one document. Spans in {@link #quantities()} are in normalized coordinates
 * (see {@link #text()}); spans in facts are already mapped into the original text. {@link #transcript()} is the
 * earnings call the document holds (spans in the original text), or null when it holds none.
 *
 * @param path       the name the caller gave the document (reported as is, never opened)
 * @param language   the document's language
 * @param charset    how its bytes were read: a character set, {@code PDF}, {@code DOCX}, or {@code UTF-16} for a string
 * @param document   the document as read once: the original text, its normalized form with the offset map between them,
 *                   and its layout (headings, sections, paragraphs, sentences) that every stage read
 * @param title      the first non-blank line, without Markdown heading marks
 * @param entity     the company the document reports on, as the document writes it
 * @param period     the document's own period (the quarter or year it reports)
 * @param quantities every figure found, in text order (normalized coordinates)
 * @param facts      the facts, ids {@code F1}, {@code F2}, ... (spans in the original text)
 * @param checks     the arithmetic checks over the facts
 * @param issues     what could not be read cleanly; empty for a clean document
 * @param transcript the earnings call the document holds, or null
 * @param derived    figures the checks derived from stated ones (a margin from profit and revenue, ...)
 */
public record Analysis(String path, Language language, String charset, Document document, String title, String entity,
                       Period period, List<Quantity> quantities, List<Fact> facts, List<Check> checks, List<Issue> issues,
                       @Nullable Transcript transcript, List<io.finlens.check.Derived> derived) {
    /** Path, language, text and period are required; the lists are copied. */
    public Analysis {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(period, "period");
        quantities = List.copyOf(quantities);
        facts = List.copyOf(facts);
        checks = List.copyOf(checks);
        issues = List.copyOf(issues);
        derived = List.copyOf(derived);
    }

    /** {@return the original text and its normalized form, with the offset map between them} */
    public NormalizedText text() {
        return document.text();
    }

    /** {@return the original text as read (BOM removed): every fact's evidence span points into it} */
    public String original() {
        return document.original();
    }
}
