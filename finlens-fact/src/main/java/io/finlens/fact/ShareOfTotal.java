package io.finlens.fact;

import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zh.fact.share-of-total}: 手机仍是公司最大的收入来源，占第二季度总营收的51%; 先进制程占晶圆总营收的35%: a line's share
 * of the company's revenue, stated with no money figure of the line, belongs to the line named as the subject before
 * 占 (in its clause, or in the clause before when 占 opens its own: X仍是…，占…).
 */
final class ShareOfTotal {
    /** 是, 仍是, 成为, 作为: what ends the subject of a clause that describes the line. */
    private static final Pattern COPULA = Pattern.compile("(?:仍然是|仍是|依然是|依旧是|也是|成为|作为|是)");
    /** 比重升至, 占比降至: the level a share reached, a value despite its verb. */
    private static final Pattern LEVEL_AFTER_VERB = Pattern.compile("(?:比重|占比|比例)(?:升至|降至|提升至|上升至|下降至|增至|达到|达)$");

    private ShareOfTotal() {
    }

    /** Whether {@code q}'s direction word only says where a share moved to (占总营收比重升至23%). */
    static boolean levelOfShare(SentenceContext ctx, Quantity q) {
        return LEVEL_AFTER_VERB.matcher(ctx.text).region(Math.max(ctx.sent.start(), q.span().start() - 6), q.span().start()).find();
    }

    /**
     * The share {@code q} of revenue slot {@code t} as the share of the line named before 占, or false when no line is
     * named there (the company itself, or nothing but a period).
     */
    static boolean shareOfNamed(SentenceContext ctx, Slot t, FactLexicon.Metric ratio, Quantity q) {
        if (!ctx.lang.equals("zh")) return false;
        int zhan = ctx.text.lastIndexOf('占', q.span().start());
        if (zhan < ctx.sent.clauseStartBefore(q.span().start()) || q.span().start() - zhan > 24) return false;
        if (t.start < zhan) { // 占2023年第二季度总营收的9%: the total named with a year is no mention; the share is revenue's
            if (!ratio.id().equals("revenue_share")) return false;
        } else if (t.segment != null && !ctx.text.substring(zhan, t.start).contains(t.segment)) {
            return false; // (占晶圆总营收的35%: a name between 占 and the metric qualifies the total, it names no line of its own)
        }
        int clause = ctx.sent.clauseStartBefore(zhan);
        String subject = withoutPeriods(ctx, clause, zhan);
        if (subject.isBlank() && clause > ctx.sent.start()) {
            int prev = ctx.sent.clauseStartBefore(clause - 1);
            String head = ctx.text.substring(prev, clause - 1);
            Matcher c = COPULA.matcher(head);
            if (!c.find()) return false;
            subject = withoutPeriods(ctx, prev, prev + c.start());
        }
        var own = ctx.aliases.before(subject, subject.length()); // 先进制程晶圆出货量占…: the line, not its metric's word
        if (own != null && own.start() > 0) subject = subject.substring(0, own.start());
        String seg = ZhSegmentNames.name(subject, ctx.doc, ctx.lex);
        if (seg == null) return false;
        Slot x = new Slot(zhan, zhan + 1, ratio, seg, t.start < zhan ? null : t.basis);
        x.value = q;
        x.period = FigurePeriods.periodFor(ctx, q.span().start(), t);
        x.rules.add("zh.fact.share-of-total");
        x.evidence.add(new Span(zhan, q.span().end()));
        ctx.extra.add(x);
        ctx.consumed.add(q);
        return true;
    }

    /** 占比, 占比为, 占比升至: a share named right after the line's metric. */
    private static final Pattern SHARE_AFTER_METRIC = Pattern.compile("^占比(?:为|达到?|约为?|升至|降至|提升至|上升至|下降至)?$");

    /**
     * 会员贡献销售额占比88.5%: a line's revenue followed by 占比 and a percent is the line's share of the company's
     * revenue (rule {@code zh.fact.share-of-total}); false when the words are not so.
     */
    static boolean shareAfterMetric(SentenceContext ctx, Slot t, FactLexicon.Metric ratio, Quantity q) {
        if (!ctx.lang.equals("zh") || t.segment == null || t.end > q.span().start()
                || !SHARE_AFTER_METRIC.matcher(ctx.text.substring(t.end, q.span().start())).matches()) return false;
        Slot x = new Slot(t.start, t.end, ratio, t.segment, t.basis);
        x.value = q;
        x.period = FigurePeriods.periodFor(ctx, q.span().start(), t);
        x.rules.add("zh.fact.share-of-total");
        x.evidence.add(new Span(t.start, q.span().end()));
        ctx.extra.add(x);
        ctx.consumed.add(q);
        return true;
    }

    /** The text from {@code a} to {@code b} with the period words in it cut out. */
    private static String withoutPeriods(SentenceContext ctx, int a, int b) {
        StringBuilder sb = new StringBuilder();
        int k0 = a;
        for (PeriodMentions.Mention p : ctx.periods) {
            if (p.end() <= a || p.start() >= b) continue;
            if (p.start() > k0) sb.append(ctx.text, k0, p.start());
            k0 = Math.max(k0, p.end());
        }
        if (k0 < b) sb.append(ctx.text, k0, b);
        return sb.toString().strip();
    }
}
