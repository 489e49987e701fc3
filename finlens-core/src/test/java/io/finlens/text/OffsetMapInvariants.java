package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Span;

/** The offset-map contract of {@link NormalizedText}, shared by the example and property tests. */
final class OffsetMapInvariants {
    private OffsetMapInvariants() {
    }

    /** Whether the original character {@code o} may appear as {@code n} in the normalized text. */
    static boolean foldsTo(char o, char n) {
        if (Normalizer.fold(o) == n) return true;
        // a kept run of spaces is one ASCII space mapped to the first space of the run (a tab, NBSP...);
        // a line wrapped between two Latin words or numbers becomes one space too (Model\n3/Y)
        return n == ' ' && (Chars.isSpace(o) || o == '\n');
    }

    /** The ASCII digits in {@code s} after folding full-width digits. */
    static String digits(CharSequence s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = Normalizer.fold(s.charAt(i));
            if (Chars.isDigit(c)) b.append(c);
        }
        return b.toString();
    }

    static void check(String original, NormalizedText t) {
        checkMap(original, t);
        checkSpans(original, t, Integer.MAX_VALUE);
    }

    /** Every normalized character maps to an original one that folds to it, in strictly increasing order. */
    static void checkMap(String original, NormalizedText t) {
        assertThat(t.original()).isEqualTo(original);
        String text = t.text();
        assertThat(text.length()).isLessThanOrEqualTo(original.length());
        int prev = -1;
        for (int i = 0; i < text.length(); i++) {
            int o = t.originalIndex(i);
            assertThat(o).as("originalIndex(%d) of %s", i, quote(text)).isBetween(0, original.length() - 1);
            assertThat(o).as("map strictly increasing at %d in %s", i, quote(text)).isGreaterThan(prev);
            prev = o;
            char oc = original.charAt(o);
            char nc = text.charAt(i);
            assertThat(foldsTo(oc, nc))
                    .as("normalized[%d]=%s comes from original[%d]=%s in %s", i, quote(nc), o, quote(oc), quote(original))
                    .isTrue();
        }
    }

    /**
     * Every span maps to a span inside the original; a span without a line break holds the same digits in
     * both texts, unless the slice spans a Markdown image that normalization dropped (its URL may hold digits).
     * Spans longer than {@code maxLength} are skipped to bound the work.
     */
    static void checkSpans(String original, NormalizedText t, int maxLength) {
        String text = t.text();
        for (int s = 0; s <= text.length(); s++) {
            for (int e = s; e <= text.length() && e - s <= maxLength; e++) {
                Span span = new Span(s, e);
                Span o = t.toOriginal(span);
                assertThat(o.start()).as("toOriginal(%s).start", span).isBetween(0, original.length());
                assertThat(o.end()).as("toOriginal(%s).end", span).isBetween(o.start(), original.length());
                if (e > s) {
                    assertThat(o.length()).as("toOriginal(%s) of a non-empty span is non-empty", span).isPositive();
                }
                String norm = text.substring(s, e);
                String slice = t.originalSlice(span);
                if (norm.indexOf('\n') < 0 && !slice.contains("![")) {
                    assertThat(digits(slice))
                            .as("digits of original slice %s for normalized %s", quote(slice), quote(norm))
                            .isEqualTo(digits(norm));
                }
            }
        }
    }

    private static String quote(Object o) {
        return "\"" + String.valueOf(o).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
