package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import java.util.regex.Pattern;

/**
 * {@code en.fact.paid-in-dividends}: "we paid out $27 million, or 41%, of net income in dividends": the money paid is the
 * dividend named after it, and the percent of net income between them is the payout ratio (the net income named
 * there takes no figure).
 */
final class PaidInDividends {
    /** The verb of paying right before the money figure. */
    private static final Pattern PAID_BEFORE = Pattern.compile(
            "(?i)\\b(?:paid(?: out)?|returned|distributed)(?: (?:a total of|approximately|about|roughly|nearly|over))? $");

    /** ", or 45%, of net income": the share of earnings paid, between the money and its dividends. */
    private static final Pattern SHARE_OF_EARNINGS = Pattern.compile(
            "(?i)^,? or (?:approximately |about )?$");
    private static final Pattern OF_EARNINGS_AFTER_PERCENT = Pattern.compile(
            "(?i)^,? of (?:our |its )?(?:net income|earnings|net earnings|profits?),?");
    private static final Pattern IN_DIVIDENDS = Pattern.compile("(?i),? (?:to (?:our )?shareholders )?(?:in|as|through) (?:cash |common |quarterly )?");

    private PaidInDividends() {
    }

    /** Gives the paid figure to the dividends mention after it and the share of earnings to the payout ratio. */
    static void apply(SentenceContext ctx) {
        for (Quantity q : ctx.qs) {
            if (!q.unit().isMoney() || q.value() == null || ctx.consumed.contains(q)) continue;
            int st = q.span().start();
            if (!PAID_BEFORE.matcher(ctx.text.substring(Math.max(ctx.sent.start(), st - 40), st)).find()) continue;
            Quantity share = null;
            int pos = q.span().end();
            for (Quantity p : ctx.qs) {
                if (p.span().start() <= pos || p.span().start() - pos > 14 || p.unit().dimension() != Dimension.RATIO) continue;
                if (!SHARE_OF_EARNINGS.matcher(ctx.text.substring(pos, p.span().start())).matches()) continue;
                int end = ofEarningsEnd(ctx, p.span().end());
                if (end < 0) continue;
                share = p;
                pos = end;
                break;
            }
            Slot dividends = dividendsAfter(ctx, pos);
            if (dividends == null || dividends.value != null) continue;
            ValueAssignment.assignValue(ctx, dividends, q, "", "");
            dividends.rules.add("en.fact.paid-in-dividends");
            ctx.consumed.add(q);
            if (share == null) continue;
            Slot ratio = new Slot(dividends.start, dividends.end, ctx.lex.metrics.get("dividend_payout_ratio"), null, null);
            ValueAssignment.assignValue(ctx, ratio, share, "", "");
            ratio.rules.add("en.fact.paid-in-dividends");
            ctx.consumed.add(share);
            ctx.extra.add(ratio);
        }
    }

    /** Where ", of net income " after the percent ends, or -1. */
    private static int ofEarningsEnd(SentenceContext ctx, int from) {
        var m = OF_EARNINGS_AFTER_PERCENT.matcher(ctx.text).region(from, Math.min(ctx.sent.end(), from + 48));
        if (!m.lookingAt()) return -1;
        int e = m.end();
        for (Slot sl : ctx.slots) if (sl.start > from && sl.start < e && sl.metric.id().startsWith("net_income")) sl.combined = true;
        return e;
    }

    /** The dividends mention right after {@code pos} ("in dividends"), or null. */
    private static Slot dividendsAfter(SentenceContext ctx, int pos) {
        for (Slot sl : ctx.slots) {
            if (!sl.metric.id().equals("dividend") || sl.start < pos || sl.start - pos > 30) continue;
            if (IN_DIVIDENDS.matcher(ctx.text.substring(pos, sl.start)).matches()) return sl;
        }
        return null;
    }
}
