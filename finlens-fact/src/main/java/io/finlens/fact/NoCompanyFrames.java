package io.finlens.fact;

import io.finlens.text.WordList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames that make a figure no company's result of a period (the fact stage emits nothing for it): an industry's
 * figure (全国规模以上医药制造业营业收入), a whole market's from a third party's data (据研究机构估计，全球智能手机出货量),
 * a sum over several years or over the company's life (近十年资本开支合计). Read by {@link MentionFraming}.
 */
final class NoCompanyFrames {
    private NoCompanyFrames() {
    }

    /** 全国规模以上医药制造业营业收入, 全行业净利润: an industry's figure, framed in the clause before the metric. */
    private static final Pattern INDUSTRY_FRAME = Pattern.compile("全国|全行业|我国|规模以上");

    /**
     * 全国规模以上医药制造业营业收入为2.91万亿元，同比下降1.6%，利润总额4288亿元: an industry framed earlier in the sentence
     * stays the subject of the clauses after it until a company is named.
     */
    static boolean industryCarried(SentenceContext ctx, int pos, String rawFrame) {
        Matcher f = INDUSTRY_FRAME.matcher(ctx.text).region(ctx.sent.start(), pos);
        int at = -1;
        while (f.find()) at = f.start();
        if (at < 0) return false;
        if (INDUSTRY_FRAME.matcher(rawFrame).find()) return true;
        if (rawFrame.contains("公司") || rawFrame.contains("集团") || rawFrame.contains("本行")) return false;
        for (CompanyMentions.CompanyMention c : ctx.companies) if (c.start() > at && c.start() < pos) return false;
        return true;
    }

    /** 据研究机构估计, 协会数据显示, 发布的数据显示: a sentence that reports a third party's data. */
    private static final Pattern DATA_SOURCE = Pattern.compile("据.{1,16}?(?:估计|统计|数据|测算|报告)|(?:数据|报告|统计)显示|发布的数据");
    /** 全球智能手机, 中国品牌乘用车, 行业: a frame naming a whole market rather than a company. */
    private static final Pattern MARKET_FRAME = Pattern.compile("全球|全国|国内|我国|中国|行业|市场");

    /**
     * 据某研究机构估计，今年一季度全球智能手机出货量下降了14%: a third party's data about a whole market, where the
     * sentence names neither the reporting company nor another one before the figure, is no company's result.
     */
    static boolean marketData(SentenceContext ctx, int pos, String rawFrame) {
        if (!ctx.lang.equals("zh") || !MARKET_FRAME.matcher(rawFrame).find()) return false;
        // (a source line broken before the sentence, 据研究机构统计，7\n月至9月期间…, is read with it, up to the last 。)
        // (the full stop looked for within those 24 chars only: a long text without one is not read back to its start)
        int from = Math.max(0, ctx.sent.start() - 24);
        for (int k = ctx.sent.start() - 1; k >= from; k--) {
            if (ctx.text.charAt(k) == '。') {
                from = k + 1;
                break;
            }
        }
        String before = ctx.text.substring(Math.min(from, ctx.sent.start()), pos);
        if (!DATA_SOURCE.matcher(before).find()) return false;
        for (CompanyMentions.CompanyMention c : ctx.companies) if (c.start() < pos) return false;
        for (String a : ctx.doc.aliases()) if (before.contains(a)) return false;
        return !before.contains(ctx.doc.entity()) && !before.contains("本公司") && !before.contains("该公司");
    }

    /** 近十年, 过去20年, 十年: a span of several years. */
    private static final Pattern YEARS_SPAN = Pattern.compile("(?:近|过去|这)?(?<![\\d.年第])(?:[两几二三四五六七八九十]|十[一二三四五六七八九]|二十|\\d{1,2})(?:多)?年(?!度|报|期|初|末|底|中)");
    private static final Pattern SUM_AFTER = Pattern.compile("^(?:合计|总和|总计|累计)");
    /** 过去十年回购, 十年间: a span of years framing the metric in its own clause. */
    private static final Pattern SPAN_FRAME = Pattern.compile(
            "(?:近|过去)(?:[两几二三四五六七八九十]|十[一二三四五六七八九]|二十|\\d{1,2})(?:多)?年(?!度|报|期|初|末|底|中)|(?<![\\d.年第])(?:[两几二三四五六七八九十]|十[一二三四五六七八九]|二十|\\d{1,2})(?:多)?年(?:间|里|来)");

    /**
     * 十年累计投入的研发费用超过11100亿元, 近十年资本开支合计1.82万亿元, 零跑已累计净亏损超122亿元: a sum over several years or
     * over the company's life is no result of a period.
     */
    static boolean overYears(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, String rawFrame) {
        if (!ctx.lang.equals("zh")) return false;
        if (rawFrame.contains("已累计")) return true;
        // 过去十年回购1785亿美元: a flow over the span (a ratio 近十年降至13.4% is where it stands now)
        if (m.value().metric().kind() == FactLexicon.Kind.FLOW && SPAN_FRAME.matcher(rawFrame).find()) return true;
        boolean sum = rawFrame.contains("累计") || SUM_AFTER.matcher(ctx.text).region(m.end(), ctx.sent.end()).lookingAt();
        return sum && YEARS_SPAN.matcher(ctx.text).region(ctx.sent.start(), m.start()).find();
    }
}
