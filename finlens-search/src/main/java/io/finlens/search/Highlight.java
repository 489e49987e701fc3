package io.finlens.search;

/** A matched range, half-open, as UTF-16 offsets into the document's original text (not into the passage). */
public record Highlight(int start, int end) implements Comparable<Highlight> {
    public Highlight {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad highlight [" + start + ", " + end + ")");
    }

    @Override
    public int compareTo(Highlight o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
