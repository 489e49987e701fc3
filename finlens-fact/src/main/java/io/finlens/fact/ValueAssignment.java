package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Period;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value assignment: what a money, count or ratio figure is to the metric it was linked to. Rule ids are {@code zh.} or
 * {@code en.} before:
 * <ul>
 *   <li>{@code fact.metric-value}: the metric's own value for its period (营收为286.5亿元; "revenue was $1.2 billion");</li>
 *   <li>{@code fact.prior-period}: a second figure for another period (上年同期为151.8亿元; "compared to $397 million a
 *       year ago"); "compared to 42.3% in 2021" after a quarter's figure is that year's same quarter (the rule the
 *       code calls en.period.same-period-of-year, not recorded on the fact);</li>
 *   <li>{@code en.period.prior-after-figure}: "compared with net income of $4.1 million a year ago", the first figure
 *       of a metric named as the prior period's;</li>
 *   <li>{@code fact.consensus}: a figure the market expects (分析师预期营收为…);</li>
 *   <li>{@code fact.threshold-then-figure}: 首次突破1000亿元,达到了1032.68亿元 keeps the exact figure;</li>
 *   <li>{@code change.from-to-points}: 由27%上升至32% is five points against the earlier figure;</li>
 *   <li>{@code sign.cash-used}, {@code sign.negative-provision}: net cash used in investing activities is negative; a
 *       provision for credit losses is not, unless "a negative provision";</li>
 *   <li>a band around the figure (160亿美元,正负浮动2%; "plus or minus 2%": quantity rule {@code +tolerance}); a
 *       figure in another currency in brackets is its conversion.</li>
 * </ul>
 */
final class ValueAssignment {
    private static final Pattern TOLERANCE = Pattern.compile(
            "^[,(]?(?:正负|上下)浮动(?:约)?|^,? ?\\(?(?:plus or minus|plus/minus|plus-minus|\\+/-|±) ?");

    private static final Pattern OUTFLOW_NAME = Pattern.compile(
            "(?i)\\bused in (?:investing|financing|operating) activities|\\bburn$|所用现金|^用于.{2,4}活动");

    private static final Pattern CREDIT_LOSS_NAME = Pattern.compile(
            "(?i)(?:credit|loan|lease) losses");

    private static final Pattern NEGATIVE_PROVISION = Pattern.compile(
            "(?i)\\bnegative (?:provision|credit loss provision)\\b");

    private static final Pattern EN_PRIOR_AFTER = Pattern.compile(
            "^,? ?(in the prior[- ]year(?: period| quarter)?|a year ago|a year earlier|a year before|the year before|last year|"
                    + "(?:in|during|for) the same (?:period|quarter)(?: of| in)? (?:last year|the prior year|the previous year|a year ago)|in the year-(?:ago|earlier) (?:period|quarter)|in (?:the )?(?:prior|previous) quarter|"
                    + "in (?:the )?(?:prior|previous) year|at the end of (?:the )?(?:prior|previous) (?:quarter|year)|last quarter|a quarter earlier)");

    private static final Pattern EN_OF_LAST_YEAR = Pattern.compile("(?i)^,?\\s*(?:of )?(?:last year|the prior year|the previous year|a year ago)");

    private static final Pattern EN_FROM_PRIOR_QUARTER = Pattern.compile("from (?:the )?(?:prior|previous) quarter(?:'s)? (?:at|of) $");

    private static final Pattern EN_SEQUENTIAL_BEFORE = Pattern.compile(
            "(?:sequentially|quarter[- ]over[- ]quarter|linked[- ]quarter) (?:from|versus|vs\\.?) $");

    private static final Pattern EN_COMPARISON_WORD = Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|versus|vs\\.?|from|than)\\b");

    static final Pattern EN_COMPARED = Pattern.compile(
            "(compared (?:to|with)|versus|vs\\.?|up from|down from|from|after|from (?:the )?(?:prior|previous) (?:quarter|year)(?:'s)? (?:at|of)"
                    + "|(?:compared (?:to|with)|versus|from) (?:the |a )?(?:loss|profit|gain) of) $");

    /** (合1.3亿美元), (约合…), (折合…): a bracket opening right before the figure, with a word of conversion or none. */
    private static final Pattern BRACKET_BEFORE = Pattern.compile("\\((?:合|约合|折合|约)?$");

    static final Pattern TARGET_AFTER = Pattern.compile("^(的)?(目标|指引|预期目标)");

    private static final Pattern PRIOR_CLAUSE = Pattern.compile("(较|比|相比|高于|低于|不及|超过)[^,]{0,4}(\\d{4}年|上一年|上年|去年|上季度|上一季度)");

    private static final Pattern YEAR_SAME_PERIOD = Pattern.compile("\\d{4}年同期");

    private ValueAssignment() {
    }

    /**
     * Figure {@code q} as a value of slot {@code t}: the slot's own value ({@code fact.metric-value}) when it has none,
     * else a figure of another period or the consensus ({@code fact.prior-period}, {@code fact.consensus}); a figure in
     * another currency in brackets is the value's conversion.
     */
    static void assignValue(SentenceContext ctx, Slot t, Quantity q, String between, String clauseBefore) {
        Period p = FigurePeriods.periodFor(ctx, q.span().start(), t);
        boolean guidance = ctx.scope.guidance() || ForecastCues.guidanceBefore(ctx, q.span().start())
                || ForecastCues.assumptionOfForecast(ctx, q.span().start()) != null || TARGET_AFTER.matcher(ctx.text)
                .region(Math.max(q.span().end(), t.end), Math.min(ctx.sent.end(), Math.max(q.span().end(), t.end) + 4)).lookingAt();
        String consensus = ForecastCues.consensusBetween(ctx, t, q);
        boolean fromTo = FigurePeriods.fromToPrior(ctx, q);
        if (between.startsWith("(") || BRACKET_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), q.span().start() - 4), q.span().start()).find()) {
            if (t.value != null && q.unit().isMoney() && !q.unit().equals(t.value.unit())) {
                if (t.conversion == null) t.conversion = q;
                return;
            }
        }
        if (fromTo && !ctx.text.substring(Math.max(ctx.sent.start(), q.span().start() - 12), q.span().start())
                .matches(".*(\\d{4}年|季度|上半年|下半年|月末|月底|去年同期|上年同期|上季度|上一季度|上一年)(的)?$")) { // rare: after 由/从 only
            Period spanStart = MultiYearSpans.spanStart(ctx, q); // 过去15年里，收入从1200亿元增至…
            p = spanStart != null ? spanStart : FigurePeriods.priorOf(ctx, p, q);
        }
        q = withTolerance(ctx, q);
        if (ctx.lang.equals("en") && t.value != null && consensus == null) {
            // "$0.83 compared to $0.61 in the prior-year period", "compared to $397 million a year ago"
            String after = ctx.text.substring(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 40)).toLowerCase(Locale.ROOT);
            String before = ctx.text.substring(Math.max(ctx.sent.start(), q.span().start() - 32), q.span().start()).toLowerCase(Locale.ROOT);
            if (EN_PRIOR_AFTER.matcher(after).lookingAt() || EN_COMPARED.matcher(before).find()) {
                if (replacedForecast(ctx, t, q, after)) return;
                p = comparedBase(ctx, t, q, p, after, before);
            }
        }
        if (ctx.lang.equals("en") && t.value == null && consensus == null && !fromTo && t.period == null) p = priorAfterFigure(ctx, t, q, p);
        if (t.value == null && consensus == null && !fromTo) {
            firstValue(ctx, t, q, p, guidance);
            return;
        }
        if (ctx.lang.equals("en") && consensus == null && t.value != null && t.period != null && p instanceof Period.Year y
                && !(t.period instanceof Period.Year) && y.year() == t.period.end().getYear() - 1
                && EN_COMPARISON_WORD.matcher(ctx.text.substring(t.value.span().end(), q.span().start())).find()) {
            // rule en.period.same-period-of-year: "a margin of 32.5% for the quarter compared to 42.3% in 2021", "compared
            // to $3.4 million during the same period in 2021": the quarter of that year, not the year
            p = t.period.previousYear();
        }
        if (consensus == null && !fromTo && t.period != null && t.period.equals(p) && guidance == t.guidance) {
            thresholdThenFigure(ctx, t, q);
            return; // a second figure for the same key
        }
        otherFigure(ctx, t, q, p, consensus, fromTo, guidance);
    }

    /**
     * "raised its forecast to $1.20 billion to $1.30 billion, from $1.15 billion to $1.25 billion": the forecast it
     * replaces, for the same period, is no figure of the period before.
     */
    private static boolean replacedForecast(SentenceContext ctx, Slot t, Quantity q, String after) {
        return t.guidance && (Regex.matches(after, "^,? ?(?:earlier|previously|before)\\b.*") || after.contains("previous")
                || after.contains("prior outlook") || after.contains("prior forecast") || after.contains("prior guidance")
                || (q.range() != null && FigurePeriods.periodAfter(ctx, q.span().end()) == null));
    }

    /** The period of the figure a comparison names ("compared to $397 million a year ago", "up sequentially from 71%"). */
    private static Period comparedBase(SentenceContext ctx, Slot t, Quantity q, Period p, String after, String before) {
        boolean quarterAgo = EN_PRIOR_AFTER.matcher(after).lookingAt() && after.contains("quarter") && !after.contains("year")
                || EN_SEQUENTIAL_BEFORE.matcher(before).find() // "up sequentially from 71%": the quarter before
                || before.endsWith("after ") // "1.34 after 1.41": the figure it follows is the period before's
                || EN_FROM_PRIOR_QUARTER.matcher(before).find(); // "up from prior quarter at 22,060"
        Period base = t.period != null ? t.period : p;
        PeriodMentions.Mention own = EN_PRIOR_AFTER.matcher(after).lookingAt() ? null : FigurePeriods.periodAfter(ctx, q.span().end());
        Period named = own == null ? instantAfter(ctx, q) : ctx.doc.resolve(own, false);
        if (own != null && !own.hasYear() && named != null && EN_OF_LAST_YEAR.matcher(ctx.text)
                .region(own.end(), Math.min(ctx.sent.end(), own.end() + 24)).lookingAt()) {
            named = named.previousYear(); // "from $19.8 million in the third quarter of last year"
        }
        // "$1.05 vs. $0.98 in Q3 2024": the base names its own period
        if (named == null && quarterAgo && base instanceof Period.Instant bi) { // a balance at the end of the quarter before
            return new Period.Instant(java.time.YearMonth.from(bi.date()).minusMonths(3).atEndOfMonth());
        }
        return named != null ? named : quarterAgo && base instanceof Period.Quarter bq ? bq.previous() : base.previousYear();
    }

    /**
     * "from 1.2x as of March 31": the day a compared balance was taken, written right after it; a day without a year
     * is the last such day on or before the document's period end. Null when none is written there.
     */
    private static Period instantAfter(SentenceContext ctx, Quantity q) {
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < q.span().end()) continue;
            boolean asAt = ctx.text.startsWith(" as ", q.span().end()) && m.start() == q.span().end() + 4; // "$41 million as at December 31, 2021"
            if ((m.start() - q.span().end() > 2 && !asAt) || m.kind() != PeriodMentions.Kind.INSTANT || m.date() == null) break;
            java.time.LocalDate end = ctx.doc.period().end();
            java.time.LocalDate d = m.hasYear() ? m.date() : m.date().withYear(end.getYear());
            if (!m.hasYear() && d.isAfter(end)) d = d.minusYears(1);
            return new Period.Instant(d);
        }
        return null;
    }

    /** {@code en.period.prior-after-figure}: "compared with net income of $4.1 million a year ago" is the prior period's. */
    private static Period priorAfterFigure(SentenceContext ctx, Slot t, Quantity q, Period p) {
        if (FigurePeriods.explicitPeriodInClause(ctx, q.span().start()) != null) return p;
        // "compared with net income of $4.1 million a year ago": a figure of the prior period, named after it
        String after = ctx.text.substring(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 40)).toLowerCase(Locale.ROOT);
        if (EN_PRIOR_AFTER.matcher(after).lookingAt()) {
            boolean quarterAgo = after.contains("quarter") && !after.contains("year");
            p = quarterAgo && p instanceof Period.Quarter pq ? pq.previous() : p.previousYear();
            t.rules.add("en.period.prior-after-figure");
        }
        return p;
    }

    /** {@code fact.metric-value}: the metric's own figure, with its period, guidance and sign. */
    private static void firstValue(SentenceContext ctx, Slot t, Quantity q, Period p, boolean guidance) {
        Changes.verbBeforeTo(ctx, t, q);
        t.value = q;
        t.period = p;
        t.guidance = guidance && !p.end().isBefore(ctx.doc.period().end()); // 预计…，上一年则为盈利X: a year before, an actual
        t.negative = q.loss() || isLossWord(ctx, t) || ExpenseBenefit.negated(ctx, t, q);
        t.rules.add(ctx.lang + ".fact.metric-value");
        ZhChangeWords.forecastVerbTo(ctx, t, q);
        if (ctx.listedPeriods.containsKey(q.span().start())) t.rules.add("zh.list.periods");
        t.lastEnd = q.span().end();
        t.evidence.clear();
        t.evidence.add(new Span(Math.min(t.start, q.span().start()), Math.max(t.end, q.span().end())));
        for (Slot x : ctx.extra) {
            if (x.start == t.start && x.fromTo && x.value != null && q.unit().dimension() == Dimension.RATIO
                    && x.value.value() != null && q.value() != null && t.changes.isEmpty()) {
                // 由27%上升至32%: five points, against the prior figure
                ChangeBasis b = x.period instanceof Period.Quarter xq && p instanceof Period.Quarter pq
                        && xq.equals(pq.previous()) ? ChangeBasis.QOQ : ChangeBasis.YOY;
                t.changes.add(Change.points(b, q.value().subtract(x.value.value()).movePointRight(2), q.span()));
                t.rules.add(ctx.lang + ".change.from-to-points");
            }
        }
    }

    /** {@code fact.threshold-then-figure}: 首次突破1000亿元,达到了1032.68亿元, the exact figure replaces the threshold. */
    private static void thresholdThenFigure(SentenceContext ctx, Slot t, Quantity q) {
        if ((t.value.qualifier() == Qualifier.OVER || t.value.qualifier() == Qualifier.UNDER) && q.qualifier() == null
                && q.unit().equals(t.value.unit()) && q.value() != null) {
            t.value = q;
            t.evidence.add(new Span(q.span().start(), q.span().end()));
            t.rules.add(ctx.lang + ".fact.threshold-then-figure");
        }
    }

    /** {@code fact.prior-period} or {@code fact.consensus}: a second figure of the metric, another fact. */
    private static void otherFigure(SentenceContext ctx, Slot t, Quantity q, Period p, String consensus, boolean fromTo,
                                    boolean guidance) {
        Slot x = new Slot(t.start, t.end, t.metric, t.segment, consensus != null ? "consensus" : t.basis);
        x.value = q;
        x.period = p;
        x.fromTo = fromTo;
        x.guidance = guidance && consensus == null && !p.end().isBefore(ctx.doc.period().end());
        x.negative = q.loss() || isLossWord(ctx, t) || ExpenseBenefit.negated(ctx, x, q);
        x.rules.add(consensus != null ? ctx.lang + ".fact.consensus" : ctx.lang + ".fact.prior-period");
        if (ctx.listedPeriods.containsKey(q.span().start())) x.rules.add("zh.list.periods");
        if (consensus == null && t.value != null) Changes.comparative(ctx, t, x, q);
        x.evidence.add(new Span(Math.min(t.start, q.span().start()), Math.max(t.end, q.span().end())));
        ctx.extra.add(x);
    }

    /** 160亿美元,正负浮动2%: the figure with a band of ±2% around it. */
    private static Quantity withTolerance(SentenceContext ctx, Quantity q) {
        if (q.value() == null || q.range() != null) return q;
        Matcher m = TOLERANCE.matcher(ctx.text);
        m.region(q.span().end(), Math.min(ctx.text.length(), q.span().end() + 20));
        if (!m.lookingAt()) return q;
        for (Quantity o : ctx.qs) {
            if (o.span().start() == m.end() && o.value() != null
                    && (o.unit().dimension() == Dimension.RATIO || o.unit().dimension() == Dimension.POINTS)) {
                // ±2% of a sum of money is relative; ±50 basis points of a margin is absolute
                BigDecimal d = o.unit().dimension() == Dimension.POINTS ? o.value().movePointLeft(2)
                        : q.unit().dimension() == Dimension.RATIO ? o.value() : q.value().multiply(o.value());
                return new Quantity(q.span(), q.value(), q.unit(), q.qualifier(),
                        new Range(q.value().subtract(d), q.value().add(d)), q.precision(), q.direction(), q.loss(),
                        q.approximate(), q.perShare(), q.rule() + "+tolerance");
            }
        }
        return q;
    }

    /** Whether the metric's own words make its figure negative (亏损, "net loss", "cash used in"); adds the sign rule. */
    private static boolean isLossWord(SentenceContext ctx, Slot t) {
        String w = ctx.text.substring(t.start, t.end);
        if (CREDIT_LOSS_NAME.matcher(w).find()) return negativeProvision(ctx, t);
        if (OUTFLOW_NAME.matcher(w).find()) { // net cash used in investing activities: money out is negative
            t.rules.add(ctx.lang + ".sign.cash-used");
            return true;
        }
        return w.contains("亏损") || w.contains("净亏") || w.toLowerCase().contains("loss");
    }

    /**
     * "provision for credit losses of $9 million", "allowance for loan losses": credit losses name the provision,
     * which is no loss of the company; it is negative only where the text says so ("a negative provision for credit
     * losses of $16.1 million").
     */
    private static boolean negativeProvision(SentenceContext ctx, Slot t) {
        String before = ctx.text.substring(Math.max(ctx.sent.start(), t.start - 30), Math.min(ctx.sent.end(), t.end));
        if (!NEGATIVE_PROVISION.matcher(before).find()) return false;
        t.rules.add(ctx.lang + ".sign.negative-provision");
        return true;
    }

    /** Whether figure {@code q} can be a value of metric {@code m} (money for money, a count for a count…). */
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** "our 40,000 towers": a bare number with a noun after it counts that noun. */
    private static final Pattern NOUN_AFTER = Pattern.compile(" [a-z]");

    static boolean compatible(SentenceContext ctx, FactLexicon.Metric m, Quantity q) {
        Dimension d = q.unit().dimension();
        if (m.perShare() && d == Dimension.MONEY && !q.perShare() && q.precision().scaleExponent() >= 5) {
            return false; // "EPS grew by 7% due to a $183 million gain": millions are no per-share figure
        }
        return switch (m.unit()) {
            case MONEY -> d == Dimension.MONEY;
            // "total membership increased to $26.5 million": a transcript's stray dollar sign on a count of millions
            case COUNT -> d == Dimension.COUNT || (d == Dimension.NUMBER && q.precision().scaleExponent() >= 3)
                    || (d == Dimension.NUMBER && q.value() != null && q.value().compareTo(THOUSAND) >= 0 && q.value().stripTrailingZeros().scale() <= 0
                        && !NOUN_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.text.length(), q.span().end() + 3)).lookingAt()) // 22,500, up from
                    || (ctx.lang.equals("en") && d == Dimension.MONEY && q.precision().scaleExponent() >= 5);
            case RATIO -> d == Dimension.RATIO;
            case MULTIPLE -> multiple(q);
            case ANY -> true;
        };
    }

    /**
     * A ratio stated in times: 6.4x, or a bare 1.38 or 4.8 (book-to-bill, inventory turns) that has no scale;
     * never a percent (a change of the ratio), money or a count.
     */
    static boolean multiple(Quantity q) {
        Dimension d = q.unit().dimension();
        if (d == Dimension.RATIO) return q.rule().contains("multiple");
        return d == Dimension.NUMBER && q.value() != null && q.precision().scaleExponent() == 0
                && q.value().abs().compareTo(BigDecimal.valueOf(100)) < 0;
    }

    /** Whether {@code text} names an earlier period (去年同期, 上季度, 较2022年…). */
    static boolean hasPriorCue(String text) {
        return PRIOR_CLAUSE.matcher(text).find() || YEAR_SAME_PERIOD.matcher(text).find() || text.contains("去年同期") || text.contains("上年同期") || text.contains("上季度") || text.contains("上一季度")
                || text.contains("去年") || text.contains("上年");
    }
}
