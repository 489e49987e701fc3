package io.finlens.store;

import java.util.Objects;

/**
 * A document in the store: its id (content hash), the name it was given, what it is about, and how much was found.
 *
 * @param existed true when the store already held this content and nothing was analyzed again
 */
public record StoredDocument(String id, String name, String language, String title, String entity, String entityId,
                             String period, int chars, int facts, int checks, int exchanges, boolean existed) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        if (chars < 0 || facts < 0 || checks < 0 || exchanges < 0) throw new IllegalArgumentException("negative count in " + id);
    }

    StoredDocument asExisting() {
        return new StoredDocument(id, name, language, title, entity, entityId, period, chars, facts, checks, exchanges, true);
    }
}
