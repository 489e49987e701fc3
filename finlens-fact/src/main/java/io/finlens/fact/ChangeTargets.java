package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;

/**
 * Where a change figure goes once read: the period it is for (a period listed before, one its clause names, the year
 * before's for a lapped change), and so onto the figure of a period listed before ({@code zh.change.listed-periods}), onto
 * another period's fact ({@code change.yoy-other-period}, {@code change.qoq-other-period}) or onto its own slot
 * ({@code change.yoy}, {@code change.qoq}, and {@code -points}).
 */
final class ChangeTargets {
    private ChangeTargets() {
    }

    /** Change {@code c} of figure {@code q} on basis {@code b}, for slot {@code t}; {@code listed}: an English listed item's period. */
    static void add(SentenceContext ctx, Slot t, Quantity q, ChangeBasis b, Change c, Period listed) {
        // 在三季度同比下降16%,在2023年前三季度同比下降7%: a change for another period is another fact
        Period zhListed = ctx.lang.equals("zh") ? ctx.listedPeriods.get(q.span().start()) : null; // 分别同比增长a%/b%/c% after a list of years
        Period cp = t.metric.kind() == FactLexicon.Kind.STOCK ? null : listed != null ? listed : zhListed != null ? zhListed
                : FigurePeriods.explicitPeriodInClause(ctx, q.span().start());
        // 上年同期曾同比大增11%; 第四财季收入较上季度的同比下降2.4%: the earlier period's own change, right before its percent,
        // outranks a period the clause named before it
        Period priorOwn = cp == null || listed == null && zhListed == null ? PriorOwnChange.periodOf(ctx, t, q) : null;
        if (priorOwn != null) cp = null;
        boolean lapped = cp == null && (priorOwn != null || ctx.lang.equals("en") && Changes.lapsPriorYear(ctx, q));
        if (lapped) cp = lappedPeriod(ctx, priorOwn);
        if (zhListed != null && toListedFigure(ctx, t, q, c, cp)) return;
        if (cp != null && toPeriod(ctx, t, q, b, c, cp, lapped || listed != null)) return;
        toSlot(ctx, t, q, b, c);
    }

    /** Rule en.change.lapped: "up 2% on top of 23% last year", "lapping a 46% comp": the year before's change. */
    private static Period lappedPeriod(SentenceContext ctx, Period priorOwn) {
        Period base = ctx.sectionPeriod != null ? ctx.sectionPeriod : ctx.doc.period();
        return priorOwn != null ? priorOwn : base.previousYear();
    }

    /** zh.change.listed-periods: the change of period {@code cp}'s figure, stated in the list before; false when there is none. */
    private static boolean toListedFigure(SentenceContext ctx, Slot t, Quantity q, Change c, Period cp) {
        Slot listedFigure = ZhChangeWords.figureOfPeriod(ctx, t, cp);
        if (listedFigure == null) return false;
        listedFigure.changes.add(c);
        listedFigure.rules.add("zh.change.listed-periods");
        ctx.lastChange = new SentenceContext.LastChange(listedFigure, q.span().end());
        return true;
    }

    /**
     * Period {@code cp} for a change of slot {@code t}: the slot's own when it has none yet, else another fact for that period
     * ({@code change.yoy-other-period}); {@code moved}: the period is a lapped or listed one. True when the change went there.
     */
    private static boolean toPeriod(SentenceContext ctx, Slot t, Quantity q, ChangeBasis b, Change c, Period cp, boolean moved) {
        if (t.period == null && t.value == null && !moved) {
            t.period = cp;
            return false;
        }
        if (!(t.period != null || moved) || cp.equals(t.period)) return false;
        Slot x = new Slot(t.start, t.end, t.metric, t.segment, t.basis);
        x.period = cp;
        x.changes.add(c);
        x.rules.add(ctx.lang + ".change." + b.code() + "-other-period");
        ctx.lastChange = new SentenceContext.LastChange(x, q.span().end());
        x.evidence.add(new Span(Math.min(t.start, q.span().start()), Math.max(t.end, q.span().end())));
        ctx.extra.add(x);
        return true;
    }

    /** The change on slot {@code t} itself: a figure replaces a change of the same basis said only in words. */
    private static void toSlot(SentenceContext ctx, Slot t, Quantity q, ChangeBasis b, Change c) {
        if (t.value == null && t.changes.isEmpty()) t.guidance = ctx.scope.guidance() || ForecastCues.guidanceBefore(ctx, q.span().start());
        ctx.lastChange = new SentenceContext.LastChange(t, q.span().end());
        for (int i = 0; i < t.changes.size(); i++) {
            Change e = t.changes.get(i);
            if (e.basis() != b) continue;
            if (!e.hasMagnitude()) t.changes.set(i, c); // a figure says more than a word
            return;
        }
        t.changes.add(c);
        t.rules.add(ctx.lang + ".change." + b.code() + (q.unit().dimension() == Dimension.POINTS ? "-points" : ""));
        t.lastEnd = Math.max(t.lastEnd, q.span().end());
        if (t.evidence.isEmpty()) t.evidence.add(new Span(Math.min(t.start, q.span().start()), Math.max(t.end, q.span().end())));
    }
}
