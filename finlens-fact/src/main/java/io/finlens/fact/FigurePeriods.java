package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods of a figure: which period a value or change in a sentence is for.
 * <ul>
 *   <li>the last period named before the figure in its sentence, resolved against the document's period
 *       (第三季度营收为…; "revenue of $1 billion in 2023" for English, which names it after the figure); a relative
 *       word in the figure's clause shifts it (去年同期为…, "year to date" in a third-quarter call is nine months);</li>
 *   <li>{@code en.period.outlook-year} (the id of the period mention it makes): "we expect sales of $4.9 billion to
 *       $5.3 billion", an outlook that names no period, is for the year;</li>
 *   <li>balances and ratios at an instant are at the period's end; a flow up to a date (截至6月末的研发费用) is the part of
 *       the year ending then;</li>
 *   <li>comparisons: a period inside a 由/较/"compared to" phrase belongs to the figure in that phrase
 *       (由2021年的89亿元…至73亿元), and a figure after 由 or 从 and before a verb is the earlier one (由27%上升至32%).</li>
 * </ul>
 */
final class FigurePeriods {
    /** ,截至2025年3月31日为982.4亿元: a clause that only names another date or period and gives the figure for it. */
    static final Pattern OWN_PERIOD_CLAUSE = Pattern.compile(
            "^(?:而|对比|相比之下)?(截至|于|在)?(?=\\d{4}年|\\d{1,2}月|第?[一二三四1-4]季度|上半年|下半年|前三季度|全年)(\\d{4}年)?"
                    + "(\\d{1,2}月\\d{1,2}日|\\d{1,2}月(末|底)|第?[一二三四1-4]季度(末)?|上半年|下半年|前三季度|全年|度)?(末)?(时)?(则)?(为|是|达)$");

    private static final Pattern EN_COMPARISON = Pattern.compile(
            "(?i)\\b(compared (to|with)|versus|vs\\.?|vis-[aà]-vis|from|than|over|same as)( the| last| a)?\\s*$");

    private static final Pattern EN_COMPARED_PHRASE = Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|versus|vs\\.?|up from|down from|against|after(?=\\s[-$€£¥(]?\\d))\\s");

    private static final Pattern FROM_PRIOR = Pattern.compile(
            "[由从](\\d{4}年(\\d{1,2}月(末|底)|第?[一二三四1-4]季度|上半年|下半年|前三季度)?(的)?|当年\\d{1,2}月(末|底)的|去年同期(的)?|上年同期(的)?|上季度(的)?|当年中期的|上一年(的)?)?$");

    private FigurePeriods() {
    }

    /**
     * The period of a figure at {@code pos}: the last period expression before it in the sentence, resolved
     * against the document period; a relative word in its own clause (去年同期, 上季度) shifts it back.
     */
    /** After a relative period and its figure, a verb of change with 至/到 leads to the current figure. */
    private static final java.util.regex.Pattern FROM_RELATIVE_TO = java.util.regex.Pattern.compile(
            "\\d[\\d.,]*\\s*(?:%|[万亿]?[元美港]?[元币]?)?[^，,。；;\\d]{0,6}?(?:降|升|增|减|跌|涨|提升|提高|下降|上升|增长|减少|回落|扩大|收窄)?(?:至|到)$");

    /**
     * {@code en.period.since-cumulative}: "repurchased 715,000 shares since May 2024": a sum since a past date runs to
     * the end of the document's period, stated at that instant.
     */
    private static final java.util.regex.Pattern SINCE_AFTER = java.util.regex.Pattern.compile(
            "^(?:approximately |about |nearly |roughly |over )?[$€£]?[\\d.,]+(?: (?:million|thousand|billion))?(?: (?:of )?(?:its |our )?(?:common )?shares)? since (?:the )?(?:start of |beginning of )?"
                    + "(?:January|February|March|April|May|June|July|August|September|October|November|December|inception|\\d{4})\\b");

    static Period periodFor(SentenceContext ctx, int pos, Slot t) {
        Period stated = statedFor(ctx, pos, t);
        if (stated != null) return stated;
        Named named = namedBefore(ctx, pos);
        PeriodMentions.Mention best = named.best(), relative = named.relative();
        int clauseStart = ctx.sent.clauseStartBefore(pos);
        boolean future = ctx.scope.guidance() || ForecastCues.guidanceBefore(ctx, pos) || ForecastCues.consensusCueBefore(ctx, pos);
        if (ctx.lang.equals("en") && (best == null || best.start() < clauseStart)) {
            // English names the period after the figure: "up 15% to 20% in fiscal year '22", "$1 billion in 2023"
            PeriodMentions.Mention after = periodAfter(ctx, pos);
            if (after != null) best = after;
        }
        if (ctx.lang.equals("en") && best != null && best.start() >= clauseStart && best.end() <= pos && periodOfFigureBefore(ctx, best, pos)) {
            Period own = ownPeriodAfter(ctx, pos, future); // "24% for the quarter and 23% for the year-to-date period"
            if (own != null) return forMetric(ctx, t, own);
        }
        if (best == null && ctx.en != null) {
            best = carried(ctx, t, future);
            if (future && perQuarterAfter(ctx, pos) && ctx.doc.period() instanceof Period.Quarter dq) {
                return forMetric(ctx, t, dq.next()); // en.period.per-quarter: "$42 million to $43 million per quarter"
            }
        }
        Period base = best == null ? unnamedBase(ctx, pos, relative == null, future) : ctx.sectionPeriod != null ? ctx.sectionPeriod : ctx.doc.period();
        if (best != null && !best.hasYear() && best.rule().equals("zh.period.full-year")) best = yearNamedBefore(ctx, best);
        Period p = best == null ? base : ctx.doc.resolve(best, future);
        if (p == null) p = ctx.doc.period();
        if (ofLastYear(ctx, pos, best)) p = p.previousYear(); // en.period.of-last-year
        // zh.period.from-relative-to: 净利润率从去年同期的42.0%降至36.9%: the figure the change goes to is the current one
        if (relative != null && FROM_RELATIVE_TO.matcher(ctx.text.substring(relative.end(), pos)).find()) relative = null;
        if (relative != null) p = shiftedBy(ctx, relative, best == null, best != null && best.hasYear(), p);
        return forMetric(ctx, t, p);
    }

    /**
     * A period the figure at {@code pos} has before any named in its sentence: one of a list of periods (zh.list.periods), the
     * forecast's an assumption is for ("Using a tax rate of 22%, we anticipate Q4…"), or the end of the document's period for a
     * sum since a past date (en.period.since-cumulative); or null.
     */
    private static Period statedFor(SentenceContext ctx, int pos, Slot t) {
        Period listed = ctx.listedPeriods.get(pos);
        if (listed != null) return forMetric(ctx, t, listed); // zh.list.periods
        PeriodMentions.Mention assumed = ForecastCues.assumptionOfForecast(ctx, pos);
        Period assumedFor = assumed == null ? null : ctx.doc.resolve(assumed, true);
        if (assumedFor != null) return forMetric(ctx, t, assumedFor);
        if (ctx.lang.equals("en") && SINCE_AFTER.matcher(ctx.text).region(pos, Math.min(ctx.sent.end(), pos + 80)).find()) {
            return new Period.Instant(ctx.doc.periodEnd() != null ? ctx.doc.periodEnd() : ctx.doc.period().end()); // en.period.since-cumulative
        }
        return null;
    }

    /** The last period named before a figure in its sentence ({@code best}) and a relative word that shifts it ({@code relative}). */
    private record Named(PeriodMentions.Mention best, PeriodMentions.Mention relative) {
    }

    private static Named namedBefore(SentenceContext ctx, int pos) {
        PeriodMentions.Mention best = null, relative = null;
        int clauseStart = ctx.sent.clauseStartBefore(pos);
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < ctx.sent.start()) continue;
            if (m.end() > pos) break;
            if (comparisonPhrase(ctx, m, pos)) continue;
            if (m.kind() == PeriodMentions.Kind.RELATIVE && !"doc".equals(m.relative()) && !"next-quarter".equals(m.relative())) {
                boolean beforeFirstMetric = !ctx.slots.isEmpty() && m.end() <= ctx.slots.get(0).start;
                if (m.start() >= clauseStart || beforeFirstMetric) relative = m;
                continue;
            }
            best = m;
            if (m.start() >= clauseStart && (relative == null || relative.end() != m.start())) relative = null; // 去年第三季度 stays
            // zh.period.restated-with-year: 去年四季度（即2024财年第一财季）: a period with its own year, restating the one a
            // relative word named, is not shifted by that word
            if (relative != null && m.hasYear() && relative.end() != m.start() && ctx.lang.equals("zh")) relative = null;
        }
        return new Named(best, relative);
    }

    /**
     * A period named in an earlier sentence: the outlook's for a forecast, the paragraph's otherwise; or null. (en.period.growth-now:
     * "In the third quarter of last year, those services brought $9 million. Excluding them, revenue grew 20%": a growth said
     * without a figure is the current period's, not the year-ago period an earlier sentence named.)
     */
    private static PeriodMentions.Mention carried(SentenceContext ctx, Slot t, boolean future) {
        PeriodMentions.Mention carried = future ? ctx.discourse.outlook() : ctx.discourse.period();
        return carried != null && !(t != null && t.value == null && !future && yearAgoOrBefore(ctx, carried)) ? carried : null;
    }

    /** The period of a figure whose sentence names none: the section's or the document's, but see zh.period.among and en.period.outlook-year. */
    private static Period unnamedBase(SentenceContext ctx, int pos, boolean noRelative, boolean future) {
        if (noRelative && future && ctx.lang.equals("zh") && !ctx.out.isEmpty() && ctx.out.get(ctx.out.size() - 1).guidance()
                && (AMONG.matcher(ctx.text).region(ctx.sent.start(), pos).lookingAt() || afterSemicolon(ctx))) {
            // zh.period.among: 其中，乘用车销量目标定为280万辆: a part of the target just stated, for its period (and so is
            // the next part, after a semicolon: ；商用车销量目标为70万辆)
            return ctx.out.get(ctx.out.size() - 1).period();
        }
        if (future && ctx.lang.equals("en") && !ForecastCues.consensusCueBefore(ctx, pos)) {
            // "we expect sales of $4.9 billion to $5.3 billion": an outlook that names no period is for the year
            return PeriodMentions.resolve(new PeriodMentions.Mention(pos, pos, PeriodMentions.Kind.YEAR, 0, 0, false, null, null,
                    "en.period.outlook-year"), ctx.doc.period(), true);
        }
        return ctx.sectionPeriod != null ? ctx.sectionPeriod : ctx.doc.period();
    }

    /** en.period.of-last-year: "12.6% comparable sales growth in the fourth quarter of last year": a period after the figure, a year back. */
    private static boolean ofLastYear(SentenceContext ctx, int pos, PeriodMentions.Mention best) {
        return ctx.lang.equals("en") && best != null && best.start() >= pos && !best.hasYear() && EN_OF_LAST_YEAR.matcher(ctx.text)
                .region(best.end(), Math.min(ctx.sent.end(), best.end() + 24)).lookingAt();
    }

    /**
     * {@code p} shifted by a relative period word of the figure's clause: 去年同期, 上季度, 去年 (in an annual report,
     * the report's own year), 2021年同期, "year to date".
     */
    private static Period shiftedBy(SentenceContext ctx, PeriodMentions.Mention relative, boolean noneNamed, boolean yearNamed, Period p) {
        switch (relative.relative()) {
            case "prior-year" -> p = p.previousYear();
            case "prior-quarter" -> p = p instanceof Period.Quarter pq ? pq.previous() : p;
            case "last-year" -> {
                // an annual report comes out the year after: there 去年 is the report's own year (so does a fourth
                // quarter's or a second half's, zh.period.reported-next-year)
                boolean annual = PeriodMentions.reportedNextYear(ctx.doc.period());
                // 上年, 上一年 count back from the year being told about, never from when the report came out
                boolean yearBefore = !ctx.text.startsWith("去年", relative.start());
                // (去年 alone, 去年为 after a figure, in a quarter's report: the year before, a comparison)
                if (noneNamed) p = ctx.doc.period() instanceof Period.Year && !yearBefore ? ctx.doc.period()
                        : new Period.Year(PeriodMentions.docYear(ctx.doc.period()) - 1);
                else if (!annual || yearBefore || yearNamed) p = p.previousYear(); // 2023年的…为24%，去年为22%: the year before the one named
            }
            case "same-period" -> p = PeriodMentions.withYear(p, relative.year());
            case "year-to-date" -> p = yearToDate(p);
            default -> {
            }
        }
        return p;
    }

    /**
     * {@code zh.period.full-year-of-named}: 预计2025年资本开支降至90亿元，全年营收则可突破500亿元: 全年 with no year of its own,
     * after a clause of the same sentence that named a year, is that year's; {@code full} itself otherwise.
     */
    private static PeriodMentions.Mention yearNamedBefore(SentenceContext ctx, PeriodMentions.Mention full) {
        if (!ctx.text.startsWith("全年", full.start())) return full;
        PeriodMentions.Mention named = null;
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < ctx.sent.start()) continue;
            if (m.start() >= full.start()) break;
            if (m.kind() == PeriodMentions.Kind.YEAR && m.hasYear()) named = m;
            else if (m.kind() != PeriodMentions.Kind.RELATIVE) named = null; // 2023年…第四季度…全年: the last named is no year
        }
        return named == null ? full : named;
    }

    /** Whether the sentence follows a semicolon (the sentence before is a part of the same statement). */
    static boolean afterSemicolon(SentenceContext ctx) {
        int k = ctx.sent.start() - 1;
        while (k >= 0 && ctx.text.charAt(k) == ' ') k--;
        return k >= 0 && (ctx.text.charAt(k) == ';' || ctx.text.charAt(k) == '；');
    }

    /** Year to date, in a third-quarter call: the first nine months (the half in a second-quarter one). */
    private static Period yearToDate(Period p) {
        if (!(p instanceof Period.Quarter pq)) return p;
        return switch (pq.quarter()) {
            case 1 -> pq;
            case 2 -> new Period.Half(pq.year(), 1, pq.fiscal());
            case 3 -> new Period.NineMonths(pq.year(), pq.fiscal());
            default -> new Period.Year(pq.year());
        };
    }

    /** A balance or a ratio at an instant (leverage, NPL ratio) is at the period's end; a flow up to a date is a span. */
    private static Period forMetric(SentenceContext ctx, Slot t, Period p) {
        // en.period.quarterly-dividend: "declared a quarterly cash dividend of 12.25 cents" in a fourth-quarter release
        if (t.metric.id().equals("dividend") && p instanceof Period.Year && ctx.doc.period() instanceof Period.Quarter dq
                && dq.year() == ((Period.Year) p).year() && QUARTERLY_BEFORE.matcher(ctx.text)
                .region(Math.max(ctx.sent.start(), t.start - 24), Math.min(ctx.text.length(), t.end)).find()) {
            p = dq;
        }
        if (t.metric.id().equals("dividend") && ctx.lang.equals("en") && p.equals(ctx.doc.period()) && ctx.doc.period() instanceof Period.Quarter dq
                && paidAfterPeriod(ctx, t.end)) {
            p = dq.next(); // en.period.dividend-paid-later: "declared our quarterly dividend of $0.62 per share to be paid in early January"
        }
        if (t.metric.id().equals("net_adds") && p instanceof Period.Month pm && pm.month() == 12
                && ctx.text.substring(Math.max(ctx.sent.start(), t.start - 6), t.start).contains("同比")) {
            p = new Period.Year(pm.year()); // 12月的月活跃用户数为X，同比净增Y: added over the year to December
        }
        if (t.metric.kind() == FactLexicon.Kind.STOCK || t.metric.atInstant()) { // leverage, NPL ratio: balances at the end
            if (!(p instanceof Period.Instant)) {
                // the end of the document's own period is the day it says its quarter ended (January 26 for a fiscal Q1)
                // (and a fiscal year or quarter of a calendar the text states ends where that calendar says: period.fiscal-end)
                Period fiscalEnd = ctx.doc.calendar().calendar() || !(p instanceof Period.Year || p instanceof Period.Quarter q && q.fiscal())
                        ? null : ctx.doc.calendar().endOf(p);
                if (fiscalEnd == null) fiscalEnd = ctx.doc.shiftedQuarterEnd(p); // 季末 of a 第四财季 that is a calendar third quarter
                p = p.equals(ctx.doc.period()) && ctx.doc.periodEnd() != null ? new Period.Instant(ctx.doc.periodEnd())
                        : fiscalEnd != null ? fiscalEnd : new Period.Instant(p.end());
            }
        } else if (p instanceof Period.Instant pi) {
            p = periodEndingAt(ctx, pi.date());
        }
        return p;
    }

    /** Whether mention {@code m} names a period a year or more before the document's. */
    private static boolean yearAgoOrBefore(SentenceContext ctx, PeriodMentions.Mention m) {
        Period p = ctx.doc.resolve(m, false);
        return p != null && !p.end().isAfter(ctx.doc.period().previousYear().end());
    }

    private static final Pattern EN_OF_LAST_YEAR = Pattern.compile("(?i),?\\s*(?:of )?(?:last year|the prior year|the previous year|a year ago)\\b");

    private static final Pattern EN_PAID_IN = Pattern.compile("(?i)\\b(?:to be paid|payable|paid)\\b[^.;]{0,30}?\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b");

    /** Whether the sentence says the dividend is paid in one of the four months after the document's period ends. */
    private static boolean paidAfterPeriod(SentenceContext ctx, int from) {
        Matcher m = EN_PAID_IN.matcher(ctx.text).region(Math.min(from, ctx.sent.end()), ctx.sent.end());
        if (!m.find()) return false;
        int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
        int ahead = Math.floorMod(month - ctx.doc.period().end().getMonthValue(), 12);
        return ahead >= 1 && ahead <= 4;
    }

    /** 其中: what follows is a part of the figure the sentence before stated. */
    private static final Pattern AMONG = Pattern.compile("\\s*其中[，,：:]?");

    private static final Pattern QUARTERLY_BEFORE = Pattern.compile("(?i)\\bquarterly\\b|季度股息|季度分红");

    private static final Pattern EN_PER_QUARTER = Pattern.compile("^\\s*(?:per|a|each) quarter\\b");

    /** Whether the figure starting at {@code pos} is said to be per quarter. */
    private static boolean perQuarterAfter(SentenceContext ctx, int pos) {
        for (Quantity q : ctx.qs) {
            if (q.span().start() == pos) {
                return EN_PER_QUARTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 16)).lookingAt();
            }
        }
        return false;
    }

    /** A figure's trailing period ("$8.5 million in Q3"), and the list joiner from it to the next figure (" and "). */
    private static final Pattern EN_PERIOD_LEAD = Pattern.compile("(?i)^\\s*(?:for|in|during|over)?\\s*(?:the\\s*)?$");
    private static final Pattern EN_ITEM_JOINER = Pattern.compile("(?i)^(?: periods?)?,? (?:and|while|with) (?:approximately |about |roughly )?$");

    /**
     * {@code en.period.own-after-list-item}: whether period mention {@code m} trails an earlier figure of the sentence
     * and only a joiner stands between it and the figure at {@code pos}: "$8.5 million in Q3 and $18.9 million
     * year-to-date" names each figure's period after it.
     */
    private static boolean periodOfFigureBefore(SentenceContext ctx, PeriodMentions.Mention m, int pos) {
        if (m.kind() == PeriodMentions.Kind.RELATIVE && !"doc".equals(m.relative())) return false;
        if (!EN_ITEM_JOINER.matcher(ctx.text.substring(m.end(), pos)).matches()) return false;
        for (Quantity q : ctx.qs) {
            if (q.span().end() <= m.start() && m.start() - q.span().end() <= 12
                    && EN_PERIOD_LEAD.matcher(ctx.text.substring(q.span().end(), m.start())).matches()) return true;
        }
        return false;
    }

    /**
     * The period a list's later figure names after itself when the figure before it named its own ("declined by 5% in
     * the quarter and 6% in the first nine months"), or null ({@code en.period.own-after-list-item}).
     */
    static Period listItemPeriod(SentenceContext ctx, int pos) {
        PeriodMentions.Mention best = null;
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < ctx.sent.start()) continue;
            if (m.end() > pos) break;
            best = m;
        }
        if (best == null || best.start() < ctx.sent.clauseStartBefore(pos) || !periodOfFigureBefore(ctx, best, pos)) return null;
        return ownPeriodAfter(ctx, pos, ForecastCues.guidanceBefore(ctx, pos));
    }

    /** The period named right after the figure at {@code pos} ("23% for the year-to-date period"), or null. */
    private static Period ownPeriodAfter(SentenceContext ctx, int pos, boolean future) {
        Quantity fig = null;
        for (Quantity q : ctx.qs) if (q.span().start() == pos) fig = q;
        if (fig == null) return null;
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < fig.span().end()) continue;
            if (m.start() - fig.span().end() > 12 || !EN_PERIOD_LEAD.matcher(ctx.text.substring(fig.span().end(), m.start())).matches()) return null;
            if (m.kind() != PeriodMentions.Kind.RELATIVE || "doc".equals(m.relative())) return ctx.doc.resolve(m, future);
            return "year-to-date".equals(m.relative()) ? yearToDate(ctx.doc.period()) : null;
        }
        return null;
    }

    /** The first period a clause names after {@code pos}, within a few words (not a comparison's), or null. */
    static PeriodMentions.Mention periodAfter(SentenceContext ctx, int pos) {
        int clauseEnd = ctx.sent.clauseEndAfter(pos);
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < pos) continue;
            if (m.start() > Math.min(clauseEnd, pos + 40)) break;
            // "in the current quarter" after a figure names the document's own period (a relative word of another
            // period, "in the prior year", belongs to a comparison)
            // (and "next year" after a figure is the year it is for: "$180 million is a good guess for next year")
            boolean own = m.kind() == PeriodMentions.Kind.RELATIVE && ("doc".equals(m.relative()) || m.rule().equals("en.period.next-year"));
            if (!own && (m.kind() == PeriodMentions.Kind.RELATIVE || m.kind() == PeriodMentions.Kind.INSTANT)) return null;
            String gap = ctx.text.substring(pos, m.start()).toLowerCase(Locale.ROOT);
            if (gap.contains("compared") || gap.contains("versus") || gap.contains(" vs") || gap.contains(" from ") || gap.contains(" than ")
                    || gap.contains(" after ")) return null;
            // "a level of 35% of sales after 33% in the first quarter": the period is the nearer figure's
            for (Quantity q : ctx.qs) if (q.span().start() > pos && q.span().start() < m.start()) return null;
            return m;
        }
        return null;
    }

    /** The period a clause names outright before {@code pos} (not a relative word), or null. */
    static Period explicitPeriodInClause(SentenceContext ctx, int pos) {
        int cs = ctx.sent.clauseStartBefore(pos);
        PeriodMentions.Mention last = null;
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < cs) continue;
            if (m.end() > pos) break;
            if (afterComparisonWord(ctx, m, cs)) continue;
            if (m.kind() != PeriodMentions.Kind.RELATIVE && m.kind() != PeriodMentions.Kind.INSTANT) last = m;
        }
        if (last == null) return null;
        // (华尔街还预计12月季度的服务收入将同比增10%: a forecast's quarter, resolved as one to come)
        boolean future = ctx.scope.guidance() || ForecastCues.guidanceBefore(ctx, pos) || ForecastCues.consensusCueBefore(ctx, pos);
        return ctx.doc.resolve(last, future);
    }

    /** 截至6月末的研发费用: a flow up to a date is the part of the year ending then (H1, Q1-Q3, the year). */
    private static Period periodEndingAt(SentenceContext ctx, java.time.LocalDate d) {
        if (d.getDayOfMonth() != d.lengthOfMonth()) return ctx.doc.period();
        boolean fiscal = ctx.doc.period().fiscal();
        return switch (d.getMonthValue()) {
            case 3 -> ctx.doc.period() instanceof Period.Quarter ? new Period.Quarter(d.getYear(), 1, fiscal) : ctx.doc.period();
            case 6 -> new Period.Half(d.getYear(), 1);
            case 9 -> new Period.NineMonths(d.getYear());
            case 12 -> new Period.Year(d.getYear());
            default -> ctx.doc.period();
        };
    }

    /** Where a run of period words containing {@code m} starts: 去年第三季度 starts at 去. */
    private static int phraseStart(SentenceContext ctx, PeriodMentions.Mention m) {
        int start = m.start();
        for (int i = ctx.periods.size() - 1; i >= 0; i--) {
            PeriodMentions.Mention o = ctx.periods.get(i);
            if (o.end() == start && o.start() >= ctx.sent.start()) start = o.start();
        }
        return start;
    }

    /** Whether the run of period words holding {@code m} follows 较, 比, 由, 从 or 相比 (looking back no further than {@code floor}). */
    private static boolean afterComparisonWord(SentenceContext ctx, PeriodMentions.Mention m, int floor) {
        int start = phraseStart(ctx, m);
        String pre = ctx.text.substring(Math.max(floor, start - 2), start);
        return pre.endsWith("较") || pre.endsWith("比") || pre.endsWith("由") || pre.endsWith("从") || pre.endsWith("相比");
    }

    /** After a period: 相比, 的同期相比, 比较 (与第一财季相比). */
    private static final Pattern COMPARED_WITH_AFTER = Pattern.compile("^(?:的)?(?:同期|水平)?(?:相比|比较|相较|对比)");

    /**
     * {@code zh.period.compared-with}: 与第一财季相比，…产生了190亿元的现金流: the period of a 与…相比 phrase is the base
     * the clause compares with, not the period of the figures after it.
     */
    private static boolean comparedWith(SentenceContext ctx, PeriodMentions.Mention m) {
        int start = phraseStart(ctx, m);
        if (start <= ctx.sent.start() || "与同跟和".indexOf(ctx.text.charAt(start - 1)) < 0) return false;
        int end = m.end();
        for (PeriodMentions.Mention o : ctx.periods) if (o.start() == end) end = o.end();
        return COMPARED_WITH_AFTER.matcher(ctx.text).region(end, Math.min(ctx.sent.end(), end + 8)).lookingAt();
    }

    /** 由2021年的89亿元…至73亿元: the period in a 由/较 phrase belongs to the figure inside it, not to later ones. */
    private static boolean comparisonPhrase(SentenceContext ctx, PeriodMentions.Mention m, int pos) {
        String preEn = ctx.text.substring(Math.max(ctx.sent.start(), phraseStart(ctx, m) - 18), phraseStart(ctx, m));
        if (EN_COMPARISON.matcher(preEn).find()) return true; // "compared to the third quarter of 2021" names the base
        if (ctx.lang.equals("en")) {
            // "compared to $1.14 billion in 2024": the base's period, named after the base's figure in the same phrase
            String head = ctx.text.substring(Math.max(ctx.sent.start(), m.start() - 60), m.start());
            Matcher c = EN_COMPARED_PHRASE.matcher(head);
            int at = -1;
            while (c.find()) at = c.end();
            if (at >= 0 && head.indexOf(',', at) < 0 && head.indexOf(';', at) < 0) return true;
        }
        if (comparedWith(ctx, m)) return true;
        if (!afterComparisonWord(ctx, m, ctx.sent.start())) return false;
        for (Quantity q : ctx.qs) if (q.span().start() >= m.end() && q.span().end() <= pos) return true;
        return false;
    }

    /** 由27%上升至32%: the figure after 由 or 从 and before a verb is the earlier one. */
    static boolean fromToPrior(SentenceContext ctx, Quantity q) {
        int st = q.span().start();
        String pre = ctx.text.substring(Math.max(ctx.sent.start(), st - 12), st);
        if (pre.indexOf('由') < 0 && pre.indexOf('从') < 0) return false;
        if (!FROM_PRIOR.matcher(pre).find()) return false;
        String after = ctx.text.substring(q.span().end(), Math.min(ctx.text.length(), q.span().end() + 6));
        return Regex.matches(after, "^(上年同期的|去年同期的|上季度的)?(上升|下降|增长|增加|提升|提高|降至|升至|减少|下滑|回落|跌至|增至|扩大|收窄|下跌|上涨|攀升|大增|大降|大跌).*");
    }

    /** The period before {@code p}: the quarter before when the sentence speaks of 环比, else the year before. */
    static Period priorOf(SentenceContext ctx, Period p, Quantity q) {
        String sentBefore = ctx.text.substring(ctx.sent.start(), q.span().start());
        boolean qoq = sentBefore.contains("环比") || ctx.text.substring(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 20)).contains("环比");
        if (qoq && p instanceof Period.Quarter pq) return pq.previous();
        // zh.period.from-year-start: 门店数量从210家增至222家 in a half-year's or nine months' report: the balance the
        // period started from, at the end of the year before
        Period doc = ctx.doc.period();
        if (p instanceof Period.Instant pi && pi.date().equals(doc.end()) && (doc instanceof Period.Half h && h.half() == 1
                || doc instanceof Period.NineMonths)) {
            return new Period.Instant(java.time.LocalDate.of(doc.end().getYear() - 1, 12, 31));
        }
        return p.previousYear();
    }
}
