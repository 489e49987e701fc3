package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import io.finlens.text.KeyedPattern;
import io.finlens.text.TailAnchored;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exclusions: figures in a sentence that are not the figure of the metric before them.
 * <ul>
 *   <li>{@code zh.fact.share-price-move}: 盘后一度涨4%, the share price's move, no change of a metric;</li>
 *   <li>{@code zh.fact.hearsay}: 有报道称, 也有人认为, 券商某某估计: a report or one analyst's guess (nothing is emitted);</li>
 *   <li>third-party figures (no rule id: nothing is emitted): 据IDC数据，全球手机出货量同比下降11.2%; "according to
 *       industry data, the market grew 9%" is no figure of the company unless the company is named again before it;</li>
 *   <li>{@code en.fact.parenthesized-prior} (value rule {@code en.value.parenthesized-prior}): "an operating margin of
 *       12.4% (11.8)", "Earnings per share were SEK 4.12 (3.87)", the year-earlier figure in brackets;</li>
 *   <li>{@code zh.fact.year-bracket-prior} / {@code en.fact.year-bracket-prior} (value rule
 *       {@code .value.year-bracket}): 每股基本盈利为港币48.6仙(2024年:42.1仙), "revenue of HK$5.4 billion (2024: HK$4.8
 *       billion)", a Hong Kong filing's comparative named by its year.</li>
 * </ul>
 * Bracketed priors become facts of their own period instead of a second value of the current one.
 */
final class Exclusions {
    /** 据某机构统计, a research firm's statement: a third party's figures follow (keys: 据, 研调咨市). */
    private static final KeyedPattern THIRD_PARTY_SOURCE = new KeyedPattern("据研调咨市",
            "据(?!公司|本公司|集团|财报|公告|年报|业绩|官方|该公司|该行|该集团|本行)[^，,。；;]{1,16}?(?:数据|统计|调研|报告|测算)"
                    // zh.fact.research-firm-says: 市场研究公司某某上周称: a research firm's statement
                    + "|(?:研究公司|研究机构|调研机构|咨询机构|咨询公司|市场机构)[^，,。；;]{1,20}?(?:称|表示|指出|显示|估计|统计)");
    /** "according to industry data": looked for only where "ccording" stands. */
    private static final KeyedPattern ACCORDING_TO = new KeyedPattern("aA",
            "(?i)\\baccording to (?!(?:the |our )?(?:company|release|report of the company|management))");
    /**
     * zh.fact.data-shows: 某咨询机构数据显示, 第三方数据显示: a named source's data (not the company's own reports); looked for
     * only before each 数据显示 ({@link TailAnchored}).
     */
    private static final TailAnchored DATA_SHOWS = new TailAnchored("数据显示", 32, Pattern.compile(
            "(?<![\\p{IsHan}A-Za-z])(?!最新|相关|公开|统计|内部)[\\p{IsHan}A-Za-z]{2,24}(?<!财报|公告|年报|业绩|公司|官方|集团|本行|该行|最新)(?:的统计|发布的|公布的)?数据显示"));

    /**
     * {@code zh.fact.hearsay} (no fact is emitted): 有报道称, 也有人认为, 有的分析师认为, 券商某某估计: a report or one
     * person's guess, not the company's result nor the market's consensus.
     */
    private static final KeyedPattern HEARSAY = new KeyedPattern("有据券投",
            "有(?:媒体|外媒)?报道(?:称|指出|显示)|据(?:媒体|外媒)?报道|有消息(?:称|指出)|有(?:人|的分析师|分析人士|些分析师)(?:认为|估计|预计|称|预测)"
                    + "|(?:券商|投行)[\\p{IsHan}A-Za-z]{1,12}?(?:估计|估算|测算|预测)");

    /** 盘后一度涨4%, 股价下跌4%, 收盘涨2%: the share price's move just before a percent. */
    private static final Pattern SHARE_PRICE_MOVE = Pattern.compile("(?:盘后|盘中|盘前|股价|收盘|开盘|收涨|收跌)[^,，。;；\\d]{0,8}$");

    private static final Pattern OWN_AFTER_SOURCE = Pattern.compile(
            "公司|本集团|集团|该行|本行|我们|(?i)\\b(?:we|our|the company)\\b");

    private static final Pattern YEAR_BRACKET = Pattern.compile(
            "\\(((?:19|20)\\d\\d)(?:年(?:(\\d{1,2})月(\\d{1,2})日)?)?[:：] ?$");

    /**
     * "average selling prices had a positive impact of $8 million", "a headwind in the quarter of approximately $10
     * million", "the loss of $25 million in revenue from closing two properties": the effect of a driver on another figure.
     */
    private static final Pattern EN_IMPACT_OF = Pattern.compile(
            "(?i)(?:\\b(?:impact|effect|headwind|tailwind|drag)s?(?: in [a-z ]{1,24}?)?|(?<!net |operating |pre-tax )\\bthe loss) of"
            + " (?:approximately |about |roughly |around |nearly |an estimated )?$");

    /** "an approximate $2 million impact to free cash flow", "$6 million of FX headwind": the figure names itself an effect. */
    private static final Pattern EN_IMPACT_AFTER = Pattern.compile(
            "(?i)^ (?:of )?(?:negative |positive |unfavorable |favorable |adverse |net )?(?:(?:fx|foreign exchange|foreign currency|currency) )?"
            + "(?:impact|headwind|tailwind|effect|drag)s?\\b");

    /** "a headwind of $14 million to revenue and $5 million to EBITDA": the later items of an effect's list. */
    private static final Pattern EN_IMPACT_TO = Pattern.compile("(?i)^ to (?:our |the )?(?:adjusted |reported )?[a-z]");

    /** Words that make a sentence one about an effect on figures, for a figure "to revenue" later in it. */
    private static final Pattern EN_IMPACT_WORD = Pattern.compile("(?i)\\b(?:impact|headwind|tailwind|effect|drag)s?\\b");

    /** What a figure would have been (at other exchange rates, without an item): the metric's words then the verb. */
    private static final java.util.regex.Pattern EN_COUNTERFACTUAL = java.util.regex.Pattern.compile(
            "(?i)^[^.;:$]{0,40}?\\bwould have been\\b");

    /**
     * {@code en.fact.counterfactual} (no fact is emitted): "revenue and adjusted EBITDA would have been approximately
     * $826 million and $212 million" at other exchange rates or without an item: what the figures would have been under
     * another assumption, which no fact can say without its condition, is not stated as one.
     */
    static boolean counterfactual(SentenceContext ctx, int end) {
        if (!ctx.lang.equals("en")) return false;
        if (EN_COUNTERFACTUAL.matcher(ctx.text).region(end, Math.min(ctx.sent.end(), end + 60)).lookingAt()) return true;
        // "With the FX rates we used in August, our projections for the fourth quarter would be revenue of…": figures at
        // other rates, said in the conditional
        Matcher open = EN_OTHER_RATES.matcher(ctx.text).region(ctx.sent.start(), Math.min(ctx.sent.end(), ctx.sent.start() + 160));
        return open.lookingAt() && open.end() <= end && EN_WOULD.matcher(ctx.text).region(open.end(), ctx.sent.end()).find();
    }

    /** An opening condition of other exchange rates: "With the FX rates that we used at the time of our August release,". */
    private static final java.util.regex.Pattern EN_OTHER_RATES = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:with|using|at|under) (?:the )?(?:same )?(?:fx|foreign exchange|exchange|currency) rates\\b[^,.;]{0,100},");
    private static final java.util.regex.Pattern EN_WOULD = java.util.regex.Pattern.compile("(?i)\\bwould (?:be|have)\\b");

    private Exclusions() {
    }

    /**
     * {@code en.fact.impact-of} (no fact is emitted): "average selling prices had a positive impact of $8 million", "the
     * volume increased with a positive impact of $22 million", "an approximate $2 million impact to free cash flow", "a currency
     * headwind of $14 million to revenue and $5 million to EBITDA", "the loss of $25 million in revenue from closing
     * a market": how much a driver moved another figure is no figure of the driver's own metric nor of the figure it
     * moved (unless a metric follows it: "the impact of $176 million in share repurchases").
     */
    static boolean impactFigure(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("en") || !q.unit().isMoney()) return false;
        int a = q.span().start(), b = q.span().end(), after = Math.min(ctx.sent.end(), b + 40);
        int from = Math.max(ctx.sent.start(), a - 50);
        Matcher before = EN_IMPACT_OF.matcher(ctx.text).region(from, a);
        if (holdsAny(ctx.text, from, a, " of") && before.find()) { // every match ends in " of" and its qualifier
            // "the impact of $176 million in share repurchases": the figure names its own metric after it; but "the loss
            // of $25 million in revenue" is revenue lost, while "up from the loss of $3 million a year ago" is a result
            boolean namesItsMetric = MentionFraming.EN_FIGURE_OF.matcher(ctx.text).region(b, Math.min(ctx.sent.end(), b + 20)).lookingAt();
            return before.group().regionMatches(true, 0, "the loss", 0, 8) == namesItsMetric;
        }
        if (EN_IMPACT_AFTER.matcher(ctx.text).region(b, after).lookingAt()) return true;
        return EN_IMPACT_TO.matcher(ctx.text).region(b, after).lookingAt()
                && EN_IMPACT_WORD.matcher(ctx.text).region(Math.max(ctx.sent.start(), a - 120), a).find();
    }

    /** "$31 million higher revenue", "$6 million lower fuel costs": by how much, not how much. */
    private static final Pattern EN_COMPARATIVE_AFTER = Pattern.compile("(?i)^ (?:higher|lower|more|less|greater|smaller) (?!than\\b|year\\b|compared\\b|versus\\b|from\\b|in\\b|on\\b|at\\b)[a-z]");

    /**
     * "offset by the negative $17 million", "we reversed $12 million of revenue", "which lowered the midpoint by $20
     * million": an adjustment or a movement, not a level.
     */
    private static final Pattern EN_ADJUSTMENT_BEFORE = Pattern.compile(
            "(?i)(?:\\boffset by(?: the| a| an)?(?: negative| positive)?|\\breversed|\\bdue (?:primarily |mainly |largely |partly )?to(?: a| an| the)?"
            + "|\\binclud(?:ed|es|ing) (?:a |an )?(?:[a-z-]+ )?(?:benefit|charge|gain|loss|expense|cost)s? of|\\bat an average (?:price|cost) of"
            + "|\\b(?:lowered|raised|increased|reduced|cut|narrowed|moved)"
            + " the (?:midpoint|mid-point|range|low end|high end|top end|bottom end)(?: of [a-z ]{1,30}?)? by"
            + "|\\b(?:raising|raised|raise|lowering|lowered|lower|increasing|increased|reducing|reduced|cutting|cut|trimming|trimmed)"
            + " (?:our |the |its )?(?:full[- ]year |annual |\\d{4} )?(?:outlook|guidance|forecast|range|midpoint|expectations?)"
            + "(?: for [^$.;]{1,40}?)? by)"
            + " (?:approximately |about |roughly |nearly )?$");

    /** "Included in the quarter's net interest income were $2.1 million of loan fees": a part of the line, not the line. */
    private static final Pattern EN_INCLUDED_IN = Pattern.compile("(?i)^\\s*(?:also )?included in\\b");

    /**
     * {@code en.fact.bridge-amount} (no fact is emitted): "$31 million higher revenue", "offset by the negative $17
     * million", "we reversed $12 million of revenue", "which lowered the midpoint by $20 million", "Included in net
     * interest income were $2.1 million of loan fees", "due primarily to a $150 million gain", "the prior year quarter
     * included a benefit of $11 million", "at an average price of $41.25", "raising our outlook for adjusted EBITDA by
     * $20 million" (a move of the forecast, not its level): the steps of a bridge between two figures,
     * the parts of one and the price paid are no level of the metric they name.
     */
    static boolean bridgeFigure(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("en") || !q.unit().isMoney()) return false;
        int a = q.span().start(), b = q.span().end();
        if (EN_COMPARATIVE_AFTER.matcher(ctx.text).region(b, Math.min(ctx.sent.end(), b + 20)).lookingAt()) return true;
        int from = Math.max(ctx.sent.start(), a - 70);
        // every adjustment phrase holds one of these words: the pattern runs only where one stands
        if (holdsAny(ctx.text, from, a, "offset", "reversed", "due", "includ", "average", " by")
                && EN_ADJUSTMENT_BEFORE.matcher(ctx.text).region(from, a).find()) return true;
        return EN_INCLUDED_IN.matcher(ctx.text).region(ctx.sent.start(), a).lookingAt() && a - ctx.sent.start() < 160;
    }

    /**
     * 据IDC数据，全球手机出货量同比下降11.2%; "according to industry data, the market grew 9%": a figure a third party
     * states about a market is no figure of the company, unless the company is named again before it.
     */
    static boolean thirdPartyFigure(SentenceContext ctx, Quantity q) {
        if (ctx.lang.equals("zh") && HEARSAY.foundIn(ctx.text, statementStart(ctx), q.span().start())) return true;
        int from = ctx.lang.equals("zh") ? paragraphStart(ctx) : ctx.sent.start();
        KeyedPattern.Finder m = THIRD_PARTY_SOURCE.in(ctx.text, from, q.span().start());
        int end = -1;
        while (m.find()) end = m.end();
        if (mayHold(ctx.text, "ccording", from, q.span().start())) {
            KeyedPattern.Finder a = ACCORDING_TO.in(ctx.text, from, q.span().start());
            while (a.find()) end = Math.max(end, a.end());
        }
        if (ctx.lang.equals("zh")) for (java.util.regex.MatchResult d : DATA_SHOWS.in(ctx.text, from, q.span().start())) end = Math.max(end, d.end());
        if (ctx.lang.equals("zh")) end = Math.max(end, otherResults(ctx, from, q.span().start()));
        if (end < 0) return false;
        for (int k = end; k < q.span().start(); k++) { // 据彭博统计,分析师平均预期…: the market's view of the company
            var c = ctx.lex.basisCues.at(ctx.text, k);
            if (c != null && c.value().equals("consensus")) return false;
        }
        if (end < ctx.sent.start()) { // zh.fact.paragraph-source: the source opened the paragraph; the company named since takes its figures back
            for (String a : ctx.doc.aliases()) { // an occurrence starting before the figure (looked for no further)
                if (a.length() >= 2 && ctx.text.indexOf(a, end, Math.min(ctx.text.length(), q.span().start() + a.length() - 1)) >= 0) return false;
            }
        }
        return !OWN_AFTER_SOURCE.matcher(ctx.text).region(end, q.span().start()).find();
    }

    /** Whether one of {@code words} stands within {@code [from, to)} of {@code s}, in any case. */
    static boolean holdsAny(String s, int from, int to, String... words) {
        for (String w : words) {
            for (int i = from; i + w.length() <= to; i++) if (s.regionMatches(true, i, w, 0, w.length())) return true;
        }
        return false;
    }

    /** Whether {@code word} (or its upper case) stands within {@code [from, to)}. */
    private static boolean mayHold(String s, String word, int from, int to) {
        return s.indexOf(word, from, to) >= 0 || s.indexOf(word.toUpperCase(java.util.Locale.ROOT), from, to) >= 0;
    }

    /** 某设备巨头X披露的业绩显示: the results a named company disclosed. */
    private static final TailAnchored DISCLOSED_RESULTS = new TailAnchored("显示", 34, Pattern.compile(
            "(?<![\\p{IsHan}A-Za-z])([\\p{IsHan}A-Za-z]{2,24})(?:披露|公布|发布)的(?:业绩|财报|季报|年报|数据)显示"));

    /**
     * {@code zh.fact.other-results}: 某设备巨头X披露的业绩显示，…: another company's disclosed results are that company's
     * figures (its name holds none of the reporting company's); where the last such statement ends, or -1.
     */
    private static int otherResults(SentenceContext ctx, int from, int to) {
        int end = -1;
        for (java.util.regex.MatchResult d : DISCLOSED_RESULTS.in(ctx.text, from, to)) {
            boolean own = d.group(1).contains("公司") || d.group(1).contains("集团");
            for (String a : ctx.doc.aliases()) own |= a.length() >= 2 && d.group(1).contains(a);
            if (!own) end = d.end();
        }
        return end;
    }

    /**
     * {@code zh.fact.paragraph-source}: 据某行业协会整理的数据，…A类产品均价为…；B类产品均价为…。C类领域，…: a third party's data
     * named in a paragraph covers its later sentences too (no further back than the line's start, at most 300 chars).
     */
    private static int paragraphStart(SentenceContext ctx) {
        int k = ctx.sent.start(), floor = Math.max(0, k - 300);
        while (k > floor && ctx.text.charAt(k - 1) != '\n') k--;
        return k;
    }

    /** 若X…: a clause stating a condition (not an adjustment: 若剔除汇率影响 is a basis, read elsewhere). */
    private static final Pattern CONDITION = Pattern.compile("\\s*(?:但|而|不过)?(?:若|如果|假如|倘若|一旦)(?!剔除|撇除|扣除|不计|排除|按|以|计入|包括)");
    /** …，便可能, …，就会, …，则: the consequence after a condition. */
    private static final Pattern CONSEQUENCE = Pattern.compile("^[，,]\\s*(?:便|就|则|那么|那)");

    /**
     * {@code zh.fact.condition} (nothing is emitted): 若公司给出的降幅不足5%，便可能被视为利好: a figure inside a condition
     * whose consequence follows (便, 就, 则) is a hypothetical, no result nor forecast.
     */
    static boolean condition(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("zh")) return false;
        int cs = Math.max(ctx.sent.clauseStartBefore(q.span().start()), ctx.sent.start());
        if (!CONDITION.matcher(ctx.text).region(cs, q.span().start()).lookingAt()) return false;
        int end = q.span().end();
        while (end < ctx.sent.end() && "，,".indexOf(ctx.text.charAt(end)) < 0) end++;
        return CONSEQUENCE.matcher(ctx.text).region(end, ctx.sent.end()).lookingAt();
    }

    /** 自2015年以来首次跌破: a first crossing of a round figure since a past date. */
    private static final Pattern FIRST_SINCE = Pattern.compile("以来[^，,。；;]{0,12}首次(?:跌破|突破|超过|低于|跌落|站上|迈过)(?:了)?$");

    /**
     * {@code zh.fact.milestone} (nothing is emitted): 这是该品牌自2015年以来销量首次跌破100万辆: the round figure a result
     * crossed for the first time since a past date is no figure of that date, nor the result itself (stated before it).
     */
    static boolean milestone(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("zh")) return false;
        int cs = Math.max(ctx.sent.clauseStartBefore(q.span().start()), ctx.sent.start());
        return FIRST_SINCE.matcher(ctx.text).region(cs, q.span().start()).find();
    }

    /**
     * {@code zh.fact.share-price-move} (nothing is emitted): 手机收入同比不降反升，盘后一度涨4%: how the share price moved
     * is no change of a metric named before it.
     */
    static boolean sharePriceMove(SentenceContext ctx, Quantity q) {
        if (!ctx.lang.equals("zh") || q.unit().dimension() != Dimension.RATIO) return false;
        return SHARE_PRICE_MOVE.matcher(ctx.text).region(Math.max(ctx.sent.clauseStartBefore(q.span().start()), q.span().start() - 12),
                q.span().start()).find();
    }

    /** Where the statement of the sentence starts: the sentence, or the one before when a semicolon joins them (within 160 chars). */
    private static int statementStart(SentenceContext ctx) {
        if (!FigurePeriods.afterSemicolon(ctx)) return ctx.sent.start();
        int k = ctx.sent.start() - 2, floor = Math.max(0, ctx.sent.start() - 160);
        while (k > floor && "。！？!?\n".indexOf(ctx.text.charAt(k - 1)) < 0) k--;
        return k;
    }

    /**
     * "an operating margin of 12.4% (11.8)", "Earnings per share were SEK 4.12 (3.87)": the European way to give the
     * year-earlier figure, a bare number in brackets right after the figure, in its unit and scale.
     */
    static boolean parenthesizedPrior(SentenceContext ctx, Quantity q) {
        int a = q.span().start(), b = q.span().end();
        if (q.unit().dimension() != Dimension.NUMBER || q.value() == null || a < 3 || b >= ctx.text.length()
                || ctx.text.charAt(a - 1) != '(' || ctx.text.charAt(b) != ')' || ctx.text.charAt(a - 2) != ' ') return false;
        for (Slot t : ctx.slots) {
            if (t.value == null || t.value.span().end() != a - 2 || t.value.value() == null) continue;
            Quantity prior = inUnitOf(q, t.value, "en.value.parenthesized-prior");
            if (prior == null) return false;
            Period base = t.period != null ? t.period : FigurePeriods.periodFor(ctx, t.end, t);
            addPrior(ctx, t, q, prior, base.previousYear(), "en.fact.parenthesized-prior", b + 1); // with its closing bracket
            return true;
        }
        return false;
    }

    /**
     * "每股基本盈利为港币48.6仙(2024年:42.1仙)", "revenue of HK$5.4 billion (2024: HK$4.8 billion)": a Hong Kong
     * filing gives the comparative in brackets, named by its year; the figure is the same line for that year.
     */
    static boolean yearBracketPrior(SentenceContext ctx, Quantity q) {
        int a = q.span().start();
        Matcher m = YEAR_BRACKET.matcher(ctx.text.substring(Math.max(ctx.sent.start(), a - 18), a));
        if (!m.find()) return false;
        int open = a - (m.group().length());
        int close = q.span().end();
        while (close < ctx.sent.end() && ctx.text.charAt(close) == ' ') close++;
        if (close >= ctx.text.length() || ctx.text.charAt(close) != ')') return false;
        for (Slot t : ctx.slots) {
            if (t.value == null || t.value.value() == null) continue;
            int e = t.value.span().end();
            if (e != open && !(e + 1 == open && ctx.text.charAt(e) == ' ')) continue;
            Quantity prior = q;
            if (q.unit().dimension() == Dimension.NUMBER && q.value() != null) {
                prior = inUnitOf(q, t.value, ctx.lang + ".value.year-bracket");
                if (prior == null) return false;
            } else if (!q.unit().equals(t.value.unit()) && !(q.unit().isMoney() && t.value.unit().isMoney())) {
                return false;
            }
            Period period;
            if (m.group(2) != null) { // (2024年12月31日:…): a balance at that day
                try {
                    period = new Period.Instant(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException notADay) {
                    return false;
                }
            } else {
                period = PeriodMentions.withYear(t.period != null ? t.period : FigurePeriods.periodFor(ctx, t.end, t), Integer.parseInt(m.group(1)));
            }
            addPrior(ctx, t, q, prior, period, ctx.lang + ".fact.year-bracket-prior", close + 1);
            return true;
        }
        return false;
    }

    /**
     * A bare number read in the unit and scale of the figure it compares with: 11.8 after 12.4% is 11.8%, 2.0 after
     * €2.1 billion is €2.0 billion, 3.87 after SEK 4.12 is SEK 3.87; null where that cannot be said (a multiple).
     */
    private static Quantity inUnitOf(Quantity bare, Quantity main, String rule) {
        BigDecimal v = bare.value();
        if (main.unit().dimension() == Dimension.RATIO && !main.rule().contains("multiple")) v = v.movePointLeft(2);
        else if (main.unit().isMoney()) v = v.scaleByPowerOfTen(Math.max(0, main.precision().scaleExponent()));
        else if (main.unit().dimension() != Dimension.COUNT) return null;
        return new Quantity(bare.span(), v, main.unit(), null, null, main.precision(), null, false, false, main.perShare(), rule);
    }

    /** The figure {@code q} states for {@code t}'s line in another period, as a fact of its own; {@code q} is spent. */
    private static void addPrior(SentenceContext ctx, Slot t, Quantity q, Quantity value, Period period, String rule, int evidenceEnd) {
        Slot x = new Slot(t.start, t.end, t.metric, t.segment, t.basis);
        x.value = value;
        x.period = period;
        x.negative = t.negative;
        x.rules.add(rule);
        x.evidence.add(new Span(Math.min(t.start, q.span().start()), Math.max(t.end, evidenceEnd)));
        ctx.extra.add(x);
        ctx.consumed.add(q);
    }
}
