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

    /** The original text under a normalized span. */
    public String originalSlice(Span normalized) {
        Span o = toOriginal(normalized);
        return original.substring(o.start(), o.end());
    }
}
