package io.finlens.transcript;

import io.finlens.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One speaker's turn at the microphone.
 *
 * @param speaker the speaker's name as in {@link Participant#name()}, or {@link Exchange#UNNAMED}
 * @param role    executive or analyst (operators and moderation are left out of exchanges)
 * @param span    the turn in the original text, speaker label included, half-open UTF-16 indices
 * @param words   the words said, without the speaker label: a span inside {@code span}
 * @param parts   the sub-questions of a question (第一个问题…第二个问题; first… second…), each a span inside
 *                {@code span}, in order; empty when the turn is not cut into parts
 */
public record Turn(String speaker, Role role, Span span, Span words, List<Span> parts) {
    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
        if (speaker.isBlank()) throw new IllegalArgumentException("blank speaker");
        Objects.requireNonNull(words, "words");
        if (span.length() == 0) throw new IllegalArgumentException("empty turn of " + speaker + " at " + span);
        if (!span.contains(words)) throw new IllegalArgumentException("words " + words + " outside turn " + span);
        parts = List.copyOf(parts == null ? List.of() : parts);
        int end = span.start();
        for (Span p : parts) {
            if (!words.contains(p) || p.length() == 0 || p.start() < end) {
                throw new IllegalArgumentException("part " + p + " of turn " + span + " is empty, outside it or out of order");
            }
            end = p.end();
        }
    }

    /** A turn without a separate label and without parts. */
    public Turn(String speaker, Role role, Span span) {
        this(speaker, role, span, span, List.of());
    }
}
