package io.finlens.fact;

import io.finlens.model.Quantity;
import io.finlens.text.WordList;

/**
 * Basis of a mention: whether its figures are non-GAAP (adjusted). The consensus basis is read by {@link ForecastCues}.
 * <ul>
 *   <li>a basis cue in its clause or a framing clause just before (不按美国通用会计准则(Non-GAAP),净利润为…; "adjusted
 *       EBITDA"), or in brackets right after it (经营利润(Non-IFRS));</li>
 *   <li>{@code en.discourse.default-basis}: the call declared its figures non-GAAP unless said otherwise;</li>
 *   <li>{@code scope.basis}: an income statement line under a "Non-GAAP Results" or 经调整业绩 heading;</li>
 *   <li>a clause that names GAAP ("our GAAP EPS grew by 7%") keeps the reported basis.</li>
 * </ul>
 */
final class MentionBasis {
    private static final java.util.regex.Pattern EN_BASIS_AFTER = java.util.regex.Pattern.compile(
            "(?i)^,? on an? (?:constant[- ]currency|adjusted|non-GAAP|normalized|organic constant[- ]currency) basis\\b");

    private MentionBasis() {
    }

    /**
     * {@code en.discourse.default-basis}: a call that declares its figures non-GAAP unless said otherwise ("…our
     * consolidated results using core performance measures unless…"); {@code scope.basis}: an income statement line
     * under a "Non-GAAP Results" or 经调整业绩 heading. Neither where the clause names GAAP.
     */
    static void defaults(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, MentionFraming.Reading r) {
        if (r.basis == null && r.seg == null && ctx.en != null && ctx.en.defaultNonGaap() && ctx.en.nonGaapByDefault(r.metric.id())
                && !MentionBasis.namesGaap(ctx, ctx.sent.clauseStartBefore(m.start()), m.start())) {
            r.basis = "non-gaap"; // "…discussing our consolidated results using core performance measures unless…"
            r.defaultBasis = true;
        }
        if (r.basis == null && ctx.scope.basis() != null && EnglishDiscourse.incomeStatementLine(r.metric.id())
                && !MentionBasis.namesGaap(ctx, ctx.sent.clauseStartBefore(m.start()), m.start())) {
            r.basis = ctx.scope.basis(); // under a "Non-GAAP Results" or 经调整业绩 heading
            r.scopeBasis = true;
        }
    }

    /**
     * "non-gaap" when a non-GAAP cue frames the mention at {@code start}..{@code end} (its clause, a framing clause
     * before it, a bracket after it); else null.
     */
    static String nonGaapAround(SentenceContext ctx, int start, int end) {
        int cs = ctx.sent.clauseStartBefore(start);
        // a framing clause of its own just before: 不按美国通用会计准则(Non-GAAP),净利润为…
        // (two of them: "excluding its impact on a like-for-like basis, this quarter, our revenue was…")
        for (int step = 0; step < 2; step++) {
            int prevClause = cs > ctx.sent.start() ? ctx.sent.clauseStartBefore(cs - 2) : cs;
            if (prevClause >= cs) break;
            boolean framing = true;
            for (Slot sl : ctx.slots) if (sl.start >= prevClause && sl.start < cs) framing = false;
            for (Quantity q : ctx.qs) if (q.span().start() >= prevClause && q.span().start() < cs) framing = false;
            if (!framing) break;
            cs = prevClause;
        }
        for (int k = cs; k < start; k++) {
            var m = ctx.lex.basisCues.at(ctx.text, k);
            if (m != null && m.value().equals("non-gaap") && m.end() <= start) return "non-gaap";
        }
        // "ending ARR on a constant currency basis to be between…": the basis named right after the metric
        if (EN_BASIS_AFTER.matcher(ctx.text).region(end, Math.min(ctx.sent.end(), end + 40)).lookingAt()) return "non-gaap";
        // a bracket right after the metric: 经营利润(Non-IFRS)
        if (end < ctx.text.length() && ctx.text.charAt(end) == '(') {
            int close = ctx.text.indexOf(')', end);
            if (close > 0 && close - end < 30) {
                for (int k = end + 1; k < close; k++) {
                    var m = ctx.lex.basisCues.at(ctx.text, k);
                    if (m != null && m.value().equals("non-gaap")) return "non-gaap";
                }
            }
        }
        return null;
    }


    /** Whether "GAAP" (not non-GAAP) stands between {@code from} and {@code to}: "our GAAP EPS grew by 7%". */
    private static boolean namesGaap(SentenceContext ctx, int from, int to) {
        String t = ctx.text.substring(from, to);
        int g = t.indexOf("GAAP");
        while (g >= 0) {
            if (g < 4 || !t.substring(g - 4, g).equalsIgnoreCase("non-")) return true;
            g = t.indexOf("GAAP", g + 4);
        }
        return false;
    }
}
