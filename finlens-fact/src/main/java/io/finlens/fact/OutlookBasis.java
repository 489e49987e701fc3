package io.finlens.fact;

import io.finlens.model.Fact;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code en.basis.outlook-as-before}: "From a non-GAAP SG&amp;A standpoint, we are planning dollars to increase 8% … For
 * SG&amp;A, we expect growth of approximately 9.5%": a forecast that names no basis keeps the non-GAAP basis the call
 * forecast the same metric on before.
 */
final class OutlookBasis {
    private OutlookBasis() {
    }

    /** Sets slot {@code sl} non-GAAP when the rule applies; whether it did. */
    static boolean asBefore(SentenceContext ctx, Slot sl) {
        if (!ctx.lang.equals("en") || !sl.guidance || sl.basis != null) return false;
        if (ctx.text.substring(ctx.sent.start(), ctx.sent.end()).toLowerCase(Locale.ROOT).contains("gaap")) return false;
        for (Fact f : ctx.out) {
            // (one stated in this sentence is its own: "normalized full year expense …, with the fourth quarter expenses at …")
            if (f.evidence().isEmpty() || f.evidence().get(0).end() > ctx.sent.start()) continue;
            if (f.guidance() && "non-gaap".equals(f.basis()) && f.metric().equals(sl.metric.id()) && Objects.equals(f.segment(), sl.segment)) {
                sl.basis = "non-gaap";
                return true;
            }
        }
        return false;
    }
}
