package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Direction;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes: a percent, points or a direction word that says how a metric moved, on which basis (year on year,
 * quarter on quarter), and for which period. Rule ids are {@code zh.} or {@code en.} before:
 * <ul>
 *   <li>{@code change.yoy}, {@code change.qoq}, {@code change.yoy-points}, {@code change.qoq-points}: a figure after a
 *       change word (营收同比增长12%, 环比下降3个百分点, "up 9% from the second quarter", "down 40 basis points
 *       sequentially"); 同比和环比分别增长14%和18% gives the bases in the order of the figures;</li>
 *   <li>{@code change.yoy-other-period}, {@code change.qoq-other-period}: a change for another period named in its
 *       clause is another fact (在三季度同比下降16%,在2023年前三季度同比下降7%);</li>
 *   <li>{@code change.decline-noun}: 同比降幅为2.41% is −2.41%;</li>
 *   <li>{@code change.flat}: 与去年同期基本持平; "revenue was flat sequentially";</li>
 *   <li>{@code change.direction-only}: a change in words only (现金净额环比增加主要由于…; "sales to grow
 *       sequentially");</li>
 *   <li>{@code en.change.than}: "EPS of $0.54, which was 8% higher than the first quarter of 2020";</li>
 *   <li>{@code change.verb-before-figure}: 净亏损同比收窄至2.4亿元;</li>
 *   <li>{@code change.comparative}: 为218.79亿美元,略高于上年同期的209.45亿美元; 较去年同期的19.8亿元亏损收窄;</li>
 *   <li>a change named before its metric ("10% growth in adjusted EBITDA", "4% site rental revenue growth").</li>
 * </ul>
 */
final class Changes {
    private static final Pattern BASES_RESPECTIVELY = Pattern.compile("(同比|环比)(和|、|及|与)(同比|环比)分别");

    private static final Pattern EN_FROM_QUARTER = Pattern.compile(
            "(?i)^,? (?:[a-z]+ ){0,2}?(?:from|versus|vs\\.?|over|compared (?:to|with)|than) (?:the |our )?"
                    + "(?:(?:prior|previous|last|linked|sequential|first|second|third|fourth) quarter(?! of| in \\d| last year| a year)"
                    + "|linked[- ]quarter)");

    private static final Pattern DECLINE_NOUN = Pattern.compile(
            "(?:降幅|跌幅|减幅|下降幅度|下滑幅度)(?:为|是|达|达到|约为|约)?$");

    /** 4% site rental revenue growth, 10% growth in adjusted EBITDA: a change named before its metric. */
    private static final Pattern EN_GROWTH_IN = Pattern.compile(
            "^ (growth|increase|decline|decrease|improvement) in (?:the )?");

    private static final Pattern EN_GROWTH_AFTER = Pattern.compile(
            "^ (growth|increase|decline|decrease)\\b");

    private static final Pattern DIRECTION_ONLY =
            Pattern.compile("(同比|环比)(增加|增长|上升|下降|减少|下滑|提升|降低|收窄|持平|扭亏为盈|转亏|由亏转盈)(?![0-9约近超逾了])");

    private static final Pattern FLAT = Pattern.compile(
            "^[^;。]{0,4}?(?:,)?(与(?:去年|上年|\\d{4}年)同期(?:相比)?|同比|与上(?:一)?季度(?:相比)?|环比)(?:基本|大致|大体)?持平");

    private static final Pattern EN_FLAT = Pattern.compile(
            "^[^.;$%]*?(?:\\b(?:was|were|is|are|remained|held|came in|stayed|to be|will be)|,)(?: roughly| essentially| relatively| about| basically| approximately)? "
                    + "(flat)\\b( sequentially| quarter[- ]over[- ]quarter)?");

    private static final Pattern EN_THAN = Pattern.compile(
            "^,? (?:which |that )?(?:was |is |were )?(?:up )?(\\d[\\d.]*%) (higher|lower|above|below|more|less|greater|smaller|stronger|weaker) than ");

    private static final Pattern VERB_TO = Pattern.compile(
            "(同比|环比)(增长|增加|上升|提升|提高|下降|减少|下滑|收窄|扩大|回落|降低)(了)?至$");

    private static final Pattern COMPARATIVE = Pattern.compile(
            "(略|稍|远|大幅|明显)?(高于|好于|超过|超出|多于|大于|优于|低于|不及|少于|逊于|小于|弱于|不如)[^,;]{0,12}$");

    private static final Pattern AFTER_PRIOR = Pattern.compile(
            "^(的)?(亏损)?(收窄|减少|下降|缩小|扩大|增加|增长|上升)");

    private Changes() {
    }

    /**
     * {@code change.yoy}, {@code change.qoq} (and {@code -points}): figure {@code q} as a change of slot {@code t}, on the
     * basis its words name; a figure replaces a change said only in words; a change for another period named in its
     * clause is another fact ({@code change.yoy-other-period}).
     */
    static void addChange(SentenceContext ctx, Slot t, Quantity q, String clauseBefore) {
        t = measuredOn(ctx, t, q);
        if (pointsOfARate(ctx, t, q)) return; // en.change.points-of-a-rate
        Matcher noun = ctx.lang.equals("en") ? EN_PCT_NOUN_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 50)) : null;
        boolean nounAfter = noun != null && noun.lookingAt();
        ChangeBasis b = basis(ctx, t, q, clauseBefore, nounAfter ? noun : null);
        Period listed = ctx.lang.equals("en") && !t.changes.isEmpty() ? FigurePeriods.listItemPeriod(ctx, q.span().start()) : null;
        Change c = change(b, q, down(ctx, t, q, nounAfter ? noun : null, listed));
        if (c != null) ChangeTargets.add(ctx, t, q, b, c, listed);
    }

    /**
     * The slot a change figure is a change of: an adjusted figure's own change is on the adjusted figures ("adjusted EBIT of
     * $212 million, 6% lower on a comparable constant currency basis" is a change of the comparable measure, a twin with no
     * figure).
     */
    private static Slot measuredOn(SentenceContext ctx, Slot t, Quantity q) {
        if (ctx.lang.equals("en") && !t.metric.id().startsWith("comparable")
                && (t.basis == null && organic(ctx, q) || "non-gaap".equals(t.basis) && t.value != null && EnComparableChange.after(ctx, q))) {
            return organicSibling(ctx, t);
        }
        return t;
    }

    /** {@code en.change.points-of-a-rate}: points of an amount followed by "as a percentage of" are a rate's, not the amount's. */
    private static boolean pointsOfARate(SentenceContext ctx, Slot t, Quantity q) {
        return q.unit().dimension() == Dimension.POINTS && t.metric.unit() == FactLexicon.MetricUnit.MONEY && EN_AS_SHARE_AFTER.matcher(ctx.text)
                .region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 60)).lookingAt();
    }

    /** The basis of change figure {@code q}: its words, refined; "a 9% decline from the second quarter" ({@code noun}) names its own. */
    private static ChangeBasis basis(SentenceContext ctx, Slot t, Quantity q, String clauseBefore, Matcher noun) {
        ChangeBasis b = EnChangeBases.refine(ctx, t, q, basisOf(ctx, q, clauseBefore));
        if (PriorOwnChange.yearOnYear(ctx, q)) b = ChangeBasis.YOY; // 上季度的同比增幅6.2%: the quarter before's own yoy change
        if (ZhChangeWords.dividendRaised(ctx, t, clauseBefore)) b = ChangeBasis.QOQ;
        if (noun == null) return b;
        String base = noun.group(2) != null ? noun.group(2).toLowerCase(Locale.ROOT) : noun.group(3) != null ? noun.group(3).toLowerCase(Locale.ROOT) : "";
        if (base.startsWith("seq") || base.endsWith("quarter") && !base.contains("year") && quarterBefore(ctx, base)) return ChangeBasis.QOQ;
        if (base.contains("year")) return ChangeBasis.YOY;
        return b;
    }

    /**
     * Whether change figure {@code q} is a fall: said down, "below prior year", "a decline of 2% to 4%", "a 9% decline" ({@code
     * noun}, en.change.noun-after), a decline noun before it, "declining $20 million, or 3%", or the next of a listed fall
     * ("declined by 5% in the quarter and 6% in …", {@code listed}).
     */
    private static boolean down(SentenceContext ctx, Slot t, Quantity q, Matcher noun, Period listed) {
        Quantity amount = ctx.lang.equals("en") ? AmountChanges.amountChangeBefore(ctx, q) : null;
        Matcher vs = ctx.lang.equals("en") ? baseAfter(ctx, q) : null;
        boolean below = vs != null && Regex.matches(vs.group(1), "(?i)below|lower than|under|less than|down from");
        boolean declineOf = ctx.lang.equals("en") && q.direction() == null && EN_DECLINE_OF.matcher(ctx.text) // "a decline of 2% to 4%"
                .region(Math.max(ctx.sent.start(), q.span().start() - 40), q.span().start()).find();
        if (noun != null) declineOf |= Regex.matches(noun.group(1), "(?i)decrease|decline|drop|reduction"); // en.change.noun-after
        return q.direction() == Direction.DOWN || below || declineOf || declineNounBefore(ctx, t, q)
                || (amount != null && amount.direction() == Direction.DOWN) // declining $20 million, or 3%
                || (listed != null && q.direction() == null && t.changes.get(t.changes.size() - 1).value() != null
                        && t.changes.get(t.changes.size() - 1).value().signum() < 0); // "declined by 5% in the quarter and 6% in …"
    }

    /** The change figure {@code q} says on basis {@code b}, negated when {@code down}; null for points with no value. */
    private static Change change(ChangeBasis b, Quantity q, boolean down) {
        if (q.unit().dimension() == Dimension.POINTS && q.value() == null && q.range() != null && (down || q.direction() == Direction.UP)) {
            // en.change.points-band: "the margin will decline 5 basis points to 6 basis points": its direction
            return Change.direction(b, down ? Direction.DOWN : Direction.UP, q.span());
        } else if (q.unit().dimension() == Dimension.POINTS) {
            return q.value() == null ? null : Change.points(b, down ? q.value().negate() : q.value(), q.span());
        } else if (q.range() != null) {
            return Change.band(b, down ? q.range().negate() : q.range(), q.span());
        }
        return Change.relative(b, down ? q.value().negate() : q.value(), q.span());
    }

    /** "30 basis points versus last year as a percentage of sales": the points of a rate, not of the amount named. */
    private static final Pattern EN_AS_SHARE_AFTER = Pattern.compile(
            "(?i)^(?: (?:versus|vs\\.?|compared (?:to|with)|from|over|year[- ]over[- ]year)[\\w ]{0,20}?)?,? as a (?:percentage|percent|share|rate) of ");

    private static final java.util.regex.Pattern EN_DECLINE_OF = java.util.regex.Pattern.compile(
            "(?i)\\b(?:decline|decrease|drop|fall|reduction)(?: (?:of|was|is|to be|will be))?(?: (?:in the range of|between|approximately|about|roughly))? $");

    /** Whether "the second quarter", "prior quarter", "last quarter" names the quarter before the document's. */
    private static boolean quarterBefore(SentenceContext ctx, String base) {
        if (Regex.matches(base, ".*\\b(?:prior|previous|last|preceding|sequential)\\b.*")) return true;
        if (!(ctx.doc.period() instanceof Period.Quarter dq)) return false;
        String[] ordinals = {"first", "second", "third", "fourth"};
        int prev = dq.previous().quarter();
        return base.contains(ordinals[prev - 1] + " quarter");
    }

    /** "21% on an organic basis", "organic growth of 22%", "13% in constant currency": a change measured without some effects. */
    private static final java.util.regex.Pattern EN_ORGANIC_AFTER = java.util.regex.Pattern.compile(
            "(?i)^,?\\s*(?:(?:on an? |in )(?:organic|constant[- ]currency|organic constant[- ]currency|comparable|adjusted)(?: basis)?\\b|CC\\b)");
    private static final java.util.regex.Pattern EN_ORGANIC_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:organic|constant[- ]currency|comparable)(?: revenue| sales)? (?:growth|increase|decline) (?:of|was) $");

    /** {@code en.change.organic}: whether change figure {@code q} is said to be organic or in constant currency. */
    private static boolean organic(SentenceContext ctx, Quantity q) {
        return EN_ORGANIC_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 40)).lookingAt()
                || EN_ORGANIC_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), q.span().start() - 40), q.span().start()).find();
    }

    /** The non-GAAP twin of reported slot {@code t} in this sentence, made on first use. */
    private static Slot organicSibling(SentenceContext ctx, Slot t) {
        for (Slot x : ctx.extra) {
            if (x.start == t.start && x.metric == t.metric && "non-gaap".equals(x.basis) && java.util.Objects.equals(x.segment, t.segment)
                    && x.value == null) return x;
        }
        Slot x = new Slot(t.start, t.end, t.metric, t.segment, "non-gaap");
        x.period = t.period;
        x.rules.add("en.change.organic");
        ctx.extra.add(x);
        return x;
    }

    /** The words after percent {@code q} that name what it is measured against ("13% above prior quarter"), or null. */
    static Matcher baseAfter(SentenceContext ctx, Quantity q) {
        Matcher m = EN_PCT_VS_BASE.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 40));
        return m.lookingAt() ? m : null;
    }

    /** "a 9% decline from the second quarter", "a 20% increase over last year", "12% growth year-over-year": a change said as a noun after its percent. */
    static final java.util.regex.Pattern EN_PCT_NOUN_AFTER = java.util.regex.Pattern.compile(
            "(?i)^\\s+(?:year[- ]over[- ]year\\s+|year[- ]on[- ]year\\s+|yoy\\s+)?(increase|decrease|decline|growth|rise|drop|reduction)\\b(?:\\s+(?:from|over|versus|vs\\.?|compared (?:to|with))\\s+"
                    + "(?:the |a )?([\\w' -]{0,30}?(?:quarter|year|period))|\\s+(year[- ]over[- ]year|year[- ]on[- ]year|sequentially))?");

    /** 较年初, 较上年末, 与2022年12月31日相比: a balance's change since the end of the year before. */
    private static final java.util.regex.Pattern SINCE_YEAR_END = java.util.regex.Pattern.compile(
            "较(?:年初|上年末|去年末|上年底|去年底|年末|\\d{4}年末|\\d{4}年底)|与(?:\\d{4}年)?12月31日相比|与(?:上年末|年初)相比");

    private static final java.util.regex.Pattern LAPPED_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:on top of|lapping|against|versus|compared (?:to|with))(?: a| an| the| our)?(?: [a-z]+)? $");
    private static final java.util.regex.Pattern LAST_YEAR_AFTER = java.util.regex.Pattern.compile(
            "(?i)^(?: [\\w-]+){0,4}? (?:last year|a year ago|in the prior year|the year before)\\b");

    private static final java.util.regex.Pattern BASIS_AFTER_QOQ = java.util.regex.Pattern.compile(
            ",? (?:on a )?(?:linked[- ]quarter|sequentially|quarter[- ]over[- ]quarter)|" + "(?i)\\s+" + "(?:above|below|higher than|lower than|over|under|"
                    + "more than|less than|versus|vs\\.?|compared (?:to|with)|from) (?:the )?(?:prior|previous|last|preceding)[- ]quarter");
    private static final java.util.regex.Pattern BASIS_AFTER_YOY = java.util.regex.Pattern.compile(
            ",? (?:on a )?(?:year[- ]over[- ]year|year[- ]on[- ]year)");
    /** "13% above prior quarter", "3% below prior year", "4% versus prior quarter": a percent and the period it is measured against. */
    private static final java.util.regex.Pattern EN_PCT_VS_BASE = java.util.regex.Pattern.compile(
            "(?i)^\\s+(above|below|higher than|lower than|over|under|more than|less than|versus|vs\\.?|compared (?:to|with)|up from|down from)\\s+"
                    + "(?:the )?(?:prior|previous|last|preceding|same|year-ago)[- ](?:quarter|year|period|year period|year quarter)\\b");


    /** Whether a change figure is the year before's: "on top of 23% last year", "lapping a 46% comp". */
    static boolean lapsPriorYear(SentenceContext ctx, Quantity q) {
        String before = ctx.text.substring(Math.max(ctx.sent.start(), q.span().start() - 36), q.span().start());
        if (!LAPPED_BEFORE.matcher(before).find()) return false;
        String after = ctx.text.substring(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 60));
        return before.toLowerCase(java.util.Locale.ROOT).contains("lapping") || LAST_YEAR_AFTER.matcher(after).find();
    }

    /**
     * The basis of a change figure: quarter on quarter after 环比, 上季度, 较上季, "sequentially", "from the prior
     * quarter"; year on year otherwise; 同比和环比分别增长14%和18% gives the bases in the order the figures come.
     */
    private static ChangeBasis basisOf(SentenceContext ctx, Quantity q, String clauseBefore) {
        ChangeBasis b = clauseBefore.contains("环比") || clauseBefore.contains("上季度") || clauseBefore.contains("上一季度")
                || clauseBefore.contains("较上季") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        // zh.change.period-then-yoy: 上一季度的服务收入同比增6.4%: the quarter is the figure's period, 同比 its basis
        int quarterWord = Math.max(clauseBefore.lastIndexOf("上季度"), clauseBefore.lastIndexOf("上一季度"));
        if (b == ChangeBasis.QOQ && quarterWord >= 0 && clauseBefore.lastIndexOf("同比") > quarterWord && !clauseBefore.contains("环比")
                && !clauseBefore.contains("较上") && !clauseBefore.contains("比上")) b = ChangeBasis.YOY;
        if (SINCE_YEAR_END.matcher(clauseBefore).find()) {
            // zh.change.since-year-end: 较年初增长10.9% at June 30 is over half a year, at March 31 over a quarter
            java.time.LocalDate end = ctx.doc.periodEnd() != null ? ctx.doc.periodEnd() : ctx.doc.period().end();
            int month = end.getMonthValue();
            if (month == 6) b = ChangeBasis.HOH;
            else if (month == 3) b = ChangeBasis.QOQ;
        }
        if (ctx.lang.equals("en")) {
            String around = ctx.text.substring(Math.max(ctx.sent.start(), q.span().start() - 30), Math.min(ctx.sent.end(), q.span().end() + 25))
                    .toLowerCase(Locale.ROOT);
            if (around.contains("sequential") || around.contains("quarter over quarter") || around.contains("quarter-over-quarter")) {
                b = ChangeBasis.QOQ;
            }
            if (fromPriorQuarter(ctx, q)) b = ChangeBasis.QOQ;
            // the basis named right after the figure wins: "3.1%, linked quarter and 16%, year-over-year"
            String after = ctx.text.substring(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 24)).toLowerCase(Locale.ROOT);
            if (BASIS_AFTER_QOQ.matcher(after).lookingAt()) b = ChangeBasis.QOQ;
            else if (BASIS_AFTER_YOY.matcher(after).lookingAt()) b = ChangeBasis.YOY;
        }
        Matcher both = BASES_RESPECTIVELY.matcher(clauseBefore);
        if (both.find()) {
            // 同比和环比分别增长14%和18%: the bases in the order the figures come
            int index = 0;
            for (Quantity o : ctx.qs) {
                if (o.span().start() >= q.span().start() - (clauseBefore.length() - both.end()) && o.span().start() < q.span().start()
                        && (o.unit().dimension() == Dimension.RATIO || o.unit().dimension() == Dimension.POINTS)) index++;
            }
            b = (index == 0 ? both.group(1) : both.group(3)).equals("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        }
        return b;
    }

    /** {@code change.amount-direction}: 同比增加6.1亿元 says which way the metric went (减少1286人 is how much it fell). */
    static void amountDirection(SentenceContext ctx, Slot t, Quantity q) {
        int qs0 = q.span().start();
        String before = ctx.text.substring(Math.max(ctx.sent.start(), qs0 - 6), qs0);
        if (before.contains("同比") || before.contains("环比")) {
            ChangeBasis b = before.contains("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
            boolean has = false;
            for (Change c : t.changes) has |= c.basis() == b;
            if (!has) {
                t.changes.add(Change.direction(b, q.direction(), q.span()));
                t.rules.add(ctx.lang + ".change.amount-direction");
            }
        }
    }

    /** 同比降幅为2.41%: the size of a fall, named by a noun, is a change of −2.41%. */
    private static boolean declineNounBefore(SentenceContext ctx, Slot t, Quantity q) {
        if (q.direction() != null) return false;
        int a = q.span().start();
        if (!DECLINE_NOUN.matcher(ctx.text.substring(Math.max(ctx.sent.start(), a - 8), a)).find()) return false;
        t.rules.add(ctx.lang + ".change.decline-noun");
        return true;
    }

    /** "down 4 basis points from the prior quarter", "up 9% from the second quarter": a change on the quarter before. */
    private static boolean fromPriorQuarter(SentenceContext ctx, Quantity q) {
        int e = q.span().end();
        return EN_FROM_QUARTER.matcher(ctx.text).region(e, Math.min(ctx.sent.end(), e + 50)).lookingAt();
    }

    /** 10% growth in adjusted EBITDA; 4% site rental revenue growth: the change comes before the metric it is about. */
    static boolean forwardChange(SentenceContext ctx, Quantity q) {
        int e = q.span().end();
        Matcher in = EN_GROWTH_IN.matcher(ctx.text);
        in.region(e, Math.min(ctx.sent.end(), e + 30));
        Slot target = null;
        String word = null;
        if (in.lookingAt()) {
            for (Slot sl : ctx.slots) if (sl.start >= in.end() && sl.start <= in.end() + 12 && target == null) target = sl;
            word = in.group(1);
        } else {
            for (Slot sl : ctx.slots) {
                if (sl.start < e || sl.start > e + 30 || target != null) continue;
                Matcher after = EN_GROWTH_AFTER.matcher(ctx.text);
                after.region(sl.end, Math.min(ctx.sent.end(), sl.end + 12));
                String gap = ctx.text.substring(e, sl.start);
                if (after.lookingAt() && Regex.matches(gap, "( [\\p{L}&-]+){0,3} ")) {
                    target = sl;
                    word = after.group(1);
                }
            }
        }
        if (target == null) return false;
        Direction d = word.startsWith("decl") || word.startsWith("decr") ? Direction.DOWN : Direction.UP;
        addChange(ctx, target, q.withDirection(d, false), ctx.text.substring(ctx.sent.clauseStartBefore(q.span().start()), q.span().start()));
        return true;
    }

    /** 现金净额环比增加主要由于…: a change stated in words only, with no figure after the verb. */
    static void directionOnly(SentenceContext ctx, Slot sl) {
        if (!sl.changes.isEmpty()) return;
        Matcher m = DIRECTION_ONLY.matcher(ctx.text);
        m.region(sl.end, Math.min(ctx.sent.end(), sl.end + 12));
        if (!m.lookingAt()) return;
        for (Quantity q : ctx.qs) if (q.span().start() >= m.end() && q.span().start() <= m.end() + 2) return;
        ChangeBasis b = "环比".equals(m.group(1)) ? ChangeBasis.QOQ : ChangeBasis.YOY;
        String verb = m.group(2);
        Direction d = verb.equals("持平") ? Direction.FLAT : "下降减少下滑收窄降低转亏".contains(verb) ? Direction.DOWN : Direction.UP;
        sl.changes.add(Change.direction(b, d, new Span(sl.start, m.end())));
        sl.rules.add(ctx.lang + ".change.direction-only");
        if (sl.evidence.isEmpty()) sl.evidence.add(new Span(sl.start, m.end()));
    }

    /** {@code change.flat}: 与去年同期基本持平 after the slot's value; English change words first. */
    static void flat(SentenceContext ctx, Slot sl) {
        if (ctx.lang.equals("en")) englishWords(ctx, sl);
        if (sl.value == null) return;
        if (ctx.lang.equals("zh")) ZhChangeWords.directionAfterValue(ctx, sl);
        Matcher m = FLAT.matcher(ctx.text);
        m.region(sl.value.span().end(), Math.min(ctx.sent.end(), sl.value.span().end() + 30));
        if (!m.find()) return;
        ChangeBasis b = m.group(1).contains("季度") || m.group(1).equals("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        for (Change c : sl.changes) if (c.basis() == b) return;
        sl.changes.add(Change.direction(b, Direction.FLAT, new Span(sl.value.span().start(), m.end())));
        sl.rules.add(ctx.lang + ".change.flat");
    }

    /**
     * English changes said in words: "revenue was flat", "sales to grow sequentially", "EPS of $0.54, which was 8%
     * higher than the first quarter of 2020".
     */
    private static void englishWords(SentenceContext ctx, Slot sl) {
        int from = sl.value != null ? sl.value.span().end() : sl.end;
        int to = Math.min(ctx.sent.end(), from + 60);
        Matcher f = EN_FLAT.matcher(ctx.text).region(from, Math.min(ctx.sent.end(), from + 50));
        if (f.find() && !hasBasis(sl, f.group(2) != null ? ChangeBasis.QOQ : ChangeBasis.YOY)) {
            ChangeBasis b = f.group(2) != null ? ChangeBasis.QOQ : ChangeBasis.YOY;
            sl.changes.add(Change.direction(b, Direction.FLAT, new Span(f.start(1), f.end())));
            sl.rules.add("en.change.flat");
            if (sl.evidence.isEmpty()) sl.evidence.add(new Span(sl.start, f.end()));
        }
        EnDirectionWords.said(ctx, sl);
        if (sl.value == null) return;
        EnPriorComparison.thanPrior(ctx, sl);
        Matcher c = EN_THAN.matcher(ctx.text).region(from, to);
        if (c.find()) {
            Quantity pct = null;
            for (Quantity q : ctx.qs) if (q.span().start() == c.start(1)) pct = q;
            if (pct == null || pct.unit().dimension() != Dimension.RATIO) return;
            if ("non-gaap".equals(sl.basis) && EnComparableChange.after(ctx, pct)) return; // the comparable twin's
            String after = ctx.text.substring(c.end(), Math.min(ctx.sent.end(), c.end() + 40)).toLowerCase(Locale.ROOT);
            ChangeBasis b = Regex.matches(after, "^(?:the )?(?:last|prior|previous|preceding) quarter.*") || after.startsWith("the prior quarter")
                    ? ChangeBasis.QOQ : ChangeBasis.YOY;
            if (hasBasis(sl, b)) return;
            BigDecimal v = pct.value();
            if (Regex.matches(c.group(2), "(?i)lower|below|less|smaller|weaker")) v = v.negate();
            sl.changes.add(new Change(b, v, null, null, null, new Span(pct.span().start(), c.end())));
            sl.rules.add("en.change.than");
            ctx.consumed.add(pct);
        }
    }

    /** Whether slot {@code sl} already has a change on basis {@code b}. */
    static boolean hasBasis(Slot sl, ChangeBasis b) {
        for (Change c : sl.changes) if (c.basis() == b) return true;
        return false;
    }

    /** 净亏损同比收窄至2.4亿元: a change stated only by the verb before 至 the figure. */
    static void verbBeforeTo(SentenceContext ctx, Slot t, Quantity q) {
        if (t.end > q.span().start()) return;
        Matcher m = VERB_TO.matcher(ctx.text.substring(Math.max(t.end, q.span().start() - 8), q.span().start()));
        if (!m.find()) return;
        ChangeBasis b = m.group(1).equals("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        for (Change c : t.changes) if (c.basis() == b) return;
        Direction d = "下降减少下滑收窄回落降低".contains(m.group(2)) ? Direction.DOWN : Direction.UP;
        t.changes.add(Change.direction(b, d, q.span()));
        t.rules.add(ctx.lang + ".change.verb-before-figure");
    }

    private static final Pattern EN_UP_FROM = Pattern.compile("(?i)\\b(?:up|increase[sd]?|rose|grew|higher|above|improvement|improved)\\b[^.;]{0,20}(?:from|than|over|versus|vs\\.?)\\s*(?:the )?(?:a )?(?:loss of )?$");
    private static final Pattern EN_DOWN_FROM = Pattern.compile("(?i)\\b(?:down|decrease[sd]?|declined?|fell|lower|below|decline)\\b[^.;]{0,20}(?:from|than|over|versus|vs\\.?)\\s*(?:the )?(?:a )?(?:loss of )?$");
    /** "as compared to $5.9 million", "compared to revenues of $84 million" (the metric named again before its base). */
    private static final Pattern EN_COMPARED = Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|versus|vs\\.?|from)\\s*(?:the )?(?:a )?(?:loss of |((?:[\\w&-]+ ){1,3})of )?$");

    /**
     * {@code en.change.comparative}: "$73.8 million, up from $65.1 million", "an increase from $19.8 million": the words
     * say which way; "$7.4 million as compared to $5.9 million" says it by the figures themselves.
     */
    private static Direction englishComparative(SentenceContext ctx, Slot t, int from, Quantity current, Quantity prior) {
        String between = ctx.text.substring(from, prior.span().start());
        if (between.length() > 60) return null;
        if (EN_UP_FROM.matcher(between).find()) return Direction.UP;
        if (EN_DOWN_FROM.matcher(between).find()) return Direction.DOWN;
        Matcher cm = EN_COMPARED.matcher(between);
        if (!cm.find() || cm.group(1) != null && !sameMetricAt(ctx, t, from + cm.start(1)) || current.value() == null || prior.value() == null
                || !current.unit().equals(prior.unit()) || current.loss() || prior.loss() || between.contains("loss")) return null;
        int c = current.value().compareTo(prior.value());
        return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.FLAT;
    }

    /** Whether a name of slot {@code t}'s metric starts at {@code pos} ("compared to revenues of…"; not "versus a recovery of…"). */
    private static boolean sameMetricAt(SentenceContext ctx, Slot t, int pos) {
        var m = ctx.aliases.at(ctx.text, pos);
        return m != null && m.value().metric() == t.metric;
    }

    /** 为218.79亿美元,略高于上年同期的209.45亿美元: the words say which way the figure moved against the earlier one. */
    static void comparative(SentenceContext ctx, Slot t, Slot prior, Quantity q) {
        int from = Math.max(t.value.span().end(), ctx.sent.start());
        if (from >= q.span().start()) return;
        Matcher m = COMPARATIVE.matcher(ctx.text.substring(from, q.span().start()));
        Direction d;
        if (ctx.lang.equals("en")) {
            d = englishComparative(ctx, t, from, t.value, q);
            if (d == null) return;
        } else if (m.find()) {
            d = "高于好于超过超出多于大于优于".contains(m.group(2)) ? Direction.UP : Direction.DOWN;
        } else {
            // 较去年同期的19.8亿元亏损收窄: the verb after the earlier figure
            Matcher a = AFTER_PRIOR.matcher(ctx.text);
            a.region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 8));
            if (!a.lookingAt() || !Regex.matches(ctx.text.substring(from, q.span().start()), ".*(较|比|相比)[^,;]{0,10}$")) return;
            d = "收窄减少下降缩小".contains(a.group(3)) ? Direction.DOWN : Direction.UP;
        }
        ChangeBasis b = t.period instanceof Period.Quarter tq && prior.period instanceof Period.Quarter pq && pq.equals(tq.previous())
                ? ChangeBasis.QOQ
                : t.period instanceof Period.Instant ti && prior.period instanceof Period.Instant pi
                        && pi.date().plusMonths(4).isAfter(ti.date()) ? ChangeBasis.QOQ : ChangeBasis.YOY;
        for (Change c : t.changes) if (c.basis() == b) return;
        t.changes.add(Change.direction(b, d, q.span()));
        t.rules.add(ctx.lang + ".change.comparative");
    }
}
