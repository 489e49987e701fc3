package io.finlens.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text: {@code text.substring(start, end)}
 * is what it points at.
 *
 * @param start the first index, at least 0
 * @param end   the index after the last, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {
    /** Checks the bounds; a negative start or an end before the start is a programming error. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** {@return the number of UTF-16 units covered} */
    public int length() {
        return end - start;
    }

    /**
     * {@return whether the two share at least one index}
     *
     * @param o another span
     */
    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    /**
     * {@return whether {@code o} lies wholly inside this span}
     *
     * @param o another span
     */
    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }

    /**
     * {@return the smallest span covering both}
     *
     * @param o another span
     */
    public Span union(Span o) {
        return new Span(Math.min(start, o.start), Math.max(end, o.end));
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
