package io.finlens.fact;

import io.finlens.model.Quantity;
import io.finlens.text.WordList;
import java.util.regex.Pattern;

/**
 * {@code zh.sign.tax-benefit}: 所得税费用为3100万元，去年同期为收益800万元: an income tax expense stated, for a period, as a
 * benefit (收益, 利益) is that expense with a negative sign, not a figure of revenue. The word of the benefit stands right
 * before its figure, after 为 (录得, 是), in a sentence that named the tax expense before it.
 */
final class ExpenseBenefit {
    /** 为收益, 录得税项利益约: the benefit's word right before its figure. */
    private static final Pattern BENEFIT_BEFORE = Pattern.compile("(?:为|录得|是)(?:所得税|税项|税收)?(?:收益|利益)(?:约|近|逾)?$");

    private static final String TAX = "income_tax_expense";

    private ExpenseBenefit() {
    }

    /** Whether lexicon match {@code m} (收益 read as revenue) is the word of a tax benefit: no mention of its own. */
    static boolean benefitWord(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m) {
        if (!ctx.lang.equals("zh") || !m.value().metric().id().equals("revenue") || !taxBefore(ctx, m.start())) return false;
        for (Quantity q : ctx.qs) {
            int st = q.span().start();
            if (st >= m.end() && st - m.end() <= 2 && BENEFIT_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), st - 10), st).find()) return true;
        }
        return false;
    }

    /** Whether figure {@code q} of slot {@code t} is stated as a benefit of the tax expense (negative); adds the rule. */
    static boolean negated(SentenceContext ctx, Slot t, Quantity q) {
        if (!ctx.lang.equals("zh") || !t.metric.id().equals(TAX)) return false;
        int st = q.span().start();
        if (!BENEFIT_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), st - 10), st).find()) return false;
        t.rules.add("zh.sign.tax-benefit");
        return true;
    }

    private static boolean taxBefore(SentenceContext ctx, int pos) {
        for (Slot sl : ctx.slots) if (sl.end <= pos && sl.metric.id().equals(TAX)) return true;
        return false;
    }
}
