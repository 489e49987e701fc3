package io.finlens.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One arithmetic check of a stored document, as the contract writes it. */
public record StoredCheck(String docId, String rule, String status, List<String> factIds, BigDecimal expected,
                          BigDecimal actual, String message) {
    public StoredCheck {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        factIds = List.copyOf(factIds);
        Objects.requireNonNull(message, "message");
    }
}
