package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * {@code en.fact.team-size}: "Our team of 8,500 talented colleagues serves customers in 40 countries": the size of the
 * company's own team, the only figure of its sentence, is its head count at the end of the period. Only "our
 * team of" (not "a team of 40 engineers") and only a count of a hundred or more.
 */
final class EnTeamSize {
    private static final Pattern TEAM_BEFORE = Pattern.compile(
            "(?i)\\bour (?:global |worldwide |entire )?team of (?:more than |over |approximately |about |nearly |roughly |some )?$");
    private static final BigDecimal AT_LEAST = BigDecimal.valueOf(100);

    private EnTeamSize() {
    }

    /** Adds the head count for a sentence whose only figure is the size of "our team of". */
    static void apply(SentenceContext ctx) {
        if (ctx.qs.size() != 1) return; // "our team of 2,300 drivers delivered 9 million parcels": not which is whose
        FactLexicon.Metric employees = ctx.lex.metrics.get("employees");
        if (employees == null) return;
        for (Quantity q : ctx.qs) {
            if ((q.unit().dimension() != Dimension.COUNT && q.unit().dimension() != Dimension.NUMBER) || q.value() == null || q.range() != null || q.value().compareTo(AT_LEAST) < 0) continue;
            int st = q.span().start();
            java.util.regex.Matcher m = TEAM_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), st - 60), st);
            if (!m.find()) continue;
            Slot x = new Slot(m.start(), st, employees, null, null);
            x.value = q;
            x.period = FigurePeriods.periodFor(ctx, st, x);
            x.evidence.add(new io.finlens.model.Span(m.start(), q.span().end()));
            x.rules.add("en.fact.team-size");
            ctx.consumed.add(q);
            ctx.slots.add(x);
            return;
        }
    }
}
