package io.finlens.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the pipeline could not read cleanly, with where it happened. Never an exception.
 *
 * @param span    where in the text, or null when the issue concerns the whole document
 * @param code    a stable dotted code ({@code decode.replaced}, {@code fact.failed}, ...)
 * @param message what happened, in words
 */
public record Issue(@Nullable Span span, String code, String message) {
    /** Code and message are required. */
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
