package io.finlens.transcript;

import java.util.List;
import java.util.Objects;

/**
 * An earnings call as read from a document: who was on it and who asked what.
 *
 * @param participants the roster: executives, analysts and the operator, in the order the document introduces them
 * @param exchanges    the Q&amp;A, one exchange per analyst's time at the microphone, in text order; empty for a call
 *                     without questions
 * @param layout       the id of the layout the call was read as ({@code streetevents}, {@code dash-headers},
 *                     {@code labels}), so every transcript says how it was found
 */
public record Transcript(List<Participant> participants, List<Exchange> exchanges, String layout) {
    public Transcript {
        participants = List.copyOf(participants);
        exchanges = List.copyOf(exchanges);
        Objects.requireNonNull(layout, "layout");
    }

    public Transcript(List<Participant> participants, List<Exchange> exchanges) {
        this(participants, exchanges, "unknown");
    }
}
