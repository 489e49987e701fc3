package io.finlens.model;

/** What a change is measured against: the same period a year ago, the previous quarter, the previous half. */
public enum ChangeBasis {
    YOY, QOQ, HOH;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
