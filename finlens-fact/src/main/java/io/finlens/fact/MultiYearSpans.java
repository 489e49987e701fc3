package io.finlens.fact;

import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.text.KeyedPattern;
import java.util.regex.MatchResult;

/**
 * Money figures of a span of several years (Chinese):
 * <ul>
 *   <li>{@code zh.fact.span-total} (nothing is emitted): 在2013至2022年的十年间，用于回购的金额超过2600亿元: a sum over
 *       the years, no figure of one period;</li>
 *   <li>{@code zh.period.span-start}: 过去15年里，收入从1200亿元增至9000亿元: the figure the span starts from is the first
 *       year's (the document's year less the span), the one it reaches stays the document's.</li>
 * </ul>
 */
final class MultiYearSpans {
    /** 过去20年里, 近十年来, 十年间, 这五年中: a span of several years (two or more). */
    private static final KeyedPattern SPAN = new KeyedPattern("过近最这此0123456789两三四五六七八九十",
            "(过去|近|最近|这|此)?(?<![\\d.年第])(\\d{1,2}|[两三四五六七八九十]{1,3})多?年(?:间|里|中(?!期)|来|以来)");

    private MultiYearSpans() {
    }

    /** The span named in the sentence before figure {@code q}, or null. */
    private static MatchResult spanBefore(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("zh") || !q.unit().isMoney()) return null;
        KeyedPattern.Finder m = SPAN.in(ctx.text, ctx.sent.start(), q.span().start());
        MatchResult last = null;
        while (m.find()) last = m.matcher().toMatchResult();
        if (last == null || years(last.group(2)) < 2) return null;
        return last;
    }

    /** Whether {@code q} is a sum over a span of years the sentence names (neither where it starts nor where it ends). */
    static boolean spanTotal(SentenceContext ctx, Quantity q) {
        MatchResult m = spanBefore(ctx, q);
        if (m == null) return false;
        int st = q.span().start();
        String pre = ctx.text.substring(Math.max(m.end(), st - 4), st);
        if (pre.contains("至") || pre.contains("到") || FigurePeriods.fromToPrior(ctx, q)) return false; // a trajectory's ends
        for (PeriodMentions.Mention p : ctx.periods) {
            if (p.start() >= m.end() && p.end() <= st) return false; // 2022年的…: the figure names its own period
        }
        return true;
    }

    /** The first year of the span (过去15年里 in a 2022 document: 2007) when {@code q} is where it starts from, else null. */
    static Period spanStart(SentenceContext ctx, Quantity q) {
        MatchResult m = spanBefore(ctx, q);
        if (m == null || m.group(1) == null || m.group(1).equals("这") || m.group(1).equals("此")) return null;
        for (PeriodMentions.Mention p : ctx.periods) if (p.start() >= m.end() && p.end() <= q.span().start()) return null;
        return new Period.Year(PeriodMentions.docYear(ctx.doc.period()) - years(m.group(2)));
    }

    /** 20, 十, 二十, 十五: a small count of years; 0 when it cannot be read. */
    private static int years(String w) {
        if (Character.isDigit(w.charAt(0))) return Integer.parseInt(w);
        int n = 0, unit = 0;
        for (char c : w.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') d = 2;
            if (c == '十') {
                n += (unit == 0 ? 1 : unit) * 10;
                unit = 0;
            } else if (d >= 0) {
                unit = d;
            } else {
                return 0;
            }
        }
        return n + unit;
    }
}
