package io.finlens.model;

import java.math.BigDecimal;

/**
 * How precisely a figure was stated: {@code 693.2亿} has scale exponent 8 and 1 decimal, so it is known
 * to within half of 10^7. Checks derive their tolerance from this.
 *
 * @param scaleExponent the power of ten of the stated scale (8 for 亿, 6 for million, 0 for a bare number)
 * @param decimals      the number of decimals written, at least 0
 */
public record Precision(int scaleExponent, int decimals) {
    /** A whole number in base units: {@code 1200}. */
    public static final Precision EXACT = new Precision(0, 0);

    /** Decimals cannot be negative. */
    public Precision {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals < 0: " + decimals);
        }
    }

    /** {@return half a unit in the last stated place, in base units} */
    public BigDecimal halfUnit() {
        return BigDecimal.ONE.scaleByPowerOfTen(scaleExponent - decimals).divide(BigDecimal.valueOf(2));
    }
}
