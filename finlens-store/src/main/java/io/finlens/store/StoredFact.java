package io.finlens.store;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stored fact with the document it came from. Values are exact, in base units; offsets are code points into the
 * document's text (the first evidence span; the contract JSON of the document holds all of them).
 *
 * @param tolerance half a unit of the last place the text states (1,284.6亿 → 5000000), or null
 * @param yoyPoints a year-on-year change in percentage points (ratio metrics), or null
 * @param rangeLow  the low end of a stated range (guidance of 80 to 82 billion), or null; {@code value} is then null
 * @param rangeHigh the high end of a stated range, or null
 * @param yoyLow    the low end of a year-on-year change stated as a range (up 20% to 25%), or null
 * @param yoyHigh   the high end of that range, or null
 */
public record StoredFact(String docId, String docName, String factId, String entity, String entityId, String metric,
                         String segment, String basis, String period, BigDecimal value, String unit, String qualifier,
                         boolean guidance, BigDecimal yoy, BigDecimal yoyPoints, BigDecimal qoq, int evidenceStart,
                         int evidenceEnd, String evidenceText, String rules, BigDecimal tolerance, BigDecimal rangeLow,
                         BigDecimal rangeHigh, BigDecimal yoyLow, BigDecimal yoyHigh) {
    public StoredFact {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        if ((rangeLow == null) != (rangeHigh == null)) throw new IllegalArgumentException("range of " + factId + " has one end: " + rangeLow + ".." + rangeHigh);
        if ((yoyLow == null) != (yoyHigh == null)) throw new IllegalArgumentException("yoy range of " + factId + " has one end: " + yoyLow + ".." + yoyHigh);
        if (evidenceStart < 0 || evidenceEnd < evidenceStart) throw new IllegalArgumentException("evidence span " + evidenceStart + ".." + evidenceEnd);
    }

    /** A fact without ranges (the store's rows before ranges were read, and tests). */
    public StoredFact(String docId, String docName, String factId, String entity, String entityId, String metric, String segment,
                      String basis, String period, BigDecimal value, String unit, String qualifier, boolean guidance, BigDecimal yoy,
                      BigDecimal yoyPoints, BigDecimal qoq, int evidenceStart, int evidenceEnd, String evidenceText, String rules,
                      BigDecimal tolerance) {
        this(docId, docName, factId, entity, entityId, metric, segment, basis, period, value, unit, qualifier, guidance, yoy, yoyPoints,
                qoq, evidenceStart, evidenceEnd, evidenceText, rules, tolerance, null, null, null, null);
    }

    /** What the fact states: {@code value}, {@code range} (low and high), or {@code change} (only a change, e.g. up 15%). */
    public String valueKind() {
        return value != null ? "value" : rangeLow != null ? "range" : "change";
    }

    /** The unit of the last place the text states (1,284.6亿 → 10000000: twice the tolerance), or null. */
    public BigDecimal precision() {
        return tolerance == null || tolerance.signum() == 0 ? null : tolerance.multiply(BigDecimal.TWO).stripTrailingZeros();
    }
}
