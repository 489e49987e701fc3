package io.finlens.fact;

import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import java.util.regex.Pattern;

/**
 * {@code en.quantity.loss-band}: "EBITDA to be between a loss of $14 million and a loss of $9 million", "in the range of
 * a loss of $22 million to a loss of $18 million": two losses joined by "and" / "to" are one band of losses, read as one
 * quantity marked as a loss (so the band is negative: -14 to -9 million).
 */
final class EnLossBands {
    private static final Pattern LOSS_BEFORE = Pattern.compile("(?i)\\bloss of (?:approximately |about |roughly )?$");
    private static final Pattern LOSS_BETWEEN = Pattern.compile(
            "(?i)^ (?:and|to) (?:a )?(?:net )?loss of (?:approximately |about |roughly )?$");

    private EnLossBands() {
    }

    /** Replaces, in the sentence's quantities, each pair of losses joined by "and" / "to" with their band. */
    static void join(SentenceContext ctx) {
        for (int i = 0; i + 1 < ctx.qs.size(); i++) {
            Quantity a = ctx.qs.get(i), b = ctx.qs.get(i + 1);
            if (!a.unit().isMoney() || !a.unit().equals(b.unit()) || a.value() == null || b.value() == null
                    || a.range() != null || b.range() != null || a.span().end() > b.span().start()) continue;
            if (a.value().signum() <= 0 || b.value().signum() <= 0) continue;
            if (!LOSS_BETWEEN.matcher(ctx.text.substring(a.span().end(), b.span().start())).matches()) continue;
            if (!LOSS_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), a.span().start() - 30), a.span().start()).find()) continue;
            Range band = new Range(a.value().min(b.value()), a.value().max(b.value()));
            Quantity q = new Quantity(new Span(a.span().start(), b.span().end()), null, a.unit(), a.qualifier(), band,
                    b.precision(), null, true, a.approximate(), false, "en.quantity.loss-band");
            ctx.qs.set(i, q);
            ctx.qs.remove(i + 1);
        }
    }
}
