package io.finlens.fact;

import io.finlens.model.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code en.fact.elided-metric}: "We deployed $180 million of growth capex and $45 million of recurring": the second
 * figure of a pair names only its line, the metric is the first one's.
 */
final class ElidedMetric {
    /** " of recurring." ending the clause: a line's name without its metric. */
    private static final Pattern LINE_ONLY_AFTER = Pattern.compile("^\\s+of\\s+([a-z][\\w-]*(?: [a-z][\\w-]*)?)\\s*(?:[.;,]|$)");
    /** " and " between the two figures' phrases. */
    private static final Pattern AND_BEFORE = Pattern.compile("\\s+and\\s+$");
    /** " of growth " between the first figure and its metric. */
    private static final Pattern OF_LINE = Pattern.compile("^\\s+of\\s+[a-z][\\w-]*(?: [a-z][\\w-]*)?\\s+$");

    private ElidedMetric() {
    }

    /** Gives each figure whose metric is elided the metric of the pair's first figure. */
    static void apply(SentenceContext ctx) {
        for (Quantity q : ctx.qs) {
            if (!q.unit().isMoney() || q.value() == null || q.direction() != null || ctx.consumed.contains(q)) continue;
            Matcher after = LINE_ONLY_AFTER.matcher(ctx.text).region(q.span().end(), ctx.sent.end());
            if (!after.lookingAt() || namesMetric(ctx, after.group(1))) continue;
            Slot first = firstOfPair(ctx, q);
            if (first == null) continue;
            Slot x = new Slot(q.span().start(), q.span().start(), first.metric, after.group(1), first.basis);
            ValueAssignment.assignValue(ctx, x, q, "", "");
            if (x.value == null) continue;
            x.rules.add("en.fact.elided-metric");
            ctx.consumed.add(q);
            ctx.extra.add(x);
        }
    }

    /** Whether the words name a metric themselves ("of recurring capex"). */
    private static boolean namesMetric(SentenceContext ctx, String words) {
        for (int i = 0; i < words.length(); i++) if ((i == 0 || words.charAt(i - 1) == ' ') && ctx.lex.aliasesEn.at(words, i) != null) return true;
        return false;
    }

    /** The metric mention of "$180 million of growth capex and" right before {@code q}, when it names a line. */
    private static Slot firstOfPair(SentenceContext ctx, Quantity q) {
        for (Slot sl : ctx.slots) {
            if (sl.segment == null || sl.end > q.span().start()) continue;
            if (!AND_BEFORE.matcher(ctx.text.substring(sl.end, q.span().start())).matches()) continue;
            for (Quantity p : ctx.qs) {
                if (p.span().end() < sl.start && OF_LINE.matcher(ctx.text.substring(p.span().end(), sl.start)).matches()) return sl;
            }
        }
        return null;
    }
}
