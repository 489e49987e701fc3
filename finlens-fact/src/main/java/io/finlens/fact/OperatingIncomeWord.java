package io.finlens.fact;

import io.finlens.model.Fact;

/**
 * {@code zh.metric.operating-income-word}: 营运收入 is either operating revenue or, as a translation of "income from
 * operations", operating profit. In a document that already stated its whole revenue under another word (总收入为…),
 * 营运收入 later on is the operating profit: a release states its revenue once, under one word.
 */
final class OperatingIncomeWord {
    private static final String WORD = "营运收入";

    private OperatingIncomeWord() {
    }

    /** Reads the sentence's 营运收入 mentions as operating profit when the document named its revenue otherwise. */
    static void apply(SentenceContext ctx) {
        if (!ctx.lang.equals("zh")) return;
        for (int k = 0; k < ctx.slots.size(); k++) {
            Slot sl = ctx.slots.get(k);
            if (!sl.metric.id().equals("revenue") || sl.segment != null || sl.end < WORD.length()
                    || !ctx.text.startsWith(WORD, sl.end - WORD.length()) || !revenueNamedOtherwise(ctx)) continue;
            Slot x = new Slot(sl.start, sl.end, ctx.lex.metrics.get("operating_profit"), null, sl.basis);
            x.rules.add("zh.metric.operating-income-word");
            ctx.slots.set(k, x);
        }
    }

    private static boolean revenueNamedOtherwise(SentenceContext ctx) {
        for (Fact f : ctx.out) {
            if (f.metric().equals("revenue") && f.segment() == null && f.value() != null && !f.guidance() && !"consensus".equals(f.basis())
                    && !f.evidence().isEmpty() && !ctx.text.substring(f.evidence().get(0).start(), f.evidence().get(0).end()).contains(WORD)) return true;
        }
        return false;
    }
}
