package io.finlens.model;

import java.math.BigDecimal;

/**
 * How precisely a figure was stated: {@code 693.2亿} has scale exponent 8 and 1 decimal, so it is known
 * to within half of 10^7. Checks derive their tolerance from this.
 */
public record Precision(int scaleExponent, int decimals) {
    public static final Precision EXACT = new Precision(0, 0);

    public Precision {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals < 0: " + decimals);
        }
    }

    /** Half a unit in the last stated place, in base units. */
    public BigDecimal halfUnit() {
        return BigDecimal.ONE.scaleByPowerOfTen(scaleExponent - decimals).divide(BigDecimal.valueOf(2));
    }
}
