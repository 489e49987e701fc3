package io.finlens.store;

import java.util.List;
import java.util.Objects;

/**
 * Everything stored for one document.
 *
 * @param contractJson exactly what {@code finlens analyze --format json NAME} prints for it
 * @param transcriptJson the contract's {@code transcript} object as JSON ({@code null} as JSON when there is no call)
 */
public record DocumentDetail(StoredDocument document, String text, String contractJson, List<StoredFact> facts,
                             List<StoredCheck> checks, String transcriptJson) {
    public DocumentDetail {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contractJson, "contractJson");
        facts = List.copyOf(facts);
        checks = List.copyOf(checks);
        Objects.requireNonNull(transcriptJson, "transcriptJson");
    }
}
