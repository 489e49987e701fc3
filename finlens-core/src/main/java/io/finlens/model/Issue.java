package io.finlens.model;

import java.util.Objects;

/** Something the pipeline could not read cleanly, with where it happened. Never an exception. */
public record Issue(Span span, String code, String message) {
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
