package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Dimension;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 分别 ("respectively") hands the figures after it, in order, to the items of a list before it. Three rules, tried in
 * this order for each 分别 of a sentence:
 * <ul>
 *   <li>{@code zh.list.metrics}: a list of metrics, 营收、经营利润同比增速分别为75%、71%;</li>
 *   <li>{@code zh.list.periods}: a list of periods, 2020年、2021年及2022年上半年，营收分别为A、B和C (a year range
 *       2019-2022年 lists each of its years); the figures keep the metric they link to and take the period;</li>
 *   <li>{@code zh.list.segments}: a list of names, 星河、木槿和青松三个品牌分别实现收入A、B、C: one fact per name.</li>
 * </ul>
 * A list gives nothing unless its items and the figures after 分别 are as many, at least two.
 */
final class Respectively {
    /** What may stand between two items of a list (and between two of its figures). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:、|，|,|/|和|及|与|以及|或)\\s*");
    /** A period item may end in words the period reader leaves over: 2022年年底, 2023年末. */
    private static final Pattern PERIOD_SEPARATOR = Pattern.compile("(?:年底|年末|底|末)?\\s*(?:、|，|,|/|和|及|与|以及)\\s*");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-－—~至到]\\s*((?:19|20)\\d{2})年");
    /** 三个品牌, 两大业务, 等车型: the words that sum up a list of names. */
    private static final Pattern LIST_TAIL = Pattern.compile("(?:等|(?:[两二三四五六七八九十]|\\d{1,2})(?:个|大|项|家|款)?)[\\p{IsHan}]{0,4}$");
    private static final Pattern NAME_LIST = Pattern.compile("^[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9·&\\-]{0,11}$");
    private static final int MAX_YEARS = 6;

    private Respectively() {
    }

    /**
     * {@code en.list.metrics}: "increased our Tier 1 capital and leverage ratios to 13.9% and 7.31%, respectively": the
     * metrics of a list before the figures take them in order.
     */
    static void applyEnglish(SentenceContext ctx) {
        int r = englishMarker(ctx, ctx.sent.start());
        if (r < 0) return;
        Slot first = null;
        for (Slot sl : ctx.slots) if (sl.end <= r && sl.group != null) first = sl.group;
        if (first == null) return;
        List<Slot> list = members(ctx, first);
        int from = list.get(list.size() - 1).end;
        List<Quantity> figures = new ArrayList<>();
        for (Quantity q : ctx.qs) if (q.span().start() >= from && q.span().end() <= r && !ctx.consumed.contains(q)) figures.add(q);
        if (list.size() < 2 || figures.size() != list.size()) return;
        // "decreased revenues and adjusted EBITDA by $3.7 million and $0.9 million": by how much they moved, not values
        String before = ctx.text.substring(Math.max(ctx.sent.start(), figures.get(0).span().start() - 4), figures.get(0).span().start());
        if (before.endsWith("by ")) {
            ctx.consumed.addAll(figures); // no values of the lines: movements, which this rule does not hand out
            return;
        }
        handOut(ctx, list, figures, "en.list.metrics");
    }

    /** Where "respectively" stands in the sentence at or after {@code from}, or -1. */
    static int englishMarker(SentenceContext ctx, int from) {
        // looked for within the sentence only: a text of many sentences and no "respectively" is not scanned to its end
        // for each one
        return from >= ctx.sent.end() ? -1 : ctx.text.indexOf("respectively", from, ctx.sent.end());
    }

    /** The mentions of the list headed by {@code head}, in order. */
    private static List<Slot> members(SentenceContext ctx, Slot head) {
        List<Slot> list = new ArrayList<>();
        for (Slot sl : ctx.slots) if (sl.group == head) list.add(sl);
        return list;
    }

    /** Each mention of {@code list} takes its own figure of {@code figures}, in order, by {@code rule}. */
    private static void handOut(SentenceContext ctx, List<Slot> list, List<Quantity> figures, String rule) {
        for (int i = 0; i < list.size(); i++) {
            Slot sl = list.get(i);
            sl.listHead = null;
            sl.rules.add(rule);
            ctx.consumed.add(figures.get(i));
            SentenceLinker.linkTo(ctx, sl, figures.get(i));
        }
    }

    /** Hands out the figures of every 分别 of the sentence. */
    static void apply(SentenceContext ctx) {
        int end = ctx.sent.end();
        int k = ctx.text.indexOf("分别", ctx.sent.start(), end);
        while (k >= 0) {
            if (!metrics(ctx, k)) {
                List<Quantity> figures = figuresAfter(ctx, k);
                if (figures.size() >= 2 && !periods(ctx, k, figures)) segments(ctx, k, figures);
            }
            k = k + 2 >= end ? -1 : ctx.text.indexOf("分别", k + 2, end);
        }
    }

    /** {@code zh.list.metrics}: each metric of the list before 分别 takes its own figure, in order. */
    private static boolean metrics(SentenceContext ctx, int k) {
        Slot lastBefore = null;
        for (Slot sl : ctx.slots) if (sl.end <= k) lastBefore = sl;
        if (lastBefore == null || lastBefore.group == null) return false;
        List<Slot> list = members(ctx, lastBefore.group);
        if (list.size() < 2) return false;
        List<Quantity> figures = new ArrayList<>();
        for (Quantity q : ctx.qs) if (q.span().start() > k && figures.size() < list.size() && !ctx.consumed.contains(q)) figures.add(q);
        if (figures.size() != list.size()) return false;
        handOut(ctx, list, figures, "zh.list.metrics");
        return true;
    }

    /**
     * The figures right after 分别 (分别为, 分别增至, 分别同比增长), one after another with only a list's separators
     * between them, of one dimension; none already taken.
     */
    private static List<Quantity> figuresAfter(SentenceContext ctx, int k) {
        List<Quantity> out = new ArrayList<>();
        int from = k + 2;
        for (Quantity q : ctx.qs) {
            if (q.span().start() < from) continue;
            if (ctx.consumed.contains(q)) break;
            String gap = ctx.text.substring(from, q.span().start());
            if (out.isEmpty() ? gap.length() > 8 || gap.contains("，") : !SEPARATOR.matcher(gap).matches()) break;
            if (!out.isEmpty() && out.get(0).unit().dimension() != q.unit().dimension()) break;
            out.add(q);
            from = q.span().end();
        }
        return out;
    }

    /** {@code zh.list.periods}: the periods listed before 分别, one to each figure after it. */
    private static boolean periods(SentenceContext ctx, int k, List<Quantity> figures) {
        List<Period> list = periodList(ctx, k);
        if (list.size() != figures.size()) return false;
        for (int i = 0; i < list.size(); i++) ctx.listedPeriods.put(figures.get(i).span().start(), list.get(i));
        return true;
    }

    /**
     * The last list of periods of the sentence before {@code k} (2020年、2021年及2022年上半年; 今年一季度 is one item), or a
     * year range (2019-2022年); empty when there is none.
     */
    private static List<Period> periodList(SentenceContext ctx, int k) {
        List<List<PeriodMentions.Mention>> items = new ArrayList<>();
        int lastEnd = -1;
        for (PeriodMentions.Mention m : ctx.periods) {
            if (m.start() < ctx.sent.start()) continue;
            if (m.end() > k) break;
            String gap = lastEnd < 0 ? null : ctx.text.substring(lastEnd, m.start());
            if (gap != null && gap.isEmpty() && !items.isEmpty()) items.get(items.size() - 1).add(m); // 今年一季度
            else if (gap != null && PERIOD_SEPARATOR.matcher(gap).matches() && !items.isEmpty()) items.add(new ArrayList<>(List.of(m)));
            else {
                items.clear();
                items.add(new ArrayList<>(List.of(m)));
            }
            lastEnd = m.end();
        }
        Matcher r = YEAR_RANGE.matcher(ctx.text);
        r.region(ctx.sent.start(), k);
        List<Period> years = new ArrayList<>();
        while (r.find()) {
            int a = Integer.parseInt(r.group(1)), b = Integer.parseInt(r.group(2));
            years.clear();
            if (b > a && b - a < MAX_YEARS && r.end() > lastEnd - 1) for (int y = a; y <= b; y++) years.add(new Period.Year(y));
        }
        if (!years.isEmpty()) return years;
        List<Period> out = new ArrayList<>();
        if (items.size() < 2) return out;
        boolean future = ForecastCues.guidanceBefore(ctx, k);
        for (List<PeriodMentions.Mention> item : items) {
            PeriodMentions.Mention last = item.get(item.size() - 1);
            Period p;
            if (last.kind() == PeriodMentions.Kind.RELATIVE) { // 去年(年底): the year before the document's
                if (!"last-year".equals(last.relative())) return List.of();
                p = new Period.Year(PeriodMentions.docYear(ctx.doc.period()) - 1);
            } else {
                p = ctx.doc.resolve(last, future);
            }
            if (p == null) return List.of();
            out.add(p);
        }
        return out;
    }

    /** {@code zh.list.segments}: the names listed before 分别 in its clause, one fact of the metric for each. */
    private static void segments(SentenceContext ctx, int k, List<Quantity> figures) {
        Slot metric = null;
        for (Slot sl : ctx.slots) {
            if (sl.start >= k && sl.start <= k + 6 && sl.value == null) {
                metric = sl;
                break;
            }
        }
        Slot before = metricRightBefore(ctx, k);
        if (metric == null) metric = before;
        if (metric == null || figures.get(0).span().start() < metric.end) return;
        if (figures.get(0).unit().dimension() == Dimension.RATIO) return; // 分别增长5%、7%: changes, not values
        List<String> names = metric == before ? earlierClauseList(ctx, metric) : nameList(ctx, k);
        if (names.size() != figures.size()) return;
        for (int i = 0; i < names.size(); i++) {
            Slot sl = new Slot(metric.start, metric.end, metric.metric, names.get(i), metric.basis);
            sl.negative = metric.negative;
            sl.rules.add("zh.list.segments");
            ctx.consumed.add(figures.get(i));
            SentenceLinker.linkTo(ctx, sl, figures.get(i));
            ctx.extra.add(sl);
        }
        metric.combined = true;
    }

    /** 对应, 相应, 其: words before a metric that point back to what the clause before named. */
    private static final Pattern POINTING_BACK = Pattern.compile("^(?:对应|相应|各自|其)?的?$");
    /** 延伸出, 包括, 分为: a verb that opens a list of names, never part of its first name. */
    private static final Pattern LIST_VERB = Pattern.compile("^.{0,12}?(?:包括|包含|涵盖|覆盖|延伸出|拓展出|分为|形成了?|拥有|设有|布局了?)");

    /** A metric that ends right before 分别 at {@code k} (对应收入分别为…), with no figure of its own yet, or null. */
    private static Slot metricRightBefore(SentenceContext ctx, int k) {
        for (Slot sl : ctx.slots) if (sl.end <= k && k - sl.end <= 1 && sl.value == null && sl.segment == null) return sl;
        return null;
    }

    /**
     * {@code zh.list.segments} from the clause before: 拓展出个人、企业和国际三个业务板块，2022年对应收入分别为A、B和C: a clause
     * whose metric names no line of its own (nothing but a period and 对应 before it) takes the list that ends the clause
     * before it.
     */
    private static List<String> earlierClauseList(SentenceContext ctx, Slot metric) {
        int clause = ctx.sent.clauseStartBefore(metric.start);
        if (clause <= ctx.sent.start()) return List.of();
        StringBuilder head = new StringBuilder();
        int k0 = clause;
        for (PeriodMentions.Mention p : ctx.periods) {
            if (p.end() <= clause || p.start() >= metric.start) continue;
            if (p.start() > k0) head.append(ctx.text, k0, p.start());
            k0 = Math.max(k0, p.end());
        }
        if (k0 < metric.start) head.append(ctx.text, k0, metric.start);
        if (!POINTING_BACK.matcher(head.toString().strip()).matches()) return List.of();
        int end = clause - 1;
        while (end > ctx.sent.start() && "，,；; ".indexOf(ctx.text.charAt(end)) >= 0) end--;
        String prev = ctx.text.substring(ctx.sent.clauseStartBefore(end), end + 1).strip();
        return names(ctx, LIST_VERB.matcher(prev).replaceFirst(""));
    }

    /** The names of the list that ends the clause before {@code k}: 星河、木槿和青松(三个品牌). */
    private static List<String> nameList(SentenceContext ctx, int k) {
        return names(ctx, ctx.text.substring(ctx.sent.clauseStartBefore(k), k).strip());
    }

    /** The names of list {@code clause}, which ends on its last name or on a sum of them (三个品牌); empty when it is no list of names. */
    private static List<String> names(SentenceContext ctx, String clause) {
        List<String> parts = new ArrayList<>(List.of(clause.split("、")));
        if (parts.size() < 2) return List.of();
        String[] end = Regex.split(parts.getLast(), "和|及|与", 2);
        if (end.length == 2) {
            parts.set(parts.size() - 1, end[0]);
            parts.add(end[1]);
        }
        parts.set(parts.size() - 1, LIST_TAIL.matcher(parts.getLast()).replaceFirst(""));
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String name = p.strip();
            if (!NAME_LIST.matcher(name).matches() || ctx.aliases.at(name, 0) != null) return List.of();
            out.add(name);
        }
        return out;
    }
}
