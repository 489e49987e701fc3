package io.finlens.model;

/** A half-open range {@code [start, end)} of UTF-16 indices into a document's original text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }

    public Span union(Span o) {
        return new Span(Math.min(start, o.start), Math.max(end, o.end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
