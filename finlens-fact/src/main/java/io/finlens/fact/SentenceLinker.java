package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the figures of one sentence to its metric mentions: finds the mentions ({@link MetricMentions}), hands out
 * figures a list's 分别 assigns in order ({@link Respectively}), then gives every other figure to the metric it belongs to: the nearest
 * mention before it, or the one right after it (1588亿元的总营收, "$32.4 billion in revenue", "a new $500 million share
 * repurchase authorization": {@code en.fact.figure-before-balance}), unless a rule of {@link Exclusions} takes it. A
 * ratio after a change word is a change ({@link Changes}); a value is assigned by {@link ValueAssignment}; direction
 * words and flat are read last, and {@link FactBuilding} makes the facts.
 */
final class SentenceLinker {
    /** A clause that only continues the figure of the one before: ,达到了1032.68亿元 */
    private static final Pattern CONTINUATION = Pattern.compile("^(达到了?|达|为|录得|约为|至)(创纪录的|创历史新高的|历史新高的|新高的)?$");

    /** Up to three words of a line's name before its metric: "growth", "Global Data Center". */
    private static final Pattern LINE_WORDS = Pattern.compile(
            "(?!(?:additional|incremental|excess|less|more|other|extra|further|new|total|previously|year-to-date)\\b)"
                    + "(?:[A-Za-z][\\w&-]*(?<!ly|ed) ){1,3}");

    /** ", an increase of 27%", "a decline of 4%": a change named as a noun right before its percent. */
    private static final Pattern EN_CHANGE_NOUN_BEFORE = Pattern.compile("(?i)\\b(?:an? )(?:increase|decrease|decline|rise|drop|improvement) of $");

    /** Between two changes of one list: ", and", "and", "on an organic basis and". */
    private static final Pattern EN_CHANGE_LIST_GAP = Pattern.compile(
            "(?i)(?:\\s+(?:(?:on an? |in )?(?:organic|constant[- ]currency|reported)(?: basis)?|y/y|yoy|year[- ]over[- ]year|(?:in|for|during) the quarter))?,?\\s*(?:and|while|but)\\s*");

    /** "growth of 10.5% to 11.5%", "an increase in the range of 3% to 5%": a change (or its band) named before its figure. */
    private static final Pattern EN_GROWTH_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:growth|increase|decline|decrease|rise|drop)(?: (?:of|was|is|to be|will be))?(?: (?:in the range of|between|approximately|about|roughly))? $");

    /** {@code en.change.year-growth-of}: "which would result in full year growth of at least 10%": a change of the year. */
    private static final Pattern EN_YEAR_GROWTH_OF = Pattern.compile(
            "(?i)\\b(?:full[- ]year|annual|fiscal year) growth of (?:at least |approximately |about |roughly |more than |over )?$");

    /**
     * {@code en.fact.aside-skipped}: "Our normalized effective tax rate, which excludes the unusual tax items, was
     * approximately 24%": a relative clause set off by commas between a metric and its verb leaves the figure its own.
     */
    private static final Pattern EN_ASIDE = Pattern.compile(
            "^(?: [a-z]+){0,2}, (?:which|that|including|excluding) [^,;:$%\\d]{1,80}, [^,;:]{0,80}$");

    /** {@code en.fact.compared-list}: the later figure of a list of bases ("up from $59.9 million in Q1 and $38.9 million in Q2 2020"). */
    private static final Pattern EN_COMPARED_LIST = Pattern.compile(
            "(?i)\\b(?:up from|down from|from|compared (?:to|with)|versus|vs\\.?) [^,;]{1,60} and $");

    /** {@code en.change.growth-was}: "distributable EPS growth was 13% year-over-year": the change named as a noun after its metric. */
    private static final Pattern EN_GROWTH_WAS = Pattern.compile(
            "^ (?:growth|increase|decline|decrease|improvement)(?: rate)? (?:was|were|is|came in at|reached|to be|will be|would be|should be)"
                    + "(?: approximately| about| roughly| nearly| around| over| more than| just over| just under)? $");

    /** {@code en.discourse.forecast-metric-own-line}: "and for the Services business we now anticipate…": the line a carried forecast names. */
    private static final Pattern EN_FOR_THE_LINE = Pattern.compile(
            "^\\s*(?:and |while |but )?for (?:the |our )?([A-Z][\\w&+-]*(?: [A-Z][\\w&+-]*){0,3}) (?:business|segment|division|unit)\\b");

    /** A part of the figure before, set off by "including" or "of which", right before a figure. */
    private static final Pattern EN_INCLUDING = Pattern.compile("(?i)^\\s*(?:including|of which)(?: approximately| about| nearly| roughly)? $");

    /** "largely driven by a 17% increase in billed hours": the driver's change, not the metric's. */
    private static final Pattern EN_DRIVEN_BY = Pattern.compile("(?i)\\b(?:driven|offset|helped|caused|led|supported|impacted|affected) by (?:a |an |the )?$");

    private static final Pattern SHARES_AFTER = Pattern.compile("(?i)^(?: million| thousand)? (?:of (?:its |our )?(?:common )?)?shares\\b");

    /** 用于, 用作, 将用于: what money right before it is spent on (分红, 股票回购) follows. */
    private static final Pattern SPENT_ON = Pattern.compile("(?:将|全部|主要)?(?:用于|用作)(?:现金|股票|股份)?");

    /** 持有, 拥有, 手握: a verb of holding right before a figure (约, 近 may stand between). */
    private static final Pattern HELD_BEFORE = Pattern.compile("(?:持有|拥有|手握|账上有)(?:约|近|超过|逾)?$");

    private static final Pattern RATE_AFTER = Pattern.compile("^/(周|月|天|日|年|小时|季)");

    private SentenceLinker() {
    }

    /** Links the sentence: finds its mentions, hands out its figures, reads direction words, and emits its facts. */
    static void run(SentenceContext ctx) {
        MetricMentions.findMentions(ctx);
        if (ctx.lang.equals("en")) MetricMentions.perShareGuidance(ctx);
        if (ctx.lang.equals("en")) BareRatioMentions.find(ctx);
        if (ctx.slots.isEmpty() && ctx.leadBefore != null) ForecastCues.consensusOfLead(ctx);
        if (ctx.slots.isEmpty() && ctx.lang.equals("en")) carriedForecastMetric(ctx);
        if (ctx.slots.isEmpty() && ctx.lang.equals("en")) YearEndMultiple.apply(ctx);
        if (ctx.lang.equals("zh")) {
            BreakdownLines.costLine(ctx);
            BreakdownLines.otherRevenueLine(ctx);
            OperatingIncomeWord.apply(ctx);
        }
        if (ctx.lang.equals("en")) EnTeamSize.apply(ctx);
        if (ctx.slots.isEmpty()) return;
        if (ctx.lang.equals("en")) EnSignedBands.join(ctx);
        if (ctx.lang.equals("en")) EnLossBands.join(ctx);
        if (ctx.lang.equals("zh")) Respectively.apply(ctx);
        else Respectively.applyEnglish(ctx);
        if (ctx.lang.equals("en")) PaidInDividends.apply(ctx);
        if (ctx.lang.equals("en")) ElidedMetric.apply(ctx);
        List<Quantity> respective = ctx.lang.equals("en") ? RespectiveChanges.take(ctx) : List.of();
        RespectiveAmounts.Taken amounts = ctx.lang.equals("en") ? RespectiveAmounts.take(ctx) : null;
        for (Quantity q : ctx.qs) if (!ctx.consumed.contains(q)) link(ctx, q);
        RespectiveChanges.handOut(ctx, respective, q -> link(ctx, q));
        RespectiveAmounts.handOut(ctx, amounts);
        ShareDirection.apply(ctx);
        for (Slot sl : ctx.slots) Changes.directionOnly(ctx, sl);
        for (Slot sl : ctx.slots) Changes.flat(ctx, sl);
        if (ctx.lang.equals("en")) EnDirectionWords.apply(ctx);
        for (Slot sl : ctx.slots) FactBuilding.emit(ctx, sl);
        for (Slot sl : ctx.extra) FactBuilding.emit(ctx, sl);
    }

    /**
     * {@code en.discourse.forecast-metric}: "For quarter three, our expectations are approximately $104 million of SG&A
     * expenses. For the full year, our expectations are approximately $420 million": a forecast sentence that names no
     * metric, right after one forecasting a single metric in the same paragraph, forecasts that metric.
     */
    private static void carriedForecastMetric(SentenceContext ctx) {
        if (ctx.out.isEmpty() || ctx.qs.stream().noneMatch(q -> q.span().start() >= ctx.sent.start() && q.span().end() <= ctx.sent.end()
                && q.unit().isMoney())) return;
        io.finlens.model.Fact last = ctx.out.get(ctx.out.size() - 1);
        if (!last.guidance() || last.evidence().isEmpty()) return;
        int lastEnd = last.evidence().get(last.evidence().size() - 1).end();
        String gap = ctx.text.substring(Math.min(lastEnd, ctx.sent.start()), ctx.sent.start());
        if (gap.length() > 120 || gap.indexOf('\n') >= 0) return;
        if (!ForecastCues.guidanceBefore(ctx, ctx.sent.end())) return;
        FactLexicon.Metric m = ctx.lex.metrics.get(last.metric());
        if (m == null || m.unit() != FactLexicon.MetricUnit.MONEY) return;
        Matcher own = EN_FOR_THE_LINE.matcher(ctx.text).region(ctx.sent.start(), ctx.sent.end());
        boolean named = own.find() && ctx.en != null && ctx.en.segmentable(m.id());
        Slot x = new Slot(ctx.sent.start(), ctx.sent.start(), m, named ? own.group(1) : last.segment(), last.basis());
        x.rules.add("en.discourse.forecast-metric");
        if (named) x.rules.add("en.discourse.forecast-metric-own-line");
        ctx.slots.add(x);
    }

    /**
     * The slot figure {@code q} belongs to: the nearest mention before it, or one its words tie it to after it; a
     * list's later item gives it to the list's first.
     */
    private static Slot targetFor(SentenceContext ctx, Quantity q) {
        Slot best = null;
        for (Slot sl : ctx.slots) if (sl.end <= q.span().start()) best = sl;
        Slot after = metricAfter(ctx, q, best == null);
        if (after != null) return after;
        while (best != null && best.listHead != null) best = best.listHead;
        return best;
    }

    /** A metric named right after figure {@code q} that the figure is of, or null; {@code nothingBefore}: no metric came before it. */
    private static Slot metricAfter(SentenceContext ctx, Quantity q, boolean nothingBefore) {
        Slot sl = zhNamedAfter(ctx, q, nothingBefore);
        if (sl == null && ctx.lang.equals("zh") && q.unit().isMoney()) sl = heldBalance(ctx, q);
        if (sl == null && ctx.lang.equals("zh") && q.unit().isMoney()) sl = spentOn(ctx, q);
        if (sl == null && ctx.lang.equals("en")) sl = englishMetricAfter(ctx, q);
        return sl != null ? sl : figureOf(ctx, q);
    }

    /**
     * 1588亿元的总营收: the figure named before its metric; 2023年1000亿元营收目标: a figure right before its metric, when the metric
     * closes on a target word or no metric came before the figure (58亿元 净亏损… in a title is the end of one fact and the start
     * of another).
     */
    private static Slot zhNamedAfter(SentenceContext ctx, Quantity q, boolean nothingBefore) {
        int e = q.span().end();
        if (e < ctx.text.length() && ctx.text.charAt(e) == '的') {
            for (Slot sl : ctx.slots) if (sl.start == e + 1 || (sl.start > e + 1 && sl.start <= e + 3 && sl.segment == null)) return sl;
        }
        for (Slot sl : ctx.slots) {
            if (sl.start == e && sl.value == null && (nothingBefore || ValueAssignment.TARGET_AFTER.matcher(ctx.text)
                    .region(sl.end, Math.min(ctx.sent.end(), sl.end + 4)).lookingAt())) return sl;
        }
        return null;
    }

    /** zh.fact.held-before-balance: 季末持有1210亿元现金及等价物: a balance held, its figure before its name; or null. */
    private static Slot heldBalance(SentenceContext ctx, Quantity q) {
        int e = q.span().end();
        if (!HELD_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), q.span().start() - 4), q.span().start()).find()) return null;
        for (Slot sl : ctx.slots) {
            if ((sl.start == e || sl.start == e + 1 && ctx.text.charAt(e) == '的') && sl.value == null
                    && sl.metric.kind() == FactLexicon.Kind.STOCK) {
                sl.rules.add("zh.fact.held-before-balance");
                return sl;
            }
        }
        return null;
    }

    /** zh.fact.spent-on: 拿出720亿元用于分红, 斥资X用于回购: money set aside for what its metric names right after 用于; or null. */
    private static Slot spentOn(SentenceContext ctx, Quantity q) {
        int e = q.span().end();
        Matcher u = SPENT_ON.matcher(ctx.text).region(e, Math.min(ctx.sent.end(), e + 8));
        if (!u.lookingAt()) return null;
        for (Slot sl : ctx.slots) {
            // (用于股票回购和股息分发: money for two things is neither's figure)
            boolean both = sl.end < ctx.sent.end() && "和及与、".indexOf(ctx.text.charAt(sl.end)) >= 0;
            if (sl.start == u.end() && !both && sl.value == null && ValueAssignment.compatible(ctx, sl.metric, q)) {
                sl.rules.add("zh.fact.spent-on");
                return sl;
            }
        }
        return null;
    }

    /**
     * A metric right after an English figure: "4.9x debt to adjusted EBITDA" (a multiple before the ratio it states),
     * "we expect $675 million to $685 million revenues" (en.fact.range-before-metric), "a new $500 million share repurchase
     * authorization", "1,120 stores" (en.fact.figure-before-balance); or null.
     */
    private static Slot englishMetricAfter(SentenceContext ctx, Quantity q) {
        int next = q.span().end() + 1;
        boolean multiple = q.rule().contains("multiple");
        if (multiple || ValueAssignment.multiple(q)) { // a 1.1 book-to-bill
            for (Slot sl : ctx.slots) {
                if (sl.start == next && sl.value == null && (multiple || sl.metric.unit() == FactLexicon.MetricUnit.MULTIPLE)) return sl;
            }
        }
        if (q.range() != null && q.unit().isMoney()) {
            Slot sl = compatibleAt(ctx, q, next, false);
            if (sl != null) return withRule(sl, "en.fact.range-before-metric");
        }
        if ((q.unit().isMoney() || q.unit().dimension() == Dimension.COUNT) && q.direction() == null) {
            Slot sl = compatibleAt(ctx, q, next, true);
            if (sl != null) return withRule(sl, "en.fact.figure-before-balance");
        }
        return null;
    }

    /** The first slot with no figure yet starting at {@code pos} whose metric figure {@code q} can be (a balance when {@code stock}). */
    private static Slot compatibleAt(SentenceContext ctx, Quantity q, int pos, boolean stock) {
        for (Slot sl : ctx.slots) {
            if (sl.start == pos && sl.value == null && (!stock || sl.metric.kind() == FactLexicon.Kind.STOCK)
                    && ValueAssignment.compatible(ctx, sl.metric, q)) return sl;
        }
        return null;
    }

    private static Slot withRule(Slot sl, String rule) {
        sl.rules.add(rule);
        return sl;
    }

    /** "$32.4 billion in revenue", "$17 million of operating profit" (8% of revenue is no figure of revenue: a share of it); or null. */
    private static Slot figureOf(SentenceContext ctx, Quantity q) {
        int e = q.span().end();
        Matcher fw = MentionFraming.EN_FIGURE_OF.matcher(ctx.text);
        fw.region(e, Math.min(ctx.sent.end(), e + 40));
        if (!fw.lookingAt()) return null;
        for (Slot sl : ctx.slots) {
            // "$270 million of growth capex": the line's name may stand between "of" and its metric
            boolean named = sl.start == fw.end() || (sl.start >= e && sl.start < fw.end()) || sl.segment != null && q.unit().isMoney() && sl.start > fw.end() && sl.start - fw.end() <= 32
                    && LINE_WORDS.matcher(ctx.text.substring(fw.end(), sl.start)).matches()
                    && ctx.text.substring(fw.end(), sl.start).strip().equals(sl.segment);
            if (named && sl.value == null && ValueAssignment.compatible(ctx, sl.metric, q)) return sl;
        }
        return null;
    }

    /** Whether positions {@code a} and {@code b} of the sentence are in one clause. */
    private static boolean sameClause(SentenceContext ctx, int a, int b) {
        return ctx.sent.clauseStartBefore(a) == ctx.sent.clauseStartBefore(b);
    }

    /** Links figure {@code q} to its slot, unless an exclusion or a change named before its metric takes it. */
    private static void link(SentenceContext ctx, Quantity q) {
        if (Exclusions.thirdPartyFigure(ctx, q) || Exclusions.impactFigure(ctx, q) || Exclusions.bridgeFigure(ctx, q)
                || MultiYearSpans.spanTotal(ctx, q) || Exclusions.sharePriceMove(ctx, q) || Exclusions.milestone(ctx, q)
                || Exclusions.condition(ctx, q)) return;
        if (ctx.lang.equals("en") && q.unit().dimension() == Dimension.RATIO && q.direction() == null && Changes.forwardChange(ctx, q)) return;
        if (ctx.lang.equals("en") && Exclusions.parenthesizedPrior(ctx, q)) return;
        if (Exclusions.yearBracketPrior(ctx, q)) return;
        Slot t = targetFor(ctx, q);
        if (t == null || SharedChange.apply(ctx, t, q)) return;
        if (ctx.lang.equals("en") && t.value != null) { // 1.41 for distribution: the line's own figure
            Slot line = FigureForSegment.slotFor(ctx, t, q);
            if (line != null) t = line;
        }
        if (q.perShare() && q.unit().isMoney() && (t.metric.id().startsWith("net_income") || t.metric.id().equals("operating_profit"))) {
            t = ShareFigures.perShareSlot(ctx, t); // $1.283 billion or $4.12 per diluted share
        }
        FactLexicon.Metric perShareOfNamed = ShareFigures.perShareOf(ctx, t.metric, q);
        if (perShareOfNamed != null) t = ShareFigures.perShareOfNamed(ctx, t, perShareOfNamed); // AFFO was $288 million, or $0.98 per share
        linkTo(ctx, t, q);
    }

    /**
     * Gives figure {@code q} to slot {@code t}: a change, a value, a share of revenue, or nothing when it is out of
     * reach.
     */
    static void linkTo(SentenceContext ctx, Slot t, Quantity q) {
        if (RATE_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.text.length(), q.span().end() + 3)).lookingAt()) return; // 8000辆/周

        if (t.start >= q.span().end()) { // the figure comes first: 1588亿元的总营收
            if (t.value == null && ValueAssignment.compatible(ctx, t.metric, q)) ValueAssignment.assignValue(ctx, t, q, "", "");
            return;
        }
        int qs0 = q.span().start();
        String between = ctx.text.substring(t.end, qs0);
        int clauseStart = ctx.sent.clauseStartBefore(qs0);
        String clauseBefore = ctx.text.substring(Math.max(clauseStart, ctx.sent.start()), qs0);
        boolean isRatioQ = q.unit().dimension() == Dimension.RATIO || q.unit().dimension() == Dimension.POINTS;
        if (t.metric.unit() == FactLexicon.MetricUnit.MULTIPLE && ValueAssignment.multiple(q) && q.unit().dimension() == Dimension.RATIO) {
            isRatioQ = false; // 1.2x book-to-bill: a value in times, linked as a bare number is
        }
        char prev = qs0 > 0 ? ctx.text.charAt(qs0 - 1) : ' ';
        boolean valueMarker = prev == '至' || prev == '到' || prev == '为' || prev == '是' || prev == '达' || prev == ':';
        if (isRatioQ && (t.metric.unit() != FactLexicon.MetricUnit.RATIO || q.unit().dimension() == Dimension.POINTS)
                && !(valueMarker && t.metric.unit() == FactLexicon.MetricUnit.RATIO) && changeCue(ctx, t, q, clauseBefore)) {
            boolean namedBase = ctx.lang.equals("en") && (Changes.baseAfter(ctx, q) != null // "... or 32% versus prior year"
                    || EN_CHANGE_NOUN_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), qs0 - 16), qs0).find()); // ", an increase of 27%"
            if (between.length() > (ctx.lang.equals("en") ? namedBase ? 180 : 90 : 60)) return;
            Changes.addChange(ctx, t, q, clauseBefore);
            return;
        }
        boolean cued = ForecastCues.cuedFigure(ctx, qs0) || ctx.listedPeriods.containsKey(qs0) || (ctx.lang.equals("en") && t.value != null && ValueAssignment.EN_COMPARED.matcher(
                ctx.text.substring(Math.max(ctx.sent.start(), qs0 - 32), qs0).toLowerCase(Locale.ROOT)).find()); // …, from $22.1 million
        if (ctx.lang.equals("en") && t.value != null && EN_COMPARED_LIST.matcher(clauseBefore).find()) {
            cued = true; // "…, up from $59.9 million in the first quarter and $38.9 million in the second quarter of 2020"
        }
        if (ctx.lang.equals("en") && EN_ASIDE.matcher(between).matches()) {
            cued = true; // "…tax rate, which excludes the unusual tax items, was approximately 24%"
            if (t.value == null) t.rules.add("en.fact.aside-skipped");
        }
        SentenceContext.LastChange last = ctx.lastChange;
        if (last != null && last.slot().value == null && prev == '至' && qs0 - last.end() <= 1
                && last.slot() != t && ValueAssignment.compatible(ctx, last.slot().metric, q)) {
            ValueAssignment.assignValue(ctx, last.slot(), q, "", clauseBefore);
            return;
        }
        if (isRatioQ && t.metric.unit() == FactLexicon.MetricUnit.RATIO && q.unit().dimension() == Dimension.RATIO) {
            if (!sameClause(ctx, t.end, qs0) && between.length() > 30 && !cued && !(valueMarker && between.length() <= 60)) return;
            if (t.value != null && prev == '由') return;
            ValueAssignment.assignValue(ctx, t, q, between, clauseBefore);
            return;
        }
        if (isRatioQ) {
            ShareFigures.shareOfRevenue(ctx, t, q);
            return;
        }
        linkAmount(ctx, t, q, between, clauseBefore, cued, valueMarker);
    }

    /** Whether the words around percent {@code q} make it a change of {@code t}, not a value or a share. */
    private static boolean changeCue(SentenceContext ctx, Slot t, Quantity q, String clauseBefore) {
        if (q.direction() != null || clauseBefore.contains("同比") || clauseBefore.contains("环比") || clauseBefore.contains("增幅")
                || clauseBefore.contains("增速") || clauseBefore.contains("降幅")) return true;
        if (!ctx.lang.equals("en")) return false;
        int qs0 = q.span().start();
        SentenceContext.LastChange prev = ctx.lastChange;
        return prev != null && prev.end() <= qs0 && qs0 - prev.end() <= 40
                        && EN_CHANGE_LIST_GAP.matcher(ctx.text.substring(prev.end(), qs0)).matches() // "21% organically and nearly 110% in total"
                || EN_YEAR_GROWTH_OF.matcher(ctx.text).region(Math.max(ctx.sent.start(), qs0 - 48), qs0).find() // full year growth of at least 10%
                || q.range() != null && EN_GROWTH_OF_BEFORE.matcher(ctx.text) // "comparable sales growth of 10.5% to 11.5%"
                        .region(Math.max(ctx.sent.start(), qs0 - 40), qs0).find()
                || Changes.EN_PCT_NOUN_AFTER.matcher(ctx.text) // "a 20% increase over last year"
                        .region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 50)).lookingAt()
                        && !EN_DRIVEN_BY.matcher(ctx.text).region(Math.max(ctx.sent.start(), qs0 - 30), qs0).find() // driven by a 17% increase in…
                || !t.changes.isEmpty() && Changes.lapsPriorYear(ctx, q) // on top of 23% last year
                || AmountChanges.percentOfAmountChange(ctx, q) // increasing $613 million, or 3.1%
                || Changes.baseAfter(ctx, q) != null // 13% above prior quarter
                || q.unit().dimension() == Dimension.RATIO && t.end <= qs0 && qs0 - t.end <= 48 && EN_GROWTH_WAS.matcher(ctx.text.substring(t.end, qs0)).matches(); // EPS growth was 13%
    }

    /**
     * A money or count figure after its metric: its value when in reach (its clause, a continuation 达到了…, a prior
     * cue, a bracket), not when it is how much the figure moved (减少1286人至7751人) or the sum of a list's items.
     */
    private static void linkAmount(SentenceContext ctx, Slot t, Quantity q, String between, String clauseBefore, boolean cued,
                                   boolean valueMarker) {
        int qs0 = q.span().start();
        if (t.metric.id().equals("share_repurchase") && !q.unit().isMoney() && (ctx.text.substring(qs0, q.span().end()).endsWith("shares")
                || SHARES_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 12)).lookingAt())) {
            // "repurchased approximately 41 million shares": the count of shares, not the money spent
            Slot x = new Slot(t.start, t.end, ctx.lex.metrics.get("shares_repurchased"), t.segment, t.basis);
            x.rules.add(ctx.lang + ".metric.shares-counted");
            ctx.extra.add(x);
            t = x;
        }
        if (!ValueAssignment.compatible(ctx, t.metric, q)) return;
        if (ctx.lang.equals("en") && !valueMarker && AmountChanges.englishAmountChange(ctx, t, q)) return; // increased by $0.01 per share vs a year ago
        if (q.direction() != null && !valueMarker && !t.metric.id().equals("net_adds")) { // 净增1100万用户: net adds are the increase
            Changes.amountDirection(ctx, t, q);
            return;
        }
        boolean hasMembers = false;
        for (Slot sl : ctx.slots) if (sl.listHead == t && !sl.metric.id().equals(t.metric.id())) hasMembers = true; // 现金和现金等价物、有价证券合计
        if (hasMembers && (between.contains("合计") || between.contains("总计") || between.contains("共计"))) return;
        boolean continuation = (CONTINUATION.matcher(clauseBefore).matches() || FigurePeriods.OWN_PERIOD_CLAUSE.matcher(clauseBefore).matches())
                && between.length() <= 40;
        // "AFFO to be approximately $270 million, which is $0.91 on a per share basis": the named total's per-share figure
        if (t.rules.contains(ctx.lang + ".metric.per-share-of-named") && between.length() <= 80) cued = true;
        if (ctx.lang.equals("en") && EN_INCLUDING.matcher(clauseBefore).find() && FigurePeriods.periodAfter(ctx, q.span().end()) != null) {
            cued = true; // en.fact.including-own-period: "…715,000 shares since May, including 475,000 shares in the third quarter"
        }
        int reach = ctx.lang.equals("en") ? 3 : 1; // English says in more letters what Chinese says in fewer
        if (!cued && !continuation && !sameClause(ctx, t.end, qs0) && !ValueAssignment.hasPriorCue(clauseBefore) && !between.startsWith("(")
                && between.length() > 12 * reach) return;
        if (between.length() > 40 * reach && !cued) return;
        ValueAssignment.assignValue(ctx, t, q, between, clauseBefore);
    }
}
