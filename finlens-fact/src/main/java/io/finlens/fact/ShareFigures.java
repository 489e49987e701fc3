package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Per-share and share-of-revenue figures: a figure given beside a total that is a figure of another metric.
 * <ul>
 *   <li>per share of a total: "Net income for the quarter was $68.9 million, or $1.68 per share" is earnings per
 *       share (its rule is the value's, {@code en.fact.metric-value});</li>
 *   <li>{@code zh.metric.per-share-of-named} / {@code en.metric.per-share-of-named}: "AFFO was $288 million, or $0.98
 *       per share" is AFFO per share;</li>
 *   <li>{@code zh.fact.share-of-revenue} / {@code en.fact.share-of-revenue}: 研发费用为22亿元,占总收入的4.4%; "R&D
 *       expense of $33 million, or 10% of revenue" is the metric's ratio to revenue (share-of-revenue.tsv), for the
 *       period of the money figure it follows.</li>
 * </ul>
 */
final class ShareFigures {
    private static final Pattern EN_PER_SHARE_BASIS = Pattern.compile(
            "^,? ?(?:on a per[- ](?:diluted )?share basis|per (?:diluted |fully diluted )?share)\\b");

    private static final Pattern SHARE_BEFORE = Pattern.compile(
            "(?:占(?:\\d{4}(?:财)?年)?[^,，。;；\\d%]{0,12}?(?:收入|营收|销售额)(?:的)?(?:比例|比重|百分比)?(?:为|达|约为|约|升至|降至|提升至|上升至|下降至|达到)?|(?i:\\bor|representing|which is|equal to),? )$");

    private static final Pattern SHARE_AFTER_EN = Pattern.compile(
            "^ of (?:total |net |our |adjusted |domestic |consolidated |group )?(?:revenues?|net revenues?|sales|net sales)\\b");

    private ShareFigures() {
    }

    /** The earnings-per-share slot of a total's slot, made once, standing where the total's figure ends. */
    static Slot perShareSlot(SentenceContext ctx, Slot t) {
        return ctx.perShare.computeIfAbsent(t, k -> {
            // a business line carried from an earlier sentence is no line of the per-share figure (EPS is the company's)
            boolean carried = k.rules.contains("en.discourse.segment");
            // it stands where the total's figure ends: "Net income for the quarter was $68.9 million, or $1.68 per share"
            Slot x = new Slot(k.start, Math.max(k.end, k.lastEnd), ctx.lex.metrics.get("eps"), carried ? null : k.segment, k.basis);
            ctx.extra.add(x);
            return x;
        });
    }

    /**
     * The per-share metric of a named total (ffo → ffo_per_share, affo → affo_per_share) when the figure is money per
     * share ("$0.98 per share", "$0.98 on a per share basis"); null otherwise.
     */
    static FactLexicon.Metric perShareOf(SentenceContext ctx, FactLexicon.Metric m, Quantity q) {
        if (m.perShare() || !q.unit().isMoney()) return null;
        FactLexicon.Metric ps = ctx.lex.metrics.get(m.id() + "_per_share");
        if (ps == null || !ps.perShare()) return null;
        int e = q.span().end();
        boolean perShareFigure = q.perShare()
                || EN_PER_SHARE_BASIS.matcher(ctx.text).region(e, Math.min(ctx.sent.end(), e + 30)).lookingAt();
        return perShareFigure ? ps : null;
    }

    /** The per-share slot of named total {@code t}, made once ({@code metric.per-share-of-named}). */
    static Slot perShareOfNamed(SentenceContext ctx, Slot t, FactLexicon.Metric ps) {
        return ctx.perShareNamed.computeIfAbsent(t, k -> {
            Slot x = new Slot(k.start, k.end, ps, k.segment, k.basis);
            x.rules.add(ctx.lang + ".metric.per-share-of-named");
            ctx.extra.add(x);
            return x;
        });
    }

    /**
     * 研发费用为22亿元,占总收入的4.4%; R&D expense of $33 million, or 10% of revenue: the figure as a share of revenue is
     * its ratio metric (share-of-revenue.tsv), for the period of the money figure it follows.
     */
    /**
     * {@code en.fact.bare-margin}: "EBITDA was $163 million or 19.9%.": a percent right after a profit's money figure,
     * with nothing after it, is the profit as a share of sales.
     */
    private static boolean bareMargin(SentenceContext ctx, Slot t, Quantity q) {
        if (!ctx.lang.equals("en") || !PROFITS.contains(t.metric.id())) return false;
        String before = ctx.text.substring(Math.max(ctx.sent.start(), q.span().start() - 16), q.span().start());
        return AMOUNT_OR.matcher(before).find() && BARE_END.matcher(ctx.text)
                .region(q.span().end(), Math.min(ctx.text.length(), q.span().end() + 3)).lookingAt();
    }

    private static final java.util.Set<String> PROFITS = java.util.Set.of("ebitda", "operating_profit", "gross_profit");
    private static final Pattern AMOUNT_OR = Pattern.compile("(?:million|billion|thousand|\\d),? or $");
    private static final Pattern BARE_END = Pattern.compile("^(?:[.;]|\\s*$|\\n)");

    /** Whether the sentence already gave a line's share of the total ({@code zh.fact.share-of-total}) in metric {@code ratio}. */
    private static boolean shareOfTotalBefore(SentenceContext ctx, FactLexicon.Metric ratio) {
        for (Slot x : ctx.extra) if (x.metric == ratio && x.rules.contains("zh.fact.share-of-total")) return true;
        return false;
    }

    static void shareOfRevenue(SentenceContext ctx, Slot t, Quantity q) {
        FactLexicon.Metric ratio = ctx.lex.shareOfRevenue.get(t.metric.id());
        if (ratio == null || q.unit().dimension() != Dimension.RATIO || q.value() == null
                || q.direction() != null && !ShareOfTotal.levelOfShare(ctx, q)) return; // (占总营收比重升至23%: a level)
        if (ShareOfTotal.shareAfterMetric(ctx, t, ratio, q)) return; // 会员贡献销售额占比88.5%
        int qs0 = q.span().start();
        String before = ctx.text.substring(Math.max(ctx.sent.clauseStartBefore(qs0) - 1, Math.max(ctx.sent.start(), qs0 - 24)), qs0);
        boolean share = SHARE_BEFORE.matcher(before).find() && (before.contains("占") || SHARE_AFTER_EN.matcher(ctx.text)
                .region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 30)).lookingAt()
                || bareMargin(ctx, t, q));
        // zh.fact.share-elided: 先进制程占晶圆总营收的35%，成熟制程占41%: a later line's share of the same total, its total left out
        if (!share && ctx.lang.equals("zh") && before.endsWith("占") && shareOfTotalBefore(ctx, ratio) && ShareOfTotal.shareOfNamed(ctx, t, ratio, q)) {
            ctx.extra.get(ctx.extra.size() - 1).rules.add("zh.fact.share-elided");
            return;
        }
        if (!share) {
            if (statedShare(ctx, t, q)) {
                io.finlens.model.Period now = FigurePeriods.periodFor(ctx, qs0, t);
                addShare(ctx, t, ratio, q, now, qs0 > t.start ? t.start : qs0, "en.fact.stated-share");
                Quantity prior = EnPriorShare.after(ctx, q);
                io.finlens.model.Period then = prior == null ? null : FigurePeriods.periodFor(ctx, prior.span().start(), t);
                if (then != null && !then.equals(now)) addShare(ctx, t, ratio, prior, then, t.start, "en.fact.prior-share");
            }
            return;
        }
        // the money figure right before: the slot's own value, or a prior-period figure it gave rise to
        Slot owner = null;
        int best = -1;
        List<Slot> candidates = new ArrayList<>(ctx.extra);
        candidates.add(t);
        for (Slot c : candidates) {
            if (c.value == null || c.metric != t.metric || !c.value.unit().isMoney()) continue;
            int e = c.value.span().end();
            if (e <= qs0 && e > best) {
                best = e;
                owner = c;
            }
        }
        if (owner == null && ShareOfTotal.shareOfNamed(ctx, t, ratio, q)) return; // X仍是最大的收入来源，占总营收的51%
        if (owner == null || qs0 - best > 40) return;
        for (Quantity o : ctx.qs) { // …96亿元，合计1426亿元，占总收入比重达到15.8%: the share of the sum named last
            if (o.span().start() >= best && o.span().end() <= qs0 && o.unit().isMoney()) return;
        }
        if (owner != t && t.value != null && t.value.unit().isMoney()) {
            // 去年同期为151.8亿元,占营收的比例约为13%: after a relative word the share is still the current figure's;
            // only a clause that names its own period (而2022年第二季度为23亿元,占总收入的7.1%) gives the share to it
            int cs = ctx.sent.clauseStartBefore(owner.value.span().start());
            if (!FigurePeriods.OWN_PERIOD_CLAUSE.matcher(ctx.text.substring(cs, owner.value.span().start())).matches()) owner = t;
        }
        Slot x = addShare(ctx, owner, ratio, q, owner.period != null ? owner.period : FigurePeriods.periodFor(ctx, owner.value.span().start(), owner),
                owner.value.span().start(), ctx.lang + ".fact.share-of-revenue");
        x.guidance = owner.guidance;
        if (x.basis == null && ADJUSTED_DENOMINATOR.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 40)).lookingAt()) {
            x.basis = "non-gaap"; // en.basis.share-of-adjusted: "$27 million, or 8% of adjusted revenue"
            x.rules.add("en.basis.share-of-adjusted");
        }
    }

    /** A share of an adjusted (non-GAAP) total: "or 10% of adjusted revenue". */
    private static final Pattern ADJUSTED_DENOMINATOR = Pattern.compile(
            "(?i)^ of (?:our |total )?(?:adjusted|non-GAAP|core|organic) (?:total )?(?:revenues?|net revenues?|sales|net sales)\\b");

    /** The share-of-revenue fact of {@code owner}'s line: figure {@code q} as its ratio metric, evidence from {@code from}. */
    private static Slot addShare(SentenceContext ctx, Slot owner, FactLexicon.Metric ratio, Quantity q, io.finlens.model.Period p, int from, String rule) {
        Slot x = new Slot(owner.start, owner.end, ratio, owner.segment, owner.basis);
        x.value = q;
        x.period = p;
        x.rules.add(rule);
        x.evidence.add(new Span(from, q.span().end()));
        ctx.extra.add(x);
        ctx.consumed.add(q);
        return x;
    }

    /** A verb between a line's metric and its share: "Online sales were 31% of domestic revenue". */
    private static final Pattern EN_SHARE_VERB = Pattern.compile(
            "^ (?:in the quarter |for the quarter )?(?:was|were|is|are|represented|accounted for|made up|comprised)(?: approximately| about| roughly| nearly| over| more than| almost)? $");

    /**
     * {@code en.fact.stated-share}: "Online sales were 31% of domestic revenue", "our recurring revenue was 84% of total
     * revenue": a line's metric stated as a share of revenue with no money figure of its own; a revenue line needs its
     * name (the whole company's revenue is no share of itself).
     */
    private static boolean statedShare(SentenceContext ctx, Slot t, Quantity q) {
        if (!ctx.lang.equals("en") || t.value != null || t.end > q.span().start()) return false;
        if (t.metric.id().equals("revenue") && t.segment == null) return false;
        return EN_SHARE_VERB.matcher(ctx.text.substring(t.end, q.span().start())).matches()
                && SHARE_AFTER_EN.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 30)).lookingAt();
    }
}
