package io.finlens.fact;

import io.finlens.model.Quantity;
import java.util.regex.Pattern;

/**
 * {@code en.change.organic} for an adjusted figure: "Adjusted EBIT of $212 million was 6% lower than last year on a
 * comparable constant currency basis", "adjusted EPS of $1.12, up 6% in constant currency": the change is the
 * comparable (organic, constant currency) measure's, a twin with no figure, not the adjusted figure's own change
 * (which its table states on the reported exchange rates).
 */
final class EnComparableChange {
    /** The percent's comparison (optional), then the comparable basis. "adjusted basis" is the figure's own. */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^,?\\s*(?:(?:higher|lower|above|below|up|down)\\s+(?:than|from|versus|over)\\s+"
                    + "(?:last year|the prior year|a year ago|the prior period|the same period last year)\\s*,?\\s*)?"
                    + "(?:on\\s+an?\\s+|in\\s+)(?:organic|constant[- ]currency|organic\\s+constant[- ]currency"
                    + "|comparable(?:\\s+constant[- ]currency)?)(?:\\s+basis)?\\b");

    private EnComparableChange() {
    }

    /** Whether percent {@code q} is said to be measured on a comparable or constant currency basis right after it. */
    static boolean after(SentenceContext ctx, Quantity q) {
        return AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 90)).lookingAt();
    }
}
