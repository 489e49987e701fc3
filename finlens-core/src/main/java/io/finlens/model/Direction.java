package io.finlens.model;

/** The direction a verb gives a figure or a change. */
public enum Direction {
    UP, DOWN, FLAT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
