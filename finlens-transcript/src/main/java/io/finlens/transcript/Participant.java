package io.finlens.transcript;

import java.util.List;
import java.util.Objects;

/**
 * One person on the call, as the roster or the speaker labels name them.
 *
 * @param name          the name used for the person throughout the transcript (a Chinese name when one is given)
 * @param role          executive, analyst or operator
 * @param title         the job title as written (总裁, Chief Financial Officer), or null
 * @param firm          an analyst's broker under its usual English name (Jefferies), or the firm as written when the
 *                      broker lexicon does not know it; null for executives and for analysts without a firm
 * @param firmAsWritten the firm as the text writes it (杰弗瑞, Jefferies LLC, Research Division), or null
 * @param aliases       other names of the same person (the English name given in brackets after a Chinese one)
 */
public record Participant(String name, Role role, String title, String firm, String firmAsWritten, List<String> aliases) {
    public Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) throw new IllegalArgumentException("blank participant name");
        if (title != null && title.isBlank()) throw new IllegalArgumentException("blank title of " + name + ": use null");
        if (firm != null && firm.isBlank()) throw new IllegalArgumentException("blank firm of " + name + ": use null");
        if (firmAsWritten != null && firm == null) {
            throw new IllegalArgumentException("firm as written '" + firmAsWritten + "' without a firm for " + name);
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        if (aliases.contains(name)) throw new IllegalArgumentException(name + " is listed as its own alias");
    }
}
