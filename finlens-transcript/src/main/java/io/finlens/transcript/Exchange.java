package io.finlens.transcript;

import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One analyst's time at the microphone: the question, every answer and every follow-up by the same analyst,
 * until the next analyst (or the operator) takes over.
 *
 * @param analyst       the analyst's name, or {@link #UNNAMED} when the text does not name them (有机构问及…)
 * @param firm          the broker's usual English name, the firm as written when unknown to the lexicon, or null
 * @param firmAsWritten the firm as the text writes it, or null
 * @param turns         the turns in text order, the first one the analyst's
 * @param topics        topic ids from {@code topics.tsv}, strongest first
 */
public record Exchange(String analyst, String firm, String firmAsWritten, List<Turn> turns, List<String> topics) {
    /** The analyst of a question the text does not attribute to anyone. */
    public static final String UNNAMED = "unnamed";
    /** The speaker of an answer the text does not attribute to anyone (答:, A:, Unidentified Company Representative). */
    public static final String MANAGEMENT = "management";

    public Exchange {
        Objects.requireNonNull(analyst, "analyst");
        if (analyst.isBlank()) throw new IllegalArgumentException("blank analyst");
        turns = List.copyOf(turns);
        topics = List.copyOf(topics);
        if (turns.isEmpty()) throw new IllegalArgumentException("exchange of " + analyst + " without turns");
        if (turns.get(0).role() != Role.ANALYST) {
            throw new IllegalArgumentException("exchange of " + analyst + " must open with the analyst's turn, not " + turns.get(0));
        }
        int end = 0;
        for (Turn t : turns) {
            if (t.role() == Role.OPERATOR) throw new IllegalArgumentException("operator turn inside an exchange: " + t);
            if (t.span().start() < end) throw new IllegalArgumentException("turns overlap or are out of order at " + t.span());
            end = t.span().end();
        }
        if (new HashSet<>(topics).size() != topics.size()) throw new IllegalArgumentException("repeated topic in " + topics);
        if (firmAsWritten != null && firm == null) throw new IllegalArgumentException("firm as written without a firm");
    }

    /** Who spoke, in order, consecutive turns of the same speaker merged. */
    public List<String> speakers() {
        List<String> out = new ArrayList<>();
        for (Turn t : turns) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(t.speaker())) out.add(t.speaker());
        }
        return out;
    }

    /** The opening question. */
    public Turn question() {
        return turns.get(0);
    }

    /** From the start of the question to the end of the last turn. */
    public Span span() {
        return new Span(turns.get(0).span().start(), turns.get(turns.size() - 1).span().end());
    }
}
