package io.finlens.text;

/**
 * A paragraph of a {@link Document}: half-open offsets into its normalized text, its place among the paragraphs, and
 * whether it is a bullet item. A line of decoration only (an image between paragraphs) is an empty paragraph: nothing of
 * it is in the normalized text, but it still separates the paragraphs around it (a chart between two paragraphs ends a
 * list the paragraphs before it make).
 *
 * @param index  its place, 0 for the first
 * @param start  where its first non-blank character is
 * @param end    just after its last non-blank character
 * @param bullet whether it is a bullet item ({@code - }, {@code * }, {@code •} ...)
 */
public record Paragraph(int index, int start, int end, boolean bullet) {
    public Paragraph {
        if (index < 0) throw new IllegalArgumentException("paragraph index " + index);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad paragraph span " + start + ".." + end);
    }
}
