package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code en.change.signed-band}: "comparable sales in the range of down 3% to up 2%": two percents each with its own
 * sign word are one band from the first (signed) to the second, read as one quantity from the first sign word on.
 */
final class EnSignedBands {
    private static final Pattern SIGN_BEFORE = Pattern.compile("(?i)\\b(up|down|plus|minus|positive|negative)\\s+$");
    private static final Pattern SIGN_BETWEEN = Pattern.compile("(?i)^\\s+to\\s+(up|down|plus|minus|positive|negative|flat)\\s+$");

    private EnSignedBands() {
    }

    /** Replaces, in the sentence's quantities, each pair of signed percents joined by "to" with their band. */
    static void join(SentenceContext ctx) {
        for (int i = 0; i + 1 < ctx.qs.size(); i++) {
            Quantity a = ctx.qs.get(i), b = ctx.qs.get(i + 1);
            if (!percent(a) || !percent(b) || a.span().end() > b.span().start()) continue;
            Matcher first = SIGN_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), a.span().start() - 12), a.span().start());
            Matcher second = SIGN_BETWEEN.matcher(ctx.text.substring(a.span().end(), b.span().start()));
            if (!first.find() || !second.matches()) continue;
            BigDecimal low = signed(first.group(1), a.value()), high = signed(second.group(1), b.value());
            if (low.compareTo(high) > 0) continue;
            Quantity band = new Quantity(new Span(first.start(1), b.span().end()), null, a.unit(), a.qualifier(), new Range(low, high),
                    b.precision(), null, false, false, false, "en.change.signed-band");
            ctx.qs.set(i, band);
            ctx.qs.remove(i + 1);
        }
    }

    private static boolean percent(Quantity q) {
        return q.unit().dimension() == Dimension.RATIO && q.value() != null && q.range() == null;
    }

    private static BigDecimal signed(String word, BigDecimal v) {
        return Regex.matches(word, "(?i)down|minus|negative") ? v.negate() : v;
    }
}
