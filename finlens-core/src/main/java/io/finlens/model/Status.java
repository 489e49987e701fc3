package io.finlens.model;

/** The verdict of a check. */
public enum Status {
    PASS, WARN, FAIL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
