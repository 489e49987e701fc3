package io.finlens.model;

/** The verdict of a check. */
public enum Status {
    /** The figures agree within their stated precision. */
    PASS,
    /** They almost agree, or the check could not be completed. */
    WARN,
    /** They disagree. */
    FAIL;

    /** {@return the contract's spelling: the name in lower case ({@code pass})} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
