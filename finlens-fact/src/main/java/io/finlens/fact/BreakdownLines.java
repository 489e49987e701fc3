package io.finlens.fact;

import io.finlens.model.Fact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a breakdown a results release states one paragraph each, after its total:
 * <ul>
 *   <li>{@code zh.fact.cost-line}: 总成本为5.1亿元… then 渠道分成支出为0.8亿元… and 运维及服务成本为1.2亿元…: a paragraph opening on
 *       a name ending in 支出 or 成本 that names no metric of its own, right after the total cost of revenue (and its other
 *       lines), is a line of that cost, named whole;</li>
 *   <li>{@code zh.fact.other-revenue-line}: 订阅收入为…, 广告收入为… then 其他收入为…: other income opening a paragraph right
 *       after revenue lines is the remaining line of that revenue, not other income.</li>
 * </ul>
 */
final class BreakdownLines {
    /** 渠道分成支出为, 运维及服务成本为: a line's name, ending in a word of cost, opening its sentence before its figure. */
    private static final Pattern COST_LINE = Pattern.compile("\\s*([\\p{IsHan}]{1,10}(?:[及和与、][\\p{IsHan}]{1,10})?(?:支出|成本))(?=为|达|录得)");

    private static final Pattern OTHER_REVENUE = Pattern.compile("\\s*其他收入(?=为|达|录得)");

    /** How far back (characters) the breakdown's last fact may stand. */
    private static final int REACH = 300;

    private BreakdownLines() {
    }

    /** Adds a cost line's slot to a sentence that names no metric, when it continues a cost breakdown. */
    static void costLine(SentenceContext ctx) {
        if (!ctx.lang.equals("zh") || !ctx.slots.isEmpty()) return;
        Matcher m = COST_LINE.matcher(ctx.text).region(ctx.sent.start(), ctx.sent.end());
        if (!m.lookingAt() || !continues(ctx, "cost_of_revenue")) return;
        Slot x = new Slot(m.start(1), m.end(1), ctx.lex.metrics.get("cost_of_revenue"), m.group(1), null);
        x.rules.add("zh.fact.cost-line");
        ctx.slots.add(x);
    }

    /** Other income opening a sentence right after revenue lines: that revenue's remaining line. */
    static void otherRevenueLine(SentenceContext ctx) {
        if (!ctx.lang.equals("zh") || ctx.slots.isEmpty()) return;
        Slot first = ctx.slots.get(0);
        if (!first.metric.id().equals("other_income") || !OTHER_REVENUE.matcher(ctx.text).region(ctx.sent.start(), ctx.sent.end()).lookingAt()
                || !continues(ctx, "revenue")) return;
        Slot x = new Slot(first.start, first.end, ctx.lex.metrics.get("revenue"), "其他", first.basis);
        x.rules.add("zh.fact.other-revenue-line");
        ctx.slots.set(0, x);
    }

    /**
     * Whether the sentence continues a breakdown of {@code metric}: the facts right before it (within reach) are that
     * metric's lines (or, for a cost, expenses stated among them), back to its total or to a line of it.
     */
    private static boolean continues(SentenceContext ctx, String metric) {
        boolean line = false;
        for (int k = ctx.out.size() - 1; k >= 0; k--) {
            Fact f = ctx.out.get(k);
            if (f.evidence().isEmpty() || f.guidance()) return false;
            if (ctx.sent.start() - f.evidence().get(0).start() > REACH) return line;
            if (f.metric().equals(metric)) {
                if (f.segment() == null) return metric.equals("cost_of_revenue") || line; // the total (a revenue total alone is no breakdown)
                line = true;
            } else if (!(metric.equals("cost_of_revenue") && f.metric().endsWith("_expense"))) {
                return line;
            }
        }
        return line;
    }
}
