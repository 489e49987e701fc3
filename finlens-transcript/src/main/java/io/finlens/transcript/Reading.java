package io.finlens.transcript;

import java.util.List;
import java.util.Objects;

/**
 * What a layout read from a document: its roster and the speeches, in order.
 *
 * @param layout   the layout's id
 * @param roster   everyone found
 * @param speeches every speech, prepared remarks included
 * @param qaStart  the index of the first speech of the Q&amp;A (0 when the layout has no separate Q&amp;A section)
 * @param strong   whether the layout's own markers (participants blocks, section headings) say this is a call, so it
 *                 is a transcript even without questions
 */
record Reading(String layout, Roster roster, List<Speech> speeches, int qaStart, boolean strong) {
    Reading {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(roster, "roster");
        speeches = List.copyOf(speeches);
        if (qaStart < 0 || qaStart > speeches.size()) throw new IllegalArgumentException("qaStart " + qaStart);
    }
}
