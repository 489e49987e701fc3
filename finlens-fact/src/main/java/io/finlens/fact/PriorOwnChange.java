package io.finlens.fact;

import io.finlens.model.Period;
import io.finlens.model.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zh.change.prior-own}: 同比跌超31%，上年同期曾同比大增11%; 好于上季度的同比下降5.6%: the change the line made in an
 * earlier period (the year-ago quarter, the quarter before), stated after its current one, is a change of that period.
 */
final class PriorOwnChange {
    /** 上年同期曾同比大增, 上季度的同比增幅, 上一财季的同比下降: an earlier period, then (的, 曾, 时) its own change word. */
    private static final Pattern PRIOR_OWN = Pattern.compile(
            "(上年同期|去年同期|上一?季度|上一?财季)(?:的|曾|时|曾经)+(?:同比|环比)?(?:大幅|大|小幅|显著)?"
                    + "(?:增长|增加|增|下降|下滑|下跌|减少|跌|上涨|涨|增幅|降幅|增速)?(?:为|了|超|近|约|达|逾)?$");

    private PriorOwnChange() {
    }

    /** Whether {@code q} is an earlier period's own change stated as 同比 (上季度的同比增幅6.2% is year on year). */
    static boolean yearOnYear(SentenceContext ctx, Quantity q) {
        Matcher m = match(ctx, q);
        return m != null && m.group().contains("同比");
    }

    private static Matcher match(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("zh")) return null;
        int from = Math.max(ctx.sent.clauseStartBefore(q.span().start()), q.span().start() - 24);
        Matcher m = PRIOR_OWN.matcher(ctx.text).region(from, q.span().start());
        return m.find() ? m : null;
    }

    /** The earlier period whose own change percent {@code q} is, or null when it is the slot's own change. */
    static Period periodOf(SentenceContext ctx, Slot t, Quantity q) {
        Matcher m = match(ctx, q);
        if (m == null) return null;
        Period base = t.period != null ? t.period : FigurePeriods.periodFor(ctx, t.end, t);
        if (m.group(1).endsWith("同期")) return base.previousYear();
        return base instanceof Period.Quarter pq ? pq.previous() : null;
    }
}
