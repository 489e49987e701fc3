package io.finlens.fact;

import io.finlens.model.Fact;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.regex.Pattern;

/**
 * {@code en.discourse.year-end-multiple}: "We ended the quarter with net leverage of 4.1x. … we now expect to exit the
 * year at 3.9x": a multiple the company expects to end the year at, in a sentence naming no metric, is the year-end
 * figure of the multiple stated just before in the paragraph.
 */
final class YearEndMultiple {
    private static final Pattern YEAR_END_BEFORE = Pattern.compile(
            "(?i)\\b(?:exit|end|finish|close)(?:s|ing)? (?:the|this) (?:fiscal )?year (?:at|around|near|with) (?:approximately |about |roughly )?$");

    /** How far back the multiple stated before may be. */
    private static final int LOOK_BACK = 600;

    private YearEndMultiple() {
    }

    /** Adds a mention of the multiple named before for each year-end multiple of the sentence. */
    static void apply(SentenceContext ctx) {
        if (!ctx.slots.isEmpty()) return;
        for (Quantity q : ctx.qs) {
            if (!q.rule().contains("multiple") || q.range() != null) continue;
            int st = q.span().start();
            if (!YEAR_END_BEFORE.matcher(ctx.text.substring(Math.max(ctx.sent.start(), st - 48), st)).find()) continue;
            Fact f = multipleBefore(ctx);
            if (f == null) continue;
            Slot x = new Slot(st, st, ctx.lex.metrics.get(f.metric()), f.segment(), f.basis());
            x.rules.add("en.discourse.year-end-multiple");
            ctx.slots.add(x);
        }
    }

    /** The last fact shortly before the sentence, in its paragraph, whose value is a multiple ("4.1x"). */
    private static Fact multipleBefore(SentenceContext ctx) {
        for (int i = ctx.out.size() - 1; i >= 0; i--) {
            Fact f = ctx.out.get(i);
            if (f.evidence().isEmpty() || f.value() == null || f.guidance()) continue;
            Span ev = f.evidence().get(0);
            if (ev.end() > ctx.sent.start()) continue;
            if (ctx.sent.start() - ev.end() > LOOK_BACK || ctx.text.substring(ev.end(), ctx.sent.start()).contains("\n\n")) return null;
            if (f.rules().stream().anyMatch(r -> r.contains("multiple")) && ctx.lex.metrics.containsKey(f.metric())) return f;
        }
        return null;
    }
}
