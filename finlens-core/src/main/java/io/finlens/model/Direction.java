package io.finlens.model;

/** The direction a verb gives a figure or a change. */
public enum Direction {
    /** Rose, grew, 增长, 上升. */
    UP,
    /** Fell, declined, 下降, 减少. */
    DOWN,
    /** Flat, unchanged, 持平. */
    FLAT;

    /** {@return the contract's spelling: the name in lower case ({@code up})} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
