package io.finlens.model;

/** What a change is measured against: the same period a year ago, the previous quarter, the previous half. */
public enum ChangeBasis {
    /** Year over year. */
    YOY,
    /** Quarter over quarter. */
    QOQ,
    /** Half over half. */
    HOH;

    /** {@return the contract's spelling: the name in lower case ({@code yoy})} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
