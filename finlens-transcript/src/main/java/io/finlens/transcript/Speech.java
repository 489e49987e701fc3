package io.finlens.transcript;

import io.finlens.model.Span;
import java.util.Objects;

/**
 * One speaker's uninterrupted speech as a layout reads it, before exchanges are formed.
 *
 * @param speaker     the person's name as in the roster, or {@link Exchange#UNNAMED}
 * @param role        executive, analyst or operator
 * @param span        label and words, in the original text
 * @param body        the words only (after the label), in the original text
 * @param firmWritten the firm the label gives (杰弗瑞 in 杰弗瑞分析师Thomas Chong), or null
 * @param followUp    an unnamed questioner's follow-up (该机构追问), which stays in the current exchange
 * @param rule        the id of the rule that recognized the speaker
 */
record Speech(String speaker, Role role, Span span, Span body, String firmWritten, boolean followUp, String rule) {
    Speech {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rule, "rule");
        if (!span.contains(body)) throw new IllegalArgumentException("body " + body + " outside speech " + span);
    }

    /** Collects a speech line by line while a layout reads it. */
    static final class Builder {
        final String speaker;
        final Role role;
        final int start;
        final int bodyStart;
        int end;
        final String firmWritten;
        final boolean followUp;
        final String rule;

        Builder(String speaker, Role role, int start, int bodyStart, int end, String firmWritten, boolean followUp, String rule) {
            this.speaker = speaker;
            this.role = role;
            this.start = start;
            this.bodyStart = bodyStart;
            this.end = end;
            this.firmWritten = firmWritten;
            this.followUp = followUp;
            this.rule = rule;
        }

        void extend(int to) {
            if (to > end) end = to;
        }

        Speech build() {
            return new Speech(speaker, role, new Span(start, end), new Span(Math.min(bodyStart, end), end), firmWritten, followUp, rule);
        }
    }
}
