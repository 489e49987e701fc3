package io.finlens.fact;

import io.finlens.model.Quantity;
import io.finlens.text.WordList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mention finding: the metric mentions of a sentence, in order, each a {@link Slot} the figures after it can claim.
 * <ul>
 *   <li>aliases of the lexicon ({@code metrics/*.tsv}), not inside brackets after a mention ("Operating profit (EBIT)"
 *       names no second figure), not inside a quantity, not 现金 of 现金流;</li>
 *   <li>not the revenue a share is of (占总收入的4.4%, "31% of sales");</li>
 *   <li>lists: 现金和现金等价物、有价证券合计 is a sum of items, the first names the figure, the rest ride along unless
 *       分别 hands each its own figure;</li>
 *   <li>{@code en.metric.per-share-earned}, {@code en.metric.per-share-forecast}: "Excluding items, the company earned
 *       83 cents per share", "guidance for the full year at $1.70 to $1.82 per share" is earnings per share when no
 *       metric is named before it.</li>
 * </ul>
 * Each mention's segment, basis and metric are read by {@link MentionFraming}.
 */
final class MetricMentions {
    /** 占总收入, 占营收: what a share is of, not a metric of its own. */
    private static final Pattern DENOMINATOR = Pattern.compile("占(?:全年|当期|本期|\\d{4}(?:财)?年(?:第[一二三四]财?季度?|上半年|下半年|全年)?)?(?:总|营业|集团|公司)?$");

    /** "31% of sales", "8 percent of total revenue": what a share is of, not a metric of its own. */
    private static final Pattern EN_DENOMINATOR = Pattern.compile("(?:%|\\bpercent) of (?:total |net |our |its )?$");

    private static final Pattern LIST_GAP = Pattern.compile("^[、和及与][\\p{IsHan}]{1,8}(、|和|及|与|以及)$");

    private MetricMentions() {
    }

    /** 新增了超过22万付费客户, 新增注册会员438.4万人: the verb of adding before a count of customers or members. */
    private static final Pattern ZH_ADDED_BEFORE = Pattern.compile("(?:新增了?|净增了?|新获取了?|获得了?)(?:超过|约|近|逾)?$");
    private static final Pattern ZH_MEMBERS_AFTER = Pattern.compile("^(?:名|位|个|户)?(?:新)?(?:付费|注册)?(?:客户|用户|会员|注册会员|注册用户)");
    private static final Pattern ZH_MEMBERS_BEFORE = Pattern.compile("(?:新增了?|净增了?)(?:付费|注册)?(?:客户|用户|会员)(?:数)?(?:为|达|约)?$");

    /** {@code zh.metric.net-adds}: a count of customers or members added, said with the verb before its figure. */
    private static void netAdds(SentenceContext ctx) {
        for (Quantity q : ctx.qs) {
            if (q.unit().isMoney() || q.unit().dimension() == io.finlens.model.Dimension.RATIO || q.value() == null) continue;
            int st = q.span().start(), e = q.span().end();
            String before = ctx.text.substring(Math.max(ctx.sent.start(), st - 8), st);
            boolean verbFirst = ZH_ADDED_BEFORE.matcher(before).find()
                    && ZH_MEMBERS_AFTER.matcher(ctx.text).region(e, Math.min(ctx.sent.end(), e + 8)).lookingAt();
            boolean nounFirst = ZH_MEMBERS_BEFORE.matcher(ctx.text.substring(Math.max(ctx.sent.start(), st - 12), st)).find();
            if (!verbFirst && !nounFirst) continue;
            // 净增付费用户3.7万: the users are what was added, not a count of their own
            if (nounFirst) ctx.slots.removeIf(sl -> !sl.metric.id().equals("net_adds") && sl.start >= st - 12 && sl.end <= st
                    && sl.metric.unit() == FactLexicon.MetricUnit.COUNT);
            boolean named = false;
            for (Slot sl : ctx.slots) named |= sl.metric.id().equals("net_adds") && sl.end <= st && st - sl.end <= 6;
            if (named) continue;
            Slot x = new Slot(st, st, ctx.lex.metrics.get("net_adds"), countBefore(ctx, st), null);
            x.rules.add("zh.metric.net-adds");
            int at = 0;
            while (at < ctx.slots.size() && ctx.slots.get(at).start <= st) at++;
            ctx.slots.add(at, x);
        }
    }

    /**
     * 月活跃用户数为5.98亿，同比净增约1100万用户: the users counted just before the added ones (their metric's word, with no
     * other figure's metric between) are what was added to; null when none is named.
     */
    static String countBefore(SentenceContext ctx, int st) {
        Slot last = null;
        for (Slot sl : ctx.slots) if (sl.end <= st) last = sl;
        if (last == null || last.metric.unit() != FactLexicon.MetricUnit.COUNT || last.metric.kind() != FactLexicon.Kind.STOCK) return null;
        if (last.segment == null && ctx.text.substring(last.end, st).contains("同比")) {
            return ctx.text.substring(last.start, last.end);
        }
        return null;
    }

    /** Finds the metric mentions of the sentence, in order, into {@code ctx.slots}. */
    static void findMentions(SentenceContext ctx) {
        int i = ctx.sent.start();
        int depth = 0;
        while (i < ctx.sent.end()) {
            char c = ctx.text.charAt(i);
            if ((c == '(' || c == '[' || c == '“' || c == '【') && (depth > 0 || (!ctx.slots.isEmpty() && (ctx.slots.get(ctx.slots.size() - 1).end == i
                    || bracketedSynonym(ctx, ctx.slots.get(ctx.slots.size() - 1), i))))) depth++;
            if ((c == ')' || c == ']' || c == '”' || c == '】') && depth > 0) depth--;
            WordList.Match<FactLexicon.Alias> m = depth > 0 ? null : ctx.aliases.at(ctx.text, i);
            if (m != null && m.word().equals("现金") && m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == '流') m = null; // 现金流 is a flow
            if (m == null || m.end() > ctx.sent.end() || insideQuantity(ctx, m.start())) {
                i++;
                continue;
            }
            if (DENOMINATOR.matcher(ctx.text.substring(Math.max(ctx.sent.start(), m.start() - 14), m.start())).find()
                    || EN_DENOMINATOR.matcher(ctx.text.substring(Math.max(ctx.sent.start(), m.start() - 24), m.start())).find()) {
                i = m.end(); // 占总收入的4.4%: the revenue it is a share of, not a figure of revenue
                continue;
            }
            if (!listItem(ctx, m)) ctx.slots.add(MentionFraming.slotFor(ctx, m));
            i = m.end();
        }
        if (ctx.lang.equals("zh")) netAdds(ctx);
    }

    /**
     * 现金和现金等价物、有价证券合计: a mention right after another, joined by 、, 和, 及, 与: a later item of a list; the
     * first names the figure, the rest ride along unless 分别 hands each its own figure.
     */
    private static boolean listItem(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m) {
        if (ctx.slots.isEmpty()) return false;
        Slot last = ctx.slots.get(ctx.slots.size() - 1);
        String gap = ctx.text.substring(last.end, m.start());
        // "Tier 1 capital and leverage ratios to 13.9% and 7.31%, respectively": an English list only before "respectively"
        boolean english = ctx.lang.equals("en") && (gap.equals(" and ") || gap.equals(", and ") || gap.equals(", ") || gap.equals(" & "))
                && Respectively.englishMarker(ctx, m.end()) >= 0;
        if (!(gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与") || gap.equals("以及") || english
                || LIST_GAP.matcher(gap).matches())) return false;
        Slot x = ctx.lang.equals("en") ? MentionFraming.slotFor(ctx, m) : new Slot(m.start(), m.end(), m.value().metric(), last.segment, last.basis);
        x.listHead = last.listHead != null ? last.listHead : last;
        x.group = x.listHead;
        x.listHead.group = x.listHead;
        ctx.slots.add(x);
        return true;
    }

    /** "Operating profit (EBIT) was £350m": a metric's other name in brackets after it names no second figure. */
    private static boolean bracketedSynonym(SentenceContext ctx, Slot last, int open) {
        return open == last.end + 1 && ctx.text.charAt(last.end) == ' ' && ctx.text.charAt(open) == '(';
    }

    /** Whether {@code pos} lies inside one of the sentence's quantities. */
    private static boolean insideQuantity(SentenceContext ctx, int pos) {
        for (Quantity q : ctx.qs) if (q.span().start() <= pos && pos < q.span().end()) return true;
        return false;
    }

    /**
     * "guidance for the full year at $1.70 to $1.82 per share": a per-share figure of a forecast that names no
     * metric before it is earnings per share.
     */
    static void perShareGuidance(SentenceContext ctx) {
        for (Quantity q : ctx.qs) {
            if (!q.perShare() || !q.unit().isMoney()) continue;
            String clause = ctx.text.substring(ctx.sent.clauseStartBefore(q.span().start()), q.span().start()).toLowerCase(Locale.ROOT);
            boolean earned = clause.contains("earned") || clause.contains("earnings") || clause.contains("earn ");
            if (!earned && !ForecastCues.guidanceBefore(ctx, q.span().start())) continue;
            boolean named = false;
            for (Slot sl : ctx.slots) if (sl.end <= q.span().start()) named = true;
            if (named) continue;
            Slot x = new Slot(q.span().start(), q.span().start(), ctx.lex.metrics.get("eps"), null,
                    MentionBasis.nonGaapAround(ctx, q.span().start(), q.span().start())); // "Excluding items, the company earned 83 cents per share"
            x.rules.add(earned ? "en.metric.per-share-earned" : "en.metric.per-share-forecast");
            int at = 0;
            while (at < ctx.slots.size() && ctx.slots.get(at).start < x.start) at++;
            ctx.slots.add(at, x);
        }
    }
}
