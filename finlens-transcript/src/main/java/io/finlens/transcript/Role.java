package io.finlens.transcript;

import java.util.Locale;

/** What a speaker is on the call. */
public enum Role {
    /** Someone from the company: management, investor relations. */
    EXECUTIVE,
    /** Someone asking: a sell-side analyst, an investor, an unnamed questioner. */
    ANALYST,
    /** The call's operator or moderator, who passes the microphone. */
    OPERATOR;

    /** The contract's spelling: {@code executive}, {@code analyst}, {@code operator}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
