package io.finlens.store;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stored fact with the document it came from. Values are exact, in base units; offsets are code points into the
 * document's text (the first evidence span; the contract JSON of the document holds all of them).
 *
 * @param tolerance half a unit of the last place the text states (1,284.6亿 → 5000000), or null
 * @param yoyPoints a year-on-year change in percentage points (ratio metrics), or null
 */
public record StoredFact(String docId, String docName, String factId, String entity, String entityId, String metric,
                         String segment, String basis, String period, BigDecimal value, String unit, String qualifier,
                         boolean guidance, BigDecimal yoy, BigDecimal yoyPoints, BigDecimal qoq, int evidenceStart,
                         int evidenceEnd, String evidenceText, String rules, BigDecimal tolerance) {
    public StoredFact {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        if (evidenceStart < 0 || evidenceEnd < evidenceStart) throw new IllegalArgumentException("evidence span " + evidenceStart + ".." + evidenceEnd);
    }
}
