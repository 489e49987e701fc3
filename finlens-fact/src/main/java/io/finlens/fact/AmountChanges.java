package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Direction;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English amounts of change: a money figure that says by how much a metric moved ("net income rose by $12 million year
 * over year", "$0.02 per share higher than a year ago") gives the metric a direction on the basis named after it and
 * is no value of the metric ({@code en.change.amount-direction}); the percent that restates such an amount ("increasing
 * $613 million, or 3.1%", rule {@code en.change.amount-percent}) is a change, read by {@link Changes}.
 */
final class AmountChanges {
    private AmountChanges() {
    }

    /** "$0.02 per share higher than", "$12 million lower compared with": an amount of change said by the word after it. */
    private static final Pattern EN_AMOUNT_THAN = Pattern.compile(
            "(?i)^(?: per (?:diluted |basic |common )?share)? (higher|lower|above|below|better|worse) (?:than|compared)");
    private static final Pattern EN_BASE_QUARTER = Pattern.compile(
            "(?i)sequential|linked[- ](?:quarter|period)|quarter[- ]over[- ]quarter|(?:prior|previous|last|preceding) quarter");
    private static final Pattern EN_BASE_YEAR = Pattern.compile(
            "(?i)year[- ]ago|(?:prior|previous|last)[- ]year|year[- ]over[- ]year|year[- ]on[- ]year|comparable results|same (?:period|quarter)");
    /** A business line's part of earnings: "segment earnings", "Results at corporate and other". */
    private static final Pattern SEGMENT_WORDS = Pattern.compile("(?i)\\bsegment\\b|^\\s*(?:earnings|results) (?:at|for|in) ");
    private static final Pattern EN_BY_BEFORE = Pattern.compile("(?i)\\bby (?:approximately |about |roughly |nearly )?$");

    /**
     * {@code en.change.amount-direction}: "segment earnings increased by $0.01 per share compared to a year ago", "$0.02
     * per share higher than our comparable results in Q3 2019": a money amount the metric moved by says which way it
     * went, on the basis named after it, and is no value of the metric. False (nothing done) when no base is named.
     */
    static boolean englishAmountChange(SentenceContext ctx, Slot t, Quantity q) {
        Matcher than = EN_AMOUNT_THAN.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 40));
        // ("sales were $81 million higher than the prior year" is the value, said with its direction)
        boolean said = than.lookingAt() && (t.value != null || EN_BY_BEFORE.matcher(ctx.text)
                .region(Math.max(ctx.sent.start(), q.span().start() - 24), q.span().start()).find());
        Direction listed = q.direction() == null && !said ? listedDirection(ctx, t, q) : null; // "…, and by $140 million year-over-year"
        boolean moved = said || q.direction() != null && q.direction() != Direction.FLAT || listed != null;
        // "our U.K.-regulated segment earnings increased by $0.01 per share", "Segment earnings were $0.02 per share higher
        // than…": a line's share of EPS is no move of the company's, nor its EPS
        if ((moved || than.lookingAt()) && t.rules.contains("en.metric.per-share-earned")
                && SEGMENT_WORDS.matcher(ctx.text.substring(ctx.sent.clauseStartBefore(q.span().start()), q.span().start())).find()) {
            SegmentPerShare.add(ctx, q, than.lookingAt() ? Regex.matches(than.group(1), "(?i)lower|below|worse") : q.direction() == Direction.DOWN);
            return true;
        }
        if (!moved) return false;
        int to = Math.min(ctx.sent.end(), q.span().end() + 70);
        for (Quantity o : ctx.qs) if (o.span().start() >= q.span().end() && o.span().start() < to) to = o.span().start(); // up to the next figure
        String after = ctx.text.substring(q.span().end(), to);
        ChangeBasis b = EN_BASE_QUARTER.matcher(after).find() ? ChangeBasis.QOQ : EN_BASE_YEAR.matcher(after).find() ? ChangeBasis.YOY : null;
        if (b == null) b = sharedBase(ctx, q, to);
        if (b == null && t.value != null) b = EnChangeBases.dividendRaise(ctx, t); // "a dividend of $0.45 for the quarter, an increase of $0.02"
        if (b == null) return false;
        Direction d = said ? (Regex.matches(than.group(1), "(?i)lower|below|worse") ? Direction.DOWN : Direction.UP)
                : q.direction() != null ? q.direction() : listed;
        if (!Changes.hasBasis(t, b)) {
            t.changes.add(Change.direction(b, d, q.span()));
            t.rules.add("en.change.amount-direction");
            if (t.evidence.isEmpty()) t.evidence.add(new Span(Math.min(t.start, q.span().start()), Math.max(t.end, q.span().end())));
        }
        return true;
    }

    /** ", or ", also after the amount's base: "an increase of $120 million from last year or 6%". */
    private static final java.util.regex.Pattern OR_GAP = java.util.regex.Pattern.compile(
            "^(?: (?:from|over|versus|compared to|compared with) (?:the )?(?:last|prior|previous) year| year[- ]over[- ]year| year[- ]on[- ]year)?,? or $");

    /**
     * Rule en.change.amount-listed: "increased by $140 million, or 2%, in the quarter and by $310 million year-over-year": an
     * amount after "and (by)" moves the way the amount of the same metric before it did; null when none did.
     */
    private static Direction listedDirection(SentenceContext ctx, Slot t, Quantity q) {
        if (!q.unit().isMoney() || t.end > q.span().start()
                || !LIST_AND.matcher(ctx.text).region(Math.max(ctx.sent.start(), q.span().start() - 8), q.span().start()).find()) return null;
        Quantity before = null;
        for (Quantity o : ctx.qs) if (o.span().end() <= q.span().start() && o.span().start() >= t.end && o.unit().isMoney()) before = o;
        for (Slot o : ctx.slots) if (before != null && o != t && o.start > t.end && o.start < q.span().start()) return null;
        if (before == null || before.direction() == null || before.direction() == Direction.FLAT) return null;
        t.rules.add("en.change.amount-listed");
        return before.direction();
    }

    /**
     * Rule en.change.amount-percent: "increasing $613 million, or 3.1%": the percent after an amount of change (a figure
     * with a direction) is that change in percent.
     */
    static boolean percentOfAmountChange(SentenceContext ctx, Quantity q) {
        return amountChangeBefore(ctx, q) != null;
    }

    /** The amount of change a percent restates ("increasing $613 million, or 3.1%"), or null. */
    static Quantity amountChangeBefore(SentenceContext ctx, Quantity q) {
        if (q.unit().dimension() != Dimension.RATIO || q.direction() != null) return null;
        for (Quantity p : ctx.qs) {
            if (p.span().end() > q.span().start() || p.span().end() < q.span().start() - 40) continue;
            if (!p.unit().isMoney() || !OR_GAP.matcher(ctx.text.substring(p.span().end(), q.span().start())).matches()) continue;
            if (p.direction() != null) return p;
            // "increasing $613 million, or 3.1%, linked quarter and $2.7 billion, or 16%, year-over-year": the list's later
            // amount moves the way its first one did
            if (LIST_AND.matcher(ctx.text).region(Math.max(ctx.sent.start(), p.span().start() - 8), p.span().start()).find()) {
                for (Quantity o : ctx.qs) {
                    if (o.span().end() <= p.span().start() && o.direction() != null && o.unit().isMoney()) return o;
                }
            }
        }
        return null;
    }

    private static final Pattern LIST_AND = Pattern.compile("\\band (?:by )?$");

    /** " and improved " between an amount and the points after it. */
    private static final Pattern AND_POINTS = Pattern.compile("(?i)^ and (?:[a-z]+ ){1,2}(?:by )?$");

    /**
     * Rule en.change.amount-shared-base: "SG&A rose $12 million and improved 30 basis points versus last year": the base
     * named after the points of the same clause is the amount's too; null when there is none.
     */
    private static ChangeBasis sharedBase(SentenceContext ctx, Quantity q, int next) {
        Quantity o = null;
        for (Quantity x : ctx.qs) if (x.span().start() == next) o = x;
        if (o == null || o.unit().dimension() != Dimension.POINTS || !AND_POINTS.matcher(ctx.text.substring(q.span().end(), next)).matches()) return null;
        String after = ctx.text.substring(o.span().end(), Math.min(ctx.sent.end(), o.span().end() + 40));
        return EN_BASE_QUARTER.matcher(after).lookingAt() || Regex.matches(after, "(?is)^ (?:sequentially|versus|vs\\.?|compared|from|over)\\b.{0,20}quarter.*")
                ? ChangeBasis.QOQ : Regex.matches(after, "(?is)^ (?:year[- ]over[- ]year|versus|vs\\.?|compared|from|over)\\b.{0,24}year.*") ? ChangeBasis.YOY : null;
    }
}
