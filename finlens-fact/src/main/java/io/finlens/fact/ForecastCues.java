package io.finlens.fact;

import io.finlens.text.Sentences;
import io.finlens.model.Quantity;
import java.util.Locale;
import java.util.regex.Matcher;
import io.finlens.text.Chars;
import java.util.regex.Pattern;

/**
 * Guidance and consensus cues: whether a figure is the company's forecast, the market's expectation, or neither.
 * <ul>
 *   <li>guidance: a forecast word before the figure in its sentence (预计, 指引, "we expect", "outlook"), or in the
 *       sentence that opens the list it continues ("our new ranges are as follows. Total revenue of $1.70 billion to
 *       $1.8 billion; …"); not 市场预期 (the market's) and not "better than expected" (a comparison with one);</li>
 *   <li>{@code zh.fact.consensus} / {@code en.fact.consensus}: the last forecast word before the figure is the
 *       market's (分析师预期营收为…, 超过预期的1.39美元, "analysts' average estimate of $305 million");</li>
 *   <li>{@code zh.fact.consensus-of-previous} / {@code en.fact.consensus-of-previous}: a sentence of only a comparison with the consensus is about the figure
 *       the sentence before led with (营业收入286.5亿元。高于彭博预期264亿元);</li>
 *   <li>a figure right after a forecast or range word (指引区间107.8亿到112.2亿美元, "ranging between $500 million")
 *       belongs to the metric in play even across clauses.</li>
 * </ul>
 */
final class ForecastCues {
    /** 超过预期的1.39美元, 远逊预期的, 符合市场预估: a comparison with the market's expectation right before a figure. */
    private static final Pattern COMPARED_WITH_EXPECTATION = Pattern.compile(
            "(?:略|稍|远|大幅|明显|均|基本)?(?:高于|低于|不及|超过|超出|好于|逊于|逊|优于|符合|弱于|强于|胜于|差于|不如)"
                    + "(?:市场|分析师|华尔街|彭博|外界)?(?:的)?(?:平均|一致|普遍)?(?:预期|预估|预测|估计)(?:的|值|为)?$");

    private static final Pattern CONSENSUS_COMPARISON = Pattern.compile(
            "[\\s·•\\-*]*((?:高于|低于|不及|超过|超出|好于|逊于|逊|优于|略高于|略低于)[^,，。;；\\d]{0,12}?预[期估计测](?:的|值)?)");

    private static final Pattern EN_RANGE_MARKER = Pattern.compile(
            "(?i)(?:ranging (?:between|from)|in the range of|a range of|to be between|to range between)\\s*$");

    private ForecastCues() {
    }

    /** Whether a sentence holds a forecast word (expect, outlook, guidance…) that no "than" turns into a comparison. */
    static boolean forecastSentence(String s, Sentences.Sentence sent, FactLexicon lex) {
        for (int k = sent.start(); k < sent.end(); k++) {
            var m = lex.guidanceCuesZh.at(s, k);
            if (m == null || m.end() > sent.end()) continue;
            if (!comparedWithForecast(s, sent.start(), m.start())) return true;
        }
        return false;
    }

    /**
     * {@code en.guidance.than-we-forecast}: "better than we projected", "lower than what we had expected": a result measured against an earlier forecast, not one.
     */
    private static final Pattern THAN_WE_BEFORE = Pattern.compile(
            "(?i)\\bthan(?: what)? (?:we|management|I)(?:'d| had| have| originally| previously| initially)* $");

    /** 高于, 超, 不及, 符合 right before 预期: a result measured against the expectation (超预期, 高于预期且同比增长). */
    private static final Pattern ZH_COMPARED_BEFORE = Pattern.compile("(?:高于|低于|超|超出|超过|不及|符合|好于|逊于|逊|优于|弱于|强于|胜于|差于|不如)$");

    /** "better than expected", "stronger-than-expected", "as expected", 高于预期: a comparison with a forecast, not one. */
    private static boolean comparedWithForecast(String s, int from, int cueStart) {
        String pre = s.substring(Math.max(from, cueStart - 6), cueStart).toLowerCase(Locale.ROOT);
        if (pre.endsWith("than ") || pre.endsWith("than-") || pre.endsWith("as ")) return true;
        if (ZH_COMPARED_BEFORE.matcher(pre).find()) return true; // 高于预期且, 超预期, 不及预期: zh.guidance.compared-with-expectation
        if (THAN_WE_BEFORE.matcher(s.substring(Math.max(from, cueStart - 40), cueStart)).find()) return true;
        // "Compared to our guidance, revenue of $11.9 billion exceeded the high end of our revenue outlook": results
        // measured against the forecast, not a forecast
        return RESULT_AGAINST_FORECAST.matcher(s.substring(Math.max(from, cueStart - 48), cueStart)).find();
    }

    private static final java.util.regex.Pattern OWN_FIGURE_GAP = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:of|at|was|is|:)?\\s*(?:approximately |about |roughly )?");
    private static final java.util.regex.Pattern RESULT_AGAINST_FORECAST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|versus|vs\\.?|relative to|against|ahead of|above|below|exceeded|exceeding|beat|beating"
                    + "|surpassed|topped|in line with)(?: the (?:high|low|top|upper|lower) end of)? (?:our|the|its)(?: [\\w-]+)? $");

    /**
     * Whether a company's forecast word (预计, 指引, "we expect") stands before {@code pos} in the sentence or the list
     * it continues.
     */
    static boolean guidanceBefore(SentenceContext ctx, int pos) {
        // a bounded look back: a forecast's cue stands within its sentence (or list) and near the figure, so one sentence
        // of thousands of figures is not read from its start for each of them
        int from = Math.max(listStart(ctx, ctx.sent.start()), pos - LOOK_BACK);
        for (int k = from; k < pos; k++) {
            var m = ctx.lex.guidanceCuesZh.at(ctx.text, k);
            if (m != null && m.end() <= pos) {
                // 市场预期 / 分析师预期 are consensus, not guidance
                var c = ctx.lex.basisCues.before(ctx.text, m.end());
                if (c != null && c.value().equals("consensus")) continue;
                // (the forecast's own figure right after it, "our revenue outlook of $11.6 billion", is still the forecast's)
                // "under the rates of our August projection, revenue would have been $826 million": what the past
                // would have been, not a forecast (en.guidance.counterfactual)
                if (WOULD_HAVE.matcher(ctx.text).region(m.end(), pos).find()) continue;
                boolean own = OWN_FIGURE_GAP.matcher(ctx.text.substring(m.end(), pos)).matches();
                if (!own && comparedWithForecast(ctx.text, from, m.start())) continue;
                return true;
            }
        }
        return false;
    }

    private static final Pattern WOULD_HAVE = Pattern.compile("(?i)\\bwould have (?:been|grown|increased|decreased|declined|risen)\\b");

    /** How far before a figure its forecast cue is looked for (chars). */
    static final int LOOK_BACK = 1000;

    /**
     * Where the list a sentence continues begins: a sentence after a semicolon ("…revenue to be between $188 million
     * and $193 million; net income to be between…") shares the forecast verb of the items before it.
     */
    private static int listStart(SentenceContext ctx, int start) {
        int p = start;
        int floor = Math.max(0, start - 600);
        while (p > floor && ctx.text.charAt(p - 1) == ';') {
            int k = p - 2;
            // (not the point of $1.8 billion; and no further back than the list's bound, so a line of many items is
            // not read back to its start for each)
            while (k >= floor && !Sentences.isSentenceEnd(ctx.text, k)) k--;
            p = k + 1;
        }
        // "…our new ranges are as follows. Total revenue of $1.70 billion to $1.8 billion; …": the list the line announces
        int back = p;
        while (back > 0 && ctx.text.charAt(back - 1) == ' ') back--;
        if (back > 1 && (ctx.text.charAt(back - 1) == '.' || ctx.text.charAt(back - 1) == ':')) {
            String before = ctx.text.substring(Math.max(0, back - 24), back - 1).toLowerCase(Locale.ROOT);
            if (before.endsWith("as follows") || before.endsWith("the following") || ctx.text.charAt(back - 1) == ':') {
                int k = back - 2;
                int floor2 = Math.max(0, back - 400);
                while (k >= floor2 && !Sentences.isSentenceEnd(ctx.text, k)) k--;
                if (back - k < 400) p = k + 1;
            }
        }
        return p;
    }

    /** Whether a market expectation word (市场预期, "consensus") stands before {@code pos} in the sentence. */
    /**
     * {@code zh.basis.market-view-clause}: 但华尔街认为，…，总营收或恢复增长至X: the market's view opening with a comma after
     * its verb covers the clauses after it, to the sentence's end.
     */
    private static boolean sentenceOfMarketView(SentenceContext ctx, int pos) {
        for (int k = ctx.sent.start(); k < pos; k++) {
            var m = ctx.lex.basisCues.at(ctx.text, k);
            if (m != null && m.value().equals("consensus") && m.end() < pos && "，,：:".indexOf(ctx.text.charAt(m.end())) >= 0) return true;
        }
        return false;
    }

    static boolean consensusCueBefore(SentenceContext ctx, int pos) {
        for (int k = ctx.sent.start(); k < pos; k++) {
            var m = ctx.lex.basisCues.at(ctx.text, k);
            if (m != null && m.value().equals("consensus") && m.end() <= pos) return true;
        }
        return false;
    }

    private static final Pattern FORECAST_OF_IT = Pattern.compile("\\s*(?:并|同时|另外)?(?:预计|预测|预期)其");

    /** 较上年同期的1172亿美元: the base a forecast is compared with, an actual figure of an earlier period. */
    private static final Pattern ACTUAL_BASE = Pattern.compile("(?:较|比|相比|高于|低于)(?:上年|去年|上一年|上一?季度|\\d{4}年)(?:同期)?(?:的)?$");

    /** Consensus when the last forecast word before the figure is the market's (分析师预期), not the company's (指引). */
    static String consensusBetween(SentenceContext ctx, Slot t, Quantity q) {
        int baseFrom = Math.max(ctx.sent.start(), q.span().start() - 10);
        if (ctx.lang.equals("zh") && Chars.anyIn(ctx.text, baseFrom, q.span().start(), "较比高低")
                && ACTUAL_BASE.matcher(ctx.text).region(baseFrom, q.span().start()).find()) {
            return null;
        }
        // zh.basis.forecast-of-it: 预计其2024-2026年归母净利润分别为…: a forecast about the company (其), an analyst's, not its own
        if (ctx.lang.equals("zh") && FORECAST_OF_IT.matcher(ctx.text).region(ctx.sent.start(), Math.min(ctx.sent.end(), t.start)).lookingAt()) {
            return "consensus";
        }
        int expFrom = Math.max(ctx.sent.clauseStartBefore(q.span().start()), q.span().start() - 16);
        if (Chars.anyIn(ctx.text, expFrom, q.span().start(), "预估") // every expectation word holds one of them
                && COMPARED_WITH_EXPECTATION.matcher(ctx.text.substring(expFrom, q.span().start())).find()) return "consensus"; // 超过预期的1.39美元
        if (ctx.lang.equals("zh") && sentenceOfMarketView(ctx, t.start)) return "consensus";
        int from = Math.min(t.start, ctx.sent.clauseStartBefore(t.start));
        // 市场普遍预期格力电器营业总收入为2040亿元,归属…净利润为270.85亿元: a cue before the first metric covers the sentence
        if (!ctx.slots.isEmpty()) {
            Slot first = ctx.slots.get(0);
            for (int k = ctx.sent.clauseStartBefore(first.start); k < first.start; k++) {
                var m = ctx.lex.basisCues.at(ctx.text, k);
                if (m != null && m.value().equals("consensus")) {
                    boolean companyForecast = false;
                    for (int j = first.start; j < q.span().start(); j++) {
                        var g = ctx.lex.guidanceCuesZh.at(ctx.text, j);
                        if (g != null && ctx.lex.basisCues.before(ctx.text, g.end()) == null) companyForecast = true;
                    }
                    if (!companyForecast) return "consensus";
                    break;
                }
            }
        }
        for (Quantity o : ctx.qs) if (o.span().end() <= q.span().start() && o.span().end() > from) from = o.span().end();
        String last = null;
        for (int k = from; k < q.span().start(); k++) {
            var m = ctx.lex.basisCues.at(ctx.text, k);
            if (m != null && m.value().equals("consensus") && m.end() <= q.span().start()) {
                last = "consensus";
                k = m.end() - 1;
                continue;
            }
            var g = ctx.lex.guidanceCuesZh.at(ctx.text, k);
            if (g != null && g.end() <= q.span().start()) last = null;
        }
        return last;
    }

    /** A figure right after a forecast word (分析师预期70.1%, 指引区间107.8亿到112.2亿美元) belongs to the metric in play. */
    static boolean cuedFigure(SentenceContext ctx, int qs0) {
        int from = Math.max(ctx.sent.start(), qs0 - (ctx.lang.equals("en") ? 32 : 10)); // "analysts' average estimate of $305 million"
        if (ctx.lang.equals("en") && EN_RANGE_MARKER.matcher(ctx.text.substring(from, qs0)).find()) return true; // ranging between $500 million
        for (int k = from; k < qs0; k++) {
            var c = ctx.lex.basisCues.at(ctx.text, k);
            if (c != null && c.value().equals("consensus") && c.end() <= qs0) return true;
            var g = ctx.lex.guidanceCuesZh.at(ctx.text, k);
            if (g != null && g.end() <= qs0) return true;
        }
        return false;
    }

    private static final Pattern EN_ASSUMPTION_OPENER = Pattern.compile("(?i)^\\s*(?:using|assuming|based on)\\b");

    /**
     * {@code en.guidance.assumption}: "Using an estimated non-GAAP tax rate of 22%, we anticipate fourth quarter non-GAAP
     * loss per share of…": a figure in the opening clause of a forecast is assumed for the forecast's period; that
     * period's mention, or null when the sentence is no such forecast.
     */
    static PeriodMentions.Mention assumptionOfForecast(SentenceContext ctx, int pos) {
        if (!ctx.lang.equals("en") || ctx.sent.clauseStartBefore(pos) > ctx.sent.start() + 2
                || !EN_ASSUMPTION_OPENER.matcher(ctx.text).region(ctx.sent.start(), pos).lookingAt()) return null;
        int cue = -1;
        for (int k = pos; k < ctx.sent.end() && cue < 0; k++) {
            var g = ctx.lex.guidanceCuesZh.at(ctx.text, k);
            if (g != null && g.end() <= ctx.sent.end()) cue = g.end();
        }
        if (cue < 0) return null;
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() >= cue && m.start() < ctx.sent.end() && m.kind() != PeriodMentions.Kind.RELATIVE) return m;
        }
        return null;
    }

    /** 营业收入286.5亿元。高于彭博预期264亿元: a sentence of only a comparison with the consensus is about the figure before. */
    static void consensusOfLead(SentenceContext ctx) {
        Matcher m = CONSENSUS_COMPARISON.matcher(ctx.text).region(ctx.sent.start(), ctx.sent.end());
        if (!m.lookingAt()) return;
        int cueEnd = ctx.text.charAt(m.end() - 1) == '的' ? m.end() - 1 : m.end();
        var cue = ctx.lex.basisCues.before(ctx.text, cueEnd);
        if (cue == null || !cue.value().equals("consensus")) return;
        FactLexicon.Metric metric = ctx.lex.metrics.get(ctx.leadBefore.metric());
        Slot x = new Slot(m.start(1), m.start(1), metric, ctx.leadBefore.segment(), null);
        x.rules.add(ctx.lang + ".fact.consensus-of-previous");
        ctx.slots.add(x);
    }
}
