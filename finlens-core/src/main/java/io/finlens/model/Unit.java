package io.finlens.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit: a dimension and, for money, its ISO 4217 currency.
 *
 * @param dimension what is measured
 * @param currency  the ISO 4217 code for money ({@code CNY}, {@code USD}), null for every other dimension
 */
public record Unit(Dimension dimension, @Nullable String currency) {
    /** A count of things. */
    public static final Unit COUNT = new Unit(Dimension.COUNT, null);
    /** A fraction. */
    public static final Unit RATIO = new Unit(Dimension.RATIO, null);
    /** Percentage points. */
    public static final Unit POINTS = new Unit(Dimension.POINTS, null);
    /** A bare number. */
    public static final Unit NUMBER = new Unit(Dimension.NUMBER, null);

    /** A currency is required for money and only for money, and must look like an ISO 4217 code. */
    public Unit {
        Objects.requireNonNull(dimension, "dimension");
        if ((dimension == Dimension.MONEY) != (currency != null)) {
            throw new IllegalArgumentException("currency is required for money and only for money: " + dimension + " " + currency);
        }
        if (currency != null && !isCurrencyCode(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }

    /**
     * {@return money in that currency}
     *
     * @param currency an ISO 4217 code
     */
    public static Unit money(String currency) {
        return new Unit(Dimension.MONEY, currency);
    }

    /** {@return whether this is an amount of money} */
    public boolean isMoney() {
        return dimension == Dimension.MONEY;
    }

    /** {@return the contract's spelling: a currency code, {@code count}, {@code ratio}, {@code points} or {@code number}} */
    public String code() {
        return switch (dimension) {
            case MONEY -> currency;
            case COUNT -> "count";
            case RATIO -> "ratio";
            case POINTS -> "points";
            case NUMBER -> "number";
        };
    }

    /** {@return {@link #code()}} */
    @Override
    public String toString() {
        return code();
    }

    /** Whether {@code c} looks like an ISO 4217 code, {@code [A-Z]{3}} (tested char by char: a unit is made for every figure). */
    public static boolean isCurrencyCode(String c) {
        if (c.length() != 3) return false;
        for (int i = 0; i < 3; i++) if (c.charAt(i) < 'A' || c.charAt(i) > 'Z') return false;
        return true;
    }
}
