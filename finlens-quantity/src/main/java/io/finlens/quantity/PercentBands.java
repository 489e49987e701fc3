package io.finlens.quantity;

import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code en.percent.band-words}: reads a percentage said as a band of its tens, "in the mid-teens", "low single
 * digits", "mid- to high-single-digit", as an approximate range (mid-teens: 14% to 16%).
 */
final class PercentBands {
    private static final Pattern PERCENT_BAND = Pattern.compile(
            "(?i)(low|mid|high)(?:-? to[- ](low|mid|high))?[- ](single[- ]digits?|teens|twenties|thirties)(?: percent| ?%)?\\b");

    private PercentBands() {
    }

    /** The band starting at {@code i}, or null. */
    static Quantity read(String s, int i) {
        Matcher m = PERCENT_BAND.matcher(s);
        m.region(i, Math.min(s.length(), i + 40));
        if (!m.lookingAt()) return null;
        String decade = m.group(3).toLowerCase(Locale.ROOT);
        int base = decade.startsWith("single") ? 0 : decade.equals("teens") ? 10 : decade.equals("twenties") ? 20 : 30;
        int low = base + bandLow(m.group(1));
        int high = base + bandLow(m.group(2) != null ? m.group(2) : m.group(1)) + 2;
        BigDecimal lo = BigDecimal.valueOf(low).movePointLeft(2), hi = BigDecimal.valueOf(high).movePointLeft(2);
        return new Quantity(new Span(m.start(), m.end()), null, Unit.RATIO, Qualifier.ABOUT, new Range(lo, hi),
                new Precision(-2, 0), null, false, true, false, "en.percent.band-words");
    }

    private static int bandLow(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "low" -> 1;
            case "mid" -> 4;
            default -> 7;
        };
    }
}
