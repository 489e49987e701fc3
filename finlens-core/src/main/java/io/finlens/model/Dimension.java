package io.finlens.model;

/** What a quantity measures. */
public enum Dimension {
    /** An amount of money; {@link Unit#currency()} names the ISO 4217 code. */
    MONEY,
    /** A count of things (users, vehicles, people, shares). */
    COUNT,
    /** A fraction: 13% is 0.13. */
    RATIO,
    /** A difference of percentages, in percentage points: 25 bps is 0.25. */
    POINTS,
    /** A bare number with no unit of its own. */
    NUMBER
}
