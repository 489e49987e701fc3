package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Direction;
import io.finlens.model.Period;
import io.finlens.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English directions against the prior period said after a figure:
 * <ul>
 *   <li>{@code en.change.than-prior}: "$81 million higher than the prior year", "an increase over the prior year", "a
 *       $17 million decrease from the prior year";</li>
 *   <li>{@code en.change.than-prior-improvement}: "net leverage of 4.1x, an improvement versus last quarter": an improvement
 *       of a metric that improves by falling ({@link LowerIsBetter}) is a move down, of any other a move up;</li>
 *   <li>{@code en.change.than-prior-both}: "an operating loss of $4 million and a net loss of $9 million, both well
 *       below the prior year period": "both" gives the first figure of the pair the same direction.</li>
 * </ul>
 */
final class EnPriorComparison {
    private static final Pattern THAN_PRIOR = Pattern.compile("(?i)^(?:,? or \\S+)?(?: of [\\w ]{0,20}?(?:sales|revenues?))?,?\\s*(?:or \\S+ )?"
            + "(?:(?:which )?(?:is|was|were|are) )?(?:(both) )?(?:(?:significantly|slightly|well|modestly|meaningfully|substantially) )?(?:an? )?"
            + "(?:[$€£¥][\\d.,]+(?: million| billion)? )?"
            + "(increase|decrease|higher|lower|up|down|consistent|in line|flat|unchanged|decline|below|above|improvement|deterioration)\\b[^.;$%\\d]{0,12}?"
            + "(?:\\b(?:than|over|from|with|versus|vs\\.?|compared (?:to|with))\\s+|(?<=(?:below|above) ))(?:the |our |a )?(?:prior|previous|last|same|year-ago)[- ]"
            + "(year|period|quarter|year period|year quarter|year's)");

    /** "a $12.1 million reduction from June 30": a balance's move since a date named without its year. */
    private static final Pattern SINCE_DATE = Pattern.compile("(?i)^,?\\s*(?:(?:which|that) (?:is|was|represents) )?(?:an? )?(?:[$€£¥][\\d.,]+(?: million| billion)? )?"
            + "(increase|decrease|decline|reduction|higher|lower|up|down)\\b[^.;$%\\d]{0,12}?\\b(?:since|from|compared (?:to|with)|versus|over) "
            + "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b(?!,? \\d{4})");

    /** Between the first figure of a pair and the second's metric: " and adjusted net loss of ". */
    private static final Pattern PAIR_GAP = Pattern.compile("(?i)^,?\\s+and\\s+[^,;.$%\\d]{0,40}$");

    private EnPriorComparison() {
    }

    /** {@code en.change.than-prior}: the direction of slot {@code sl}'s figure against the prior period, said right after it. */
    static void thanPrior(SentenceContext ctx, Slot sl) {
        Matcher m = THAN_PRIOR.matcher(ctx.text).region(sl.value.span().end(), Math.min(ctx.sent.end(), sl.value.span().end() + 90));
        if (!m.lookingAt()) {
            sinceDate(ctx, sl);
            return;
        }
        ChangeBasis b = m.group(3).equals("quarter") && !(sl.period instanceof Period.Year) ? ChangeBasis.QOQ : ChangeBasis.YOY;
        if (Changes.hasBasis(sl, b)) return;
        String w = m.group(2).toLowerCase(Locale.ROOT);
        Direction d = Regex.matches(w, "consistent|in line|flat|unchanged") ? Direction.FLAT
                : Regex.matches(w, "decrease|lower|down|decline|below") ? Direction.DOWN : Direction.UP;
        if (Regex.matches(w, "improvement|deterioration")) { // en.change.than-prior-improvement: leverage improves by falling
            boolean better = w.equals("improvement");
            d = better != LowerIsBetter.contains(sl.metric.id()) ? Direction.UP : Direction.DOWN;
            sl.rules.add("en.change.than-prior-improvement");
        }
        sl.changes.add(Change.direction(b, d, new Span(sl.value.span().start(), m.end())));
        sl.rules.add("en.change.than-prior");
        if (m.group(1) != null) bothOfPair(ctx, sl, Change.direction(b, d, new Span(sl.value.span().start(), m.end())));
    }

    /**
     * {@code en.change.since-date}: "debt of $88.4 million at September 30, a $12.1 million reduction from June 30": a balance's
     * move since a quarter-end a quarter before is on the quarter, since the same date a year before on the year.
     */
    private static void sinceDate(SentenceContext ctx, Slot sl) {
        if (!(sl.period instanceof Period.Instant at)) return;
        Matcher m = SINCE_DATE.matcher(ctx.text).region(sl.value.span().end(), Math.min(ctx.sent.end(), sl.value.span().end() + 80));
        if (!m.lookingAt()) return;
        java.time.LocalDate base;
        try {
            base = java.time.LocalDate.of(at.date().getYear(), java.time.Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return;
        }
        if (!base.isBefore(at.date())) base = base.minusYears(1);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(base, at.date().plusDays(1));
        ChangeBasis b = months == 3 ? ChangeBasis.QOQ : months == 12 ? ChangeBasis.YOY : null;
        if (b == null || Changes.hasBasis(sl, b)) return;
        Direction d = Regex.matches(m.group(1).toLowerCase(Locale.ROOT), "decrease|decline|reduction|lower|down") ? Direction.DOWN : Direction.UP;
        sl.changes.add(Change.direction(b, d, new Span(sl.value.span().start(), m.end())));
        sl.rules.add("en.change.since-date");
    }

    /** {@code en.change.than-prior-both}: "A of $x and B of $y, both below the prior year period": A moved as B did. */
    private static void bothOfPair(SentenceContext ctx, Slot second, Change c) {
        Slot first = null;
        for (Slot o : ctx.slots) if (o != second && o.value != null && o.value.span().end() <= second.start) first = o;
        if (first == null || Changes.hasBasis(first, c.basis())) return;
        if (!PAIR_GAP.matcher(ctx.text.substring(first.value.span().end(), second.start)).matches()) return;
        first.changes.add(Change.direction(c.basis(), c.direction(), new Span(first.value.span().start(), c.span().end())));
        first.rules.add("en.change.than-prior-both");
    }
}
