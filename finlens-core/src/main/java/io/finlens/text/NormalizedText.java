package io.finlens.text;

import io.finlens.model.Span;
import java.util.Objects;

/**
 * The text the rules read, made once from the original: full-width forms folded to ASCII, Markdown
 * decoration dropped, spaces inside Chinese figures removed. {@link #toOriginal(Span)} maps any span of it
 * back into the original text, which is what every output reports.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOrig;

    NormalizedText(String original, String text, int[] toOrig) {
        this.original = Objects.requireNonNull(original);
        this.text = Objects.requireNonNull(text);
        if (toOrig.length != text.length()) throw new IllegalArgumentException("offset map length");
        this.toOrig = toOrig;
    }

    /** The identity normalization, for callers that already hold clean text. */
    public static NormalizedText identity(String text) {
        int[] m = new int[text.length()];
        for (int i = 0; i < m.length; i++) m[i] = i;
        return new NormalizedText(text, text, m);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original index of normalized character {@code i}. */
    public int originalIndex(int i) {
        return toOrig[i];
    }

    /** The first normalized index whose character comes from {@code originalPos} or later (the text's length if none). */
    public int normalizedIndex(int originalPos) {
        int lo = 0, hi = toOrig.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOrig[mid] < originalPos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The original span covering normalized characters {@code [s.start, s.end)}. */
    public Span toOriginal(Span s) {
        if (s.end() > text.length()) throw new IndexOutOfBoundsException(s + " beyond " + text.length());
        if (s.length() == 0) {
            int o = s.start() < toOrig.length ? toOrig[s.start()] : original.length();
            return new Span(o, o);
        }
        return new Span(toOrig[s.start()], toOrig[s.end() - 1] + 1);
    }

    /**
     * The part of this normalization that comes from the original range {@code [originalStart, originalEnd)}: its
     * original is that substring, its text the normalized characters made from it, its offsets relative to the range.
     * A reader that looks at a part of a document (a line, a speech) takes it from the document's one normalization
     * instead of normalizing the substring again, so every part reads the text the same way the whole does: a line
     * wrapped inside a sentence is joined where the whole document joins it, whatever part it is read from.
     *
     * @throws IllegalArgumentException when the range is not inside the original or ends before it starts
     */
    public NormalizedText slice(int originalStart, int originalEnd) {
        if (originalStart < 0 || originalStart > original.length()) {
            throw new IllegalArgumentException("slice start " + originalStart + " outside the original [0, " + original.length() + "]");
        }
        if (originalEnd < originalStart || originalEnd > original.length()) {
            throw new IllegalArgumentException("slice end " + originalEnd + " outside [" + originalStart + ", " + original.length() + "]");
        }
        if (originalStart == 0 && originalEnd == original.length()) return this;
        int from = normalizedIndex(originalStart);
        int to = normalizedIndex(originalEnd);
        int[] m = new int[to - from];
        for (int k = 0; k < m.length; k++) m[k] = toOrig[from + k] - originalStart;
        return new NormalizedText(original.substring(originalStart, originalEnd), text.substring(from, to), m);
    }

    /** The original text under a normalized span. */
    public String originalSlice(Span normalized) {
        Span o = toOriginal(normalized);
        return original.substring(o.start(), o.end());
    }
}
