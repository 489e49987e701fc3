package io.finlens.model;

/** How exact a stated figure is; absent (null) for an exact figure. */
public enum Qualifier {
    /** About, approximately, 约, 近. */
    ABOUT,
    /** Over, more than, 超过, 逾. */
    OVER,
    /** Under, less than, 不足, 低于. */
    UNDER;

    /** {@return the contract's spelling: the name in lower case ({@code about})} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
