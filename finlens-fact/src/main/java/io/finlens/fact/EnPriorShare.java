package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import java.util.regex.Pattern;

/**
 * Rule {@code en.fact.prior-share}: "Digital sales were 27% of total revenue compared to 12% in the third quarter of
 * fiscal 2023": after a line's stated share, the share it is compared with is the same ratio for the period named after
 * it (kept only when that period differs from the current one).
 */
final class EnPriorShare {
    /** Between the share and the compared one: " of total revenue, compared to ", " of sales versus ". */
    private static final Pattern BETWEEN = Pattern.compile(
            "^ of [^,.;%$\\d]{1,40}?,? (?:compared (?:to|with)|versus|vs\\.?|up from|down from) (?:approximately |about |roughly |nearly |just )?$");

    private EnPriorShare() {
    }

    /** The percent compared with share {@code q}, or null. */
    static Quantity after(SentenceContext ctx, Quantity q) {
        for (Quantity o : ctx.qs) {
            if (o.span().start() <= q.span().end() || o.span().start() > q.span().end() + 70) continue;
            if (o.unit().dimension() != Dimension.RATIO || o.value() == null || o.direction() != null) return null;
            if (ctx.consumed.contains(o)) return null;
            return BETWEEN.matcher(ctx.text.substring(q.span().end(), o.span().start())).matches() ? o : null;
        }
        return null;
    }
}
