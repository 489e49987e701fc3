package io.finlens.fact;

/**
 * {@code guidance.raised}, {@code guidance.lowered}, {@code guidance.reaffirmed}, {@code guidance.narrowed}: how a
 * forecast moved against the one before it, from the move's word before its figure in the clause or the framing words
 * before it ("we are raising our full-year revenue guidance to $4.40 billion to $4.52 billion", 公司上调全年营收指引至…,
 * "we reaffirm our FFO guidance of $2.41 to $2.47"). The contract's changes compare periods (yoy, qoq, hoh), so the
 * move is said by the fact's rule; the new range stays the fact's value.
 */
final class GuidanceMoves {
    /** How far before a forecast's figure its move word is looked for (chars). */
    private static final int LOOK_BACK = 90;

    private static final java.util.regex.Pattern FORECAST_NOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:guidance|outlook|forecasts?|range|ranges|expectations?|targets?|projections?|guide)\\b|指引|预期|目标|展望|预测");

    private GuidanceMoves() {
    }

    /** The rule id of the move said before {@code figureStart} in its sentence, or null. */
    static String moveBefore(SentenceContext ctx, int figureStart) {
        int from = Math.max(ctx.sent.start(), figureStart - LOOK_BACK);
        String move = null;
        for (int k = from; k < figureStart; k++) {
            var m = ctx.lex.guidanceMoves.at(ctx.text, k);
            if (m == null || m.end() > figureStart) continue;
            // a whole word in English ("lower" is not "lowercase", "raise" not "raised" read twice)
            if (m.word().charAt(0) < 128 && (k > 0 && Character.isLetter(ctx.text.charAt(k - 1))
                    || m.end() < ctx.text.length() && Character.isLetter(ctx.text.charAt(m.end())))) continue;
            // 口径下调整后: 下 ends a word and 调整 begins one, no 下调 there
            if (m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == '整') continue;
            // the move of a forecast, not of the figure: a forecast's noun follows the word ("raising our outlook", 上调全年指引)
            if (!FORECAST_NOUN.matcher(ctx.text).region(m.end(), Math.min(figureStart, m.end() + 40)).find()) continue;
            move = m.value();
            k = m.end() - 1;
        }
        return move == null ? null : "guidance." + move;
    }
}
