package io.finlens.model;

/** How exact a stated figure is; absent (null) for an exact figure. */
public enum Qualifier {
    ABOUT, OVER, UNDER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
