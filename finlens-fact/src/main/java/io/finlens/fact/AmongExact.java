package io.finlens.fact;

import io.finlens.text.WordList;

/**
 * {@code zh.metric.among-exact}: 归属于股东的净利润X亿元，同比下降8%，其中第四季度单季净利润同比减51%: a part (其中) of an
 * exactly named figure, named loosely after it in the same sentence, is a part of the exact metric.
 */
final class AmongExact {
    private AmongExact() {
    }

    /** The exact metric {@code m}'s loose word stands for after 其中, or {@code loose} itself. */
    static FactLexicon.Metric of(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, FactLexicon.Metric loose) {
        String exact = loose.id().equals("net_income") ? "net_income_attributable" : null;
        if (exact == null || !ctx.lang.equals("zh")) return loose;
        int among = ctx.text.lastIndexOf("其中", m.start());
        if (among < ctx.sent.start()) return loose;
        for (Slot sl : ctx.slots) {
            if (sl.end <= among && sl.metric.id().equals(exact) && sl.segment == null) return sl.metric;
        }
        return loose;
    }
}
