package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Quantity;
import io.finlens.text.WordList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Framing of a mention: the segment and metric the words around a metric mention give it (its basis is read by
 * {@link MentionBasis}), before any figure is linked.
 * <ul>
 *   <li>the segment named right before it ({@link ZhSegmentNames}, {@link EnSegmentNames}); "Our development
 *       business realized $17 million of operating profit" names it before the figure;</li>
 *   <li>the metric its words make it: 每股美国存托股份的摊薄盈利 is per share, 归属于母公司股东的净利润 (or 归属于X的, X the
 *       company) is net income attributable;</li>
 *   <li>the line of an earlier mention: 相比之下上年同期运营亏损为8.90亿美元 and 较分析师预期收入23.8亿美元 are about
 *       the line just named;</li>
 *   <li>English lines: "In TAVR, …", the next item of a list about one line, and {@code en.discourse.segment}: "Turning to
 *       Display. In the fourth quarter, sales were $942 million";</li>
 *   <li>a sentence that opens on a line (智能出行业务仍处于投入期);</li>
 *   <li>no figure of the company's period (no rule id; nothing is emitted): per-unit figures (单车收入, "sales per
 *       square foot"), a week's or a market's (周销量, 国内游戏市场), sums over companies (两家合计).</li>
 * </ul>
 */
final class MentionFraming {
    /** 全年集团收入, 公司整体: a figure of the whole company, not of the section's line. */
    private static final Pattern WHOLE_FRAME = Pattern.compile("集团|公司|整体|合计|总");

    /** A sentence that opens on a business line: 智能出行业务仍处于投入期, 电商业务方面, … */
    private static final Pattern TOPIC = Pattern.compile(
            "[^\\p{IsHan}\\p{L}]*([\\p{IsHan}A-Za-z]{2,10}?(?:业务|板块|分部))(?:方面|仍|继续|则|本季度|整体|表现)");

    private static final Pattern TOPIC_EN = Pattern.compile(
            "(?:In|For|Within|Turning to|Moving to|Now to|In our|For our) ((?:[A-Z][\\w&/-]*)(?: (?:[A-Z][\\w&/-]*|&|and)){0,3}),");

    private static final Pattern EN_WHOLE_BEFORE = Pattern.compile(
            "(?i)\\b(?:total|consolidated|overall|company-wide|enterprise)\\s+$");

    private static final Pattern EN_LIST_GAP = Pattern.compile(
            "^(?:, | and |, and |, while |, with |; )(?:the |its |our )?(?:segment )?$");

    /** 股息每股, 派发…每股: a dividend per share just before the word 现金. */
    private static final Pattern DIVIDEND_PER_SHARE = Pattern.compile("(?:股息|分红|派息|派发)[^，,。；;]{0,12}每股$");

    /** 上年同期, 上一季度, 上一年则为, (，)2022年为: the prior period of the line just named. */
    private static final Pattern PRIOR_WORDS = Pattern.compile("(上年|去年|上一年|\\d{4}年)同期|上一?季度|(?:上一?年|去年)(?:则为|则|为)|^\\s*\\d{4}年(?:则)?为");

    private static final Pattern MARKET = Pattern.compile("^(国内|全国|全球|中国|整个|我国|行业).{0,8}(行业|市场)(实际|整体|总体)?(的)?$|^行业|[^出]行业$");

    private static final Pattern PER_UNIT = Pattern.compile("^(单车|人均|单位|每辆|每位|每台|每个|每家|日均)");

    private static final Pattern EN_PER_UNIT = Pattern.compile(
            "(?i) per (?!(?:diluted |basic |common |ordinary )?(?:share|ads|unit holder))[a-z]");

    private static final Pattern ATTRIBUTABLE =
            Pattern.compile("^(归属|归属于|应占)[\\p{IsHan}A-Za-z]{0,10}?(股东|所有者|持有人)(的)?(经调整|调整后)?(的)?$");

    static final Pattern EN_FIGURE_OF = Pattern.compile(
            "^ (?:in|of|worth of)(?: total| net| adjusted| gross)? ");

    private MentionFraming() {
    }

    /** What the words around one mention make of it so far: its metric, segment and basis, and the rules that set them. */
    static final class Reading {
        FactLexicon.Metric metric;
        String seg;
        String basis;
        /** en.discourse.segment, en.discourse.default-basis, scope.basis: where the segment or the basis came from. */
        boolean carriedSegment;
        boolean defaultBasis;
        boolean scopeBasis;
        boolean counterfactual;
        boolean coreKind;
        /** scope.segment: the line came from the heading over the paragraph. */
        boolean scopeSegment;
        /** zh.metric.per-share: 每股 before a net income or revenue word made it earnings per share. */
        boolean perShare;
        /** Another company the mention's own words name (招行的分红率), or null. */
        String entity;

        Reading(FactLexicon.Metric metric) {
            this.metric = metric;
        }
    }

    /** The slot of mention {@code m}: its metric, segment and basis as the words around it frame them. */
    static Slot slotFor(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m) {
        Reading r = new Reading(AmongExact.of(ctx, m, m.value().metric()));
        ownWords(ctx, m, r);
        if (r.seg == null && r.metric.id().equals("net_adds") && ctx.lang.equals("zh")) r.seg = MetricMentions.countBefore(ctx, m.start());
        sameLineEarlier(ctx, m, r);
        expectationOfLine(ctx, m, r);
        englishLine(ctx, m, r);
        MentionBasis.defaults(ctx, m, r);
        zhTopic(ctx, m, r);
        return made(ctx, m, r);
    }

    /**
     * The segment, basis and metric the mention's own words give: the segment named before it (研发人员 is staff by
     * function; A类普通股 and 电动车产量 are no lines), 每股…盈利 is per share, 归属于母公司股东的净利润 is attributable.
     */
    private static final java.util.regex.Pattern CORE_BEFORE = java.util.regex.Pattern.compile("(?i)\\bcore $");

    /** （不包括来自X的广告收入）, (excluding Y): a bracket right after a line's metric that leaves a part out. */
    private static final Pattern EXCLUDING_BRACKET = Pattern.compile("[（(](?:不包括|不含|剔除|扣除|excluding|excl\\.)[^（）()]{1,30}[）)]");

    /** The metrics a 每股 before them makes earnings per share (净收益, 净收入, 净利润). */
    private static final java.util.Set<String> PER_SHARE_METRICS = java.util.Set.of("net_income", "net_income_attributable", "revenue");
    /** 每股 and the words that name the share and the dilution, right before the metric: 每股美国存托股票(ADS)的基本. */
    private static final java.util.regex.Pattern PER_SHARE_HEAD = java.util.regex.Pattern.compile(
            "每股(?:美国存托股[票份]?|ADS|普通股|A股|H股|[(（][A-Za-z]{2,5}[)）]|的|摊薄|稀释|基本|及|和|后|净)*$");

    private static void ownWords(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        r.seg = m.start() > 0 && (ctx.text.charAt(m.start() - 1) == '“' || ctx.text.charAt(m.start() - 1) == '"') ? null : segment(ctx, m.start());
        if (m.word().equals("人员") && r.seg != null) r.seg = r.seg + "人员"; // 研发人员, 平台运营人员: staff by function
        r.basis = m.value().basis() != null ? m.value().basis()
                : m.value().metric().unit() == FactLexicon.MetricUnit.COUNT ? null // members, users: no adjusted count
                : m.value().metric().kind() == FactLexicon.Kind.STOCK && CORE_BEFORE.matcher(
                        ctx.text.substring(Math.max(ctx.sent.start(), m.start() - 6), m.start())).find() ? null // core loans, core deposits: a kind
                : MentionBasis.nonGaapAround(ctx, m.start(), m.end());
        // en.segment.core-kind: core loans, core deposits: the bank's core kind of the balance, named as its line
        if (r.seg == null && r.basis == null && ctx.lang.equals("en") && m.value().metric().kind() == FactLexicon.Kind.STOCK
                && m.value().metric().unit() == FactLexicon.MetricUnit.MONEY
                && CORE_BEFORE.matcher(ctx.text.substring(Math.max(ctx.sent.start(), m.start() - 6), m.start())).find()) {
            r.seg = "core";
            r.coreKind = true;
        }
        if (Exclusions.counterfactual(ctx, m.end())) {
            r.counterfactual = true; // "revenue would have been $826 million" at other rates
        }
        if (r.seg != null && r.metric.id().equals("eps") && r.seg.contains("股")) r.seg = null; // A类、B类和C类普通股: share classes
        if (r.metric.id().equals("cash") && ctx.lang.equals("zh") && DIVIDEND_PER_SHARE.matcher(
                ctx.text.substring(ctx.sent.clauseStartBefore(m.start()), m.start())).find()) {
            r.metric = ctx.lex.metrics.get("dividend"); // 中期股息每股现金人民币0.93元: the dividend, paid in cash
            r.seg = null;
        }
        if (m.word().equals("净收入") && "non-gaap".equals(r.basis) && ctx.lang.equals("zh")) {
            r.metric = ctx.lex.metrics.get("net_income"); // 非公认会计准则调整后的净收入: an adjusted net income, never an adjusted revenue
        }
        otherCompanyNamed(ctx, r);
        if (r.seg != null && r.metric.unit() == FactLexicon.MetricUnit.COUNT && ctx.lex.productWords.contains(r.seg)) {
            r.seg = null; // 电动车产量, 汽车交付量: the company's own product, counted whole
        }
        if (r.seg != null) {
            // 广告及营销收入（不包括来自X的广告收入）: a line measured without a part is another line's figure
            Matcher ex = EXCLUDING_BRACKET.matcher(ctx.text).region(m.end(), Math.min(ctx.sent.end(), m.end() + 40));
            if (ex.lookingAt()) r.seg = r.seg + ex.group();
        }
        String rawHead = ctx.text.substring(ctx.sent.clauseStartBefore(m.start()), m.start());
        if (r.metric.unit() == FactLexicon.MetricUnit.MONEY && PER_SHARE_METRICS.contains(r.metric.id())
                && (r.seg != null && r.seg.contains("每股") || PER_SHARE_HEAD.matcher(rawHead).find())) {
            // zh.metric.per-share: 每股美国存托股份的摊薄盈利, 归属于X股东的每股摊薄净收益, 每股ADS的基本净收入: per share,
            // whatever the share is called and whoever it is attributable to
            r.metric = ctx.lex.metrics.get("eps");
            r.seg = null;
            r.perShare = true;
            return;
        }
        int attr = Math.max(rawHead.lastIndexOf("归属"), rawHead.lastIndexOf("应占"));
        if (attr >= 0 && r.metric.id().equals("net_income")
                && (ATTRIBUTABLE.matcher(rawHead.substring(attr)).matches() || attributableToOwn(ctx, rawHead.substring(attr)))) {
            // 归属普通股股东的(调整后)净利润: attributable to the parent's shareholders
            r.metric = ctx.lex.metrics.get("net_income_attributable");
            if (rawHead.substring(attr).contains("调整")) r.basis = "non-gaap";
            r.seg = null;
        }
    }

    /**
     * 今年招行的分红率为35.01%，中信银行的分红率为28.01%: a peer bank or broker named where a line would be is the company
     * the figure is about (that figure's alone: the clauses after it are the reporting company's again).
     */
    private static void otherCompanyNamed(SentenceContext ctx, Reading r) {
        String other = ctx.lang.equals("zh") ? ZhSegmentNames.otherCompany(r.seg, ctx.doc) : null;
        if (other == null) return;
        r.entity = other;
        r.seg = null;
    }

    /** 谷歌云运营亏损为4.80亿美元,相比之下上年同期运营亏损为8.90亿美元: the same line as the metric a year earlier. */
    private static void sameLineEarlier(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        String clauseHead = ctx.text.substring(ctx.sent.clauseStartBefore(m.start()), m.start());
        if (r.metric.id().equals("cash") && clauseHead.endsWith("产生的") && !ctx.slots.isEmpty()
                && ctx.slots.get(ctx.slots.size() - 1).metric.id().endsWith("cash_flow")) {
            r.metric = ctx.slots.get(ctx.slots.size() - 1).metric; // 经营活动产生的现金为X，而2022年产生的现金为Y: the same flow
        }
        if (r.seg == null && clauseHead.strip().equals("对应") && !ctx.slots.isEmpty()) {
            r.seg = ctx.slots.get(ctx.slots.size() - 1).segment; // 家庭市场客户数达到2.44亿户，对应ARPU达到42.1元: the same line's
        }
        if (r.seg == null && PRIOR_WORDS.matcher(clauseHead).find()) {
            // 谷歌云运营亏损为4.80亿美元,相比之下上年同期运营亏损为8.90亿美元: the same line a year earlier
            for (Slot prev : ctx.slots) {
                boolean sameFamily = prev.metric.id().startsWith("net_income") && r.metric.id().equals("net_income");
                if ((prev.metric.id().equals(r.metric.id()) || sameFamily) && prev.listHead == null) {
                    r.seg = prev.segment;
                    if (r.basis == null) r.basis = prev.basis;
                    if (sameFamily) r.metric = prev.metric; // 归母净利润为X,上年同期盈利Y
                }
            }
        }
    }

    /** 较分析师预期收入23.8亿美元: the market's expectation is for the line just named. */
    private static void expectationOfLine(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        var cue = ctx.lex.basisCues.before(ctx.text, m.start());
        if (cue == null && m.start() > 0 && ctx.text.charAt(m.start() - 1) == '的') cue = ctx.lex.basisCues.before(ctx.text, m.start() - 1);
        if (cue != null && cue.value().equals("consensus")) {
            // 较分析师预期收入23.8亿美元: the expectation for the line just named
            r.seg = null;
            for (Slot prev : ctx.slots) if (prev.metric.id().equals(r.metric.id())) r.seg = prev.segment;
        }
    }

    /**
     * English lines from the sentence: "In TAVR, first quarter global sales were…", the next item of a list about one
     * line ("International volume decreased 5%, sales increased 13%"), and ({@code en.discourse.segment}) the line
     * of an earlier sentence ("Turning to Display. In the fourth quarter, sales were $942 million"); never for "total
     * revenue", "consolidated net sales".
     */
    /** "compared to revenues of": a metric named again for the figure it is compared with. */
    private static final Pattern EN_COMPARED_MENTION = Pattern.compile("(?i)\\b(?:compared (?:to|with)|versus|vs\\.?|from) (?:the |our )?$");

    /** A line named right after its metric: "from our Canadian segment", "in Canada" before the verb. */
    private static final Pattern EN_LINE_AFTER = Pattern.compile(
            "\\s+(?:from|for|in|at) (?:our|the|its) ([A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*){0,3}) (?:segment|business|division|unit|operations)\\b"
                    + "|\\s+in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= (?:was|were|is|totaled|increased|decreased|rose|fell|grew|declined)\\b)");

    /** "For the segment's operating margin", "this business": a sentence pointing back to the line under discussion. */
    private static final Pattern EN_REFERS_BACK = Pattern.compile("(?i)\\b(?:the|this|that) (?:segment|business|unit|division)\\b");

    private static void englishLine(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        if (r.seg == null && ctx.lang.equals("en") && EN_COMPARED_MENTION.matcher(ctx.text).region(Math.max(ctx.sent.start(), m.start() - 20), m.start()).find()) {
            // "Revenues from our Canadian segment were $103 million, compared to revenues of $84.1 million": the same line
            for (Slot prev : ctx.slots) if (prev.metric == r.metric && prev.segment != null) r.seg = prev.segment;
        }
        if (r.seg == null && ctx.lang.equals("en")) {
            // en.segment.after-metric: "Revenues from our Canadian segment were", "Adjusted EBITDA in Canada was"
            Matcher after = EN_LINE_AFTER.matcher(ctx.text).region(m.end(), Math.min(ctx.sent.end(), m.end() + 60));
            if (after.lookingAt()) {
                String name = after.group(1) != null ? after.group(1) : after.group(2);
                if (!EnSegmentNames.isEntityWord(name, ctx.doc) && !ctx.lex.segmentStopEn.contains(name.toLowerCase(Locale.ROOT))) r.seg = name;
            }
        }
        if (r.seg == null && m.start() > ctx.sent.start() && ctx.lang.equals("en")) {
            Matcher topic = TOPIC_EN.matcher(ctx.text);
            topic.region(ctx.sent.start(), m.start());
            if (topic.lookingAt() && !EnSegmentNames.isEntityWord(topic.group(1), ctx.doc) && EnSegmentNames.name(topic.group(1), ctx.doc, ctx.lex) != null) {
                r.seg = EnSegmentNames.name(topic.group(1), ctx.doc, ctx.lex); // In TAVR, first quarter global sales were $792 million
            }
        }
        // "total revenue", "consolidated net sales": the whole company, never a line carried from before
        boolean wholeWord = ctx.lang.equals("en")
                && (EN_WHOLE_BEFORE.matcher(ctx.text.substring(Math.max(ctx.sent.start(), m.start() - 14), m.start())).find()
                || EN_WHOLE_BEFORE.matcher(m.word().split(" ")[0] + " ").find()); // the alias "total revenue" itself
        if (r.seg == null && ctx.lang.equals("en") && !ctx.slots.isEmpty() && !wholeWord) {
            // "International volume decreased 5%, sales increased 13%": the next item of a list about one line
            Slot last = ctx.slots.get(ctx.slots.size() - 1);
            int lastEnd = last.lastEnd;
            for (Quantity q : ctx.qs) if (q.span().end() <= m.start() && q.span().end() > lastEnd) lastEnd = q.span().end();
            String gap = ctx.text.substring(Math.min(lastEnd, m.start()), m.start());
            if (last.segment != null && EN_LIST_GAP.matcher(gap).matches() && (ctx.en == null || ctx.en.segmentable(r.metric.id()))) {
                r.seg = last.segment;
            }
        }
        if (r.seg == null && ctx.en != null && ctx.scope.segment() != null && ctx.en.segmentable(r.metric.id()) && ctx.companies.isEmpty()
                && !wholeWord) {
            r.seg = ctx.scope.segment(); // "Las Vegas Strip Resorts" over its bullets
            r.scopeSegment = true;
        }
        if (r.seg == null && ctx.en != null && ctx.discourse.segment() != null && ctx.en.segmentable(r.metric.id()) && ctx.companies.isEmpty()
                && !wholeWord && (!ctx.scope.guidance() && !ForecastCues.guidanceBefore(ctx, m.start()) || ctx.discourse.segmentOpenedHere()
                || EN_REFERS_BACK.matcher(ctx.text).region(ctx.sent.start(), m.start()).find())) {
            // an outlook is the company's unless its sentence names the line or points back to it ("the segment's")
            r.seg = ctx.discourse.segment(); // Turning to Display. In the fourth quarter, sales were $942 million
            r.carriedSegment = true;
        }
    }

    /** 全年实现, 上半年录得: a clause that starts on its verb, with no subject of its own. */
    private static final Pattern NO_SUBJECT = Pattern.compile("^(?:全年|今年|去年|当年|年内|期内|同期|上半年|下半年)?(?:实现|录得|取得)了?(?:营业)?$");
    /** 毛利率最低的大商业板块在去年挑起增长大梁: a line as the subject of a clause (after any description ending in 的). */
    private static final Pattern CLAUSE_LINE = Pattern.compile("(?:^|的)([\\p{IsHan}A-Za-z]{2,8}?)(?:业务|板块|分部)(?![\\p{IsHan}]{0,2}(?:收入|营收|利润))");

    /** 智能出行业务仍处于投入期, 电商业务方面: a sentence that opens on a business line is about it. */
    private static void zhTopic(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        if (r.seg == null && m.start() > ctx.sent.start()) {
            Matcher topic = TOPIC.matcher(ctx.text);
            topic.region(ctx.sent.start(), m.start());
            if (topic.lookingAt() && ctx.sent.clauseStartBefore(m.start()) > ctx.sent.start()) r.seg = topic.group(1);
        }
        if (r.seg == null && ctx.lang.equals("zh")) previousClauseLine(ctx, m, r);
        if (r.seg == null && ctx.lang.equals("zh") && EnglishDiscourse.lineMetric(r.metric.id())) r.seg = ClauseSubject.lineOf(ctx, m);
        if (r.seg == null && ctx.lang.equals("zh") && EnglishDiscourse.lineMetric(r.metric.id()) && ctx.companies.isEmpty()) {
            // 旅游度假业务——致力打造…，年内录得收入约人民币1.34亿元: a paragraph that opens on a line is about it
            // the paragraph's start, looked for a bounded way back (a long line of many sentences is not scanned for each)
            int line = ctx.sent.start(), floor = Math.max(0, line - 400);
            while (line > floor && ctx.text.charAt(line - 1) != '\n') line--;
            boolean atLine = line == 0 || ctx.text.charAt(line - 1) == '\n';
            Matcher p = Scopes.ZH_LINE_TOPIC.matcher(ctx.text).region(line, Math.min(ctx.text.length(), line + 24));
            if (atLine && p.find()) r.seg = p.group(1);
            else if (ctx.scope.segment() != null && !WHOLE_FRAME.matcher(ctx.text.substring(ctx.sent.clauseStartBefore(m.start()), m.start())).find()) {
                r.seg = ctx.scope.segment();
            }
            if (r.seg != null) r.scopeSegment = true;
        }
    }

    /**
     * 毛利率最低的大商业板块在去年挑起增长大梁，全年实现营收491.31亿元: a clause with no subject of its own, right after
     * one whose subject is a business line, is about that line.
     */
    private static void previousClauseLine(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        int clause = ctx.sent.clauseStartBefore(m.start());
        if (clause <= ctx.sent.start() || !EnglishDiscourse.lineMetric(r.metric.id())) return;
        String head = ctx.text.substring(clause, m.start());
        for (PeriodMentions.Mention p : ctx.periods) {
            if (p.start() >= clause && p.end() <= m.start()) head = head.replace(ctx.text.substring(p.start(), p.end()), "");
        }
        if (!NO_SUBJECT.matcher(head.strip()).matches()) return;
        int prev = ctx.sent.clauseStartBefore(clause - 1);
        Matcher line = CLAUSE_LINE.matcher(ctx.text).region(prev, clause);
        if (line.find()) {
            r.seg = line.group(1);
            r.scopeSegment = true;
        }
    }

    /**
     * The slot, with the rules that set its segment or basis; combined (no figure of the company's period) when it is a
     * per-unit figure (单车收入, "sales per square foot"), a week's or a market's (周销量, 国内游戏市场, 行业平均毛利率),
     * or a sum over companies or items (合计, 两家, 双双).
     */
    private static Slot made(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m, Reading r) {
        Slot made = new Slot(m.start(), m.end(), r.metric, r.seg, r.basis);
        made.entity = r.entity;
        if (r.carriedSegment) made.rules.add("en.discourse.segment");
        if (r.defaultBasis) made.rules.add("en.discourse.default-basis");
        if (r.scopeBasis) made.rules.add("scope.basis");
        if (r.coreKind) made.rules.add("en.segment.core-kind");
        if (r.counterfactual) { // what the figure would have been at other rates: taken, and stated as nothing
            made.rules.add("en.fact.counterfactual");
            made.combined = true;
        }
        if (r.perShare) made.rules.add("zh.metric.per-share");
        if (r.scopeSegment) made.rules.add("scope.segment");
        // 单车收入: a per-unit figure, not a total (users added to 日均活跃用户数 are a count all the same)
        if (r.seg != null && PER_UNIT.matcher(r.seg).find() && !r.metric.id().equals("net_adds")) made.combined = true;
        if (ctx.lang.equals("zh") && (monthly(ctx, m.start()) || perHead(ctx, m.start()))) made.combined = true; // 月销量, 人均新业务价值
        if (ctx.lang.equals("en") && EN_PER_UNIT.matcher(ctx.text).region(m.end(), Math.min(ctx.text.length(), m.end() + 30)).lookingAt()) {
            made.combined = true; // revenue per hundredweight, sales per square foot: a rate, not the total
        }
        String rawFrame = ctx.text.substring(ctx.sent.clauseStartBefore(m.start()), m.start());
        if ((r.seg != null && (r.seg.endsWith("周") || MARKET.matcher(r.seg).find())) || rawFrame.contains("行业平均")
                || rawFrame.endsWith("行业") || NoCompanyFrames.industryCarried(ctx, m.start(), rawFrame)
                || NoCompanyFrames.marketData(ctx, m.start(), rawFrame)) {
            made.combined = true; // 周销量, 国内游戏市场, 行业平均毛利率: no figure of the company's period
        }
        String framing = ctx.text.substring(ctx.sent.clauseStartBefore(m.start()), m.start());
        if (framing.contains("合计") || framing.contains("两家") || framing.contains("总计") || framing.contains("双双") || NoCompanyFrames.overYears(ctx, m, framing)) {
            made.combined = true; // a sum over companies or items, not one reported figure
        }
        return made;
    }

    /** Whether 月 (no month of a date: 3月销量 names its month) stands right before the metric word at {@code at}: 月销量, 单月交付. */
    private static boolean monthly(SentenceContext ctx, int at) {
        if (at == 0 || ctx.text.charAt(at - 1) != '月') return false;
        for (PeriodMentions.Mention p : ctx.periods) if (p.start() < at && p.end() >= at) return false;
        return true;
    }

    /** Whether 人均, 单车, 户均 stands right before the metric word at {@code at} (a per-unit figure, whatever the line). */
    private static boolean perHead(SentenceContext ctx, int at) {
        return at >= 2 && PER_UNIT.matcher(ctx.text.substring(at - 2, at)).matches();
    }

    /** The business line named just before a metric word, cleaned of framing words; null for the whole company. */
    private static String segment(SentenceContext ctx, int mentionStart) {
        if (ctx.lang.equals("en")) {
            // "Our development business realized $17 million of operating profit": the line is named before the figure
            for (Quantity q : ctx.qs) {
                if (q.span().end() < mentionStart && q.span().end() > mentionStart - 24
                        && EN_FIGURE_OF.matcher(ctx.text.substring(q.span().end(), mentionStart)).matches()) return segment(ctx, q.span().start());
            }
        }
        if (ctx.lang.equals("zh")) {
            int verb = achievedBefore(ctx, mentionStart);
            if (verb >= 0) return segment(ctx, verb);
        }
        int from = ctx.sent.clauseStartBefore(mentionStart);
        for (Slot sl : ctx.slots) if (sl.end <= mentionStart && sl.end > from) from = sl.end;
        for (Quantity q : ctx.qs) if (q.span().end() <= mentionStart && q.span().end() > from) from = q.span().end();
        StringBuilder cb = new StringBuilder();
        int k0 = from;
        for (PeriodMentions.Mention p : ctx.periods) {
            if (p.end() <= from || p.start() >= mentionStart) continue;
            if (p.start() > k0) cb.append(ctx.text, k0, p.start());
            k0 = Math.max(k0, p.end());
        }
        if (k0 < mentionStart) cb.append(ctx.text, k0, mentionStart);
        String cand = cb.toString();
        return ctx.lang.equals("en") ? EnSegmentNames.name(cand, ctx.doc, ctx.lex) : ZhSegmentNames.name(cand, ctx.doc, ctx.lex);
    }

    /** 于…实现了, 录得, 取得: the verb before a figure that names its metric after it, with a preposition of time before it. */
    private static final Pattern ACHIEVED = Pattern.compile("(?:于|在)?(?:实现了?|录得了?|取得了?|创造了?|贡献了?)(?:约|近|超|逾|超过)?$");

    /**
     * {@code zh.segment.before-achieved}: 云画廊小程序于上半年实现了2.46亿元的收入: a figure named before its metric
     * (X的收入) after a verb of achievement has the clause's subject before that verb as its line; where that verb starts
     * (periods skipped), or -1.
     */
    private static int achievedBefore(SentenceContext ctx, int mentionStart) {
        Quantity fig = null;
        for (Quantity q : ctx.qs) if (q.span().end() == mentionStart - 1 && ctx.text.charAt(mentionStart - 1) == '的') fig = q;
        if (fig == null) return -1;
        int clause = ctx.sent.clauseStartBefore(fig.span().start());
        StringBuilder head = new StringBuilder();
        int k0 = clause;
        for (PeriodMentions.Mention p : ctx.periods) {
            if (p.end() <= clause || p.start() >= fig.span().start()) continue;
            if (p.start() > k0) head.append(ctx.text, k0, p.start());
            k0 = Math.max(k0, p.end());
        }
        if (k0 < fig.span().start()) head.append(ctx.text, k0, fig.span().start());
        Matcher v = ACHIEVED.matcher(head);
        if (!v.find() || v.start() == 0) return -1;
        // the verb's place in the text: the head's characters before it, counted back from the figure skipping periods
        int keep = v.start(), pos = clause, seen = 0;
        while (pos < fig.span().start() && seen < keep) {
            PeriodMentions.Mention at = null;
            for (PeriodMentions.Mention p : ctx.periods) if (p.start() == pos && p.end() <= fig.span().start()) at = p;
            if (at != null) pos = at.end();
            else {
                pos++;
                seen++;
            }
        }
        return pos;
    }

    /** 归属于微博的, 应占本集团: attributable to the reporting company itself (its name, a name it gives itself, 本公司). */
    private static boolean attributableToOwn(SentenceContext ctx, String head) {
        String t = Regex.replaceFirst(Regex.replaceFirst(head, "^(?:归属于|归属|应占)", ""), "(?:的)?(?:经调整|调整后)?(?:的)?$", "");
        if (t.isEmpty() || t.length() > 16) return false;
        if (t.equals(ctx.doc.entity()) || Regex.matches(t, "(?:本|母)?(?:公司|集团|本集团)")) return true;
        for (String a : ctx.doc.aliases()) if (t.equals(a)) return true;
        return false;
    }
}
