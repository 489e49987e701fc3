package io.finlens.model;

import java.util.Objects;

/** A unit: a dimension and, for money, its ISO 4217 currency. */
public record Unit(Dimension dimension, String currency) {
    public static final Unit COUNT = new Unit(Dimension.COUNT, null);
    public static final Unit RATIO = new Unit(Dimension.RATIO, null);
    public static final Unit POINTS = new Unit(Dimension.POINTS, null);
    public static final Unit NUMBER = new Unit(Dimension.NUMBER, null);

    public Unit {
        Objects.requireNonNull(dimension, "dimension");
        if ((dimension == Dimension.MONEY) != (currency != null)) {
            throw new IllegalArgumentException("currency is required for money and only for money: " + dimension + " " + currency);
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }

    public static Unit money(String currency) {
        return new Unit(Dimension.MONEY, currency);
    }

    public boolean isMoney() {
        return dimension == Dimension.MONEY;
    }

    /** The contract's spelling: a currency code, {@code count}, {@code ratio}, {@code points} or {@code number}. */
    public String code() {
        return switch (dimension) {
            case MONEY -> currency;
            case COUNT -> "count";
            case RATIO -> "ratio";
            case POINTS -> "points";
            case NUMBER -> "number";
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
