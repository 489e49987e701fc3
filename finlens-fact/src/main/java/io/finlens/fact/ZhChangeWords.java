package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Direction;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese changes said in words, beside {@link Changes}: a direction after a figure (，同比大幅收窄), a forecast's verb before
 * 至 its figure (降至), a dividend raised in a quarter's report, and the listed figure a change after 分别 belongs to.
 */
final class ZhChangeWords {
    private ZhChangeWords() {
    }

    /** The figure of {@code t}'s metric and line for period {@code p} the sentence already stated (分别为A/B/C), or null. */
    static Slot figureOfPeriod(SentenceContext ctx, Slot t, Period p) {
        if (t.value != null && p.equals(t.period)) return t;
        for (Slot x : ctx.extra) {
            if (x.metric == t.metric && java.util.Objects.equals(x.segment, t.segment) && x.value != null && p.equals(x.period)) return x;
        }
        return null;
    }

    /** ，同比大幅收窄 right after a figure: its direction, with no percent. */
    private static final Pattern DIRECTION_AFTER_VALUE = Pattern.compile(
            "^[，,]\\s*(同比|环比)(?:大幅|明显|显著|略有|小幅|进一步)?(增加|增长|上升|下降|减少|下滑|提升|降低|收窄|扩大)(?![0-9约近超逾至到了])");

    /** {@code zh.change.direction-after-value}: 净亏损为2.4亿元，同比大幅收窄: the figure's direction said after it, in words only. */
    static void directionAfterValue(SentenceContext ctx, Slot sl) {
        Matcher m = DIRECTION_AFTER_VALUE.matcher(ctx.text).region(sl.value.span().end(), Math.min(ctx.sent.end(), sl.value.span().end() + 14));
        if (!m.lookingAt()) return;
        ChangeBasis b = m.group(1).equals("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        if (Changes.hasBasis(sl, b)) return;
        Direction d = "下降减少下滑降低收窄".contains(m.group(2)) ? Direction.DOWN : Direction.UP;
        sl.changes.add(Change.direction(b, d, new Span(sl.value.span().start(), m.end())));
        sl.rules.add("zh.change.direction-after-value");
    }

    /** 降至, 增至, 提升至: a bare verb of moving right before 至 the figure. */
    private static final Pattern BARE_VERB_TO = Pattern.compile("(增|升|降|减|增长|增加|上升|提升|提高|下降|减少|下滑|回落|降低)(了)?至$");

    /**
     * {@code zh.change.forecast-verb-to}: 预计2025年资本开支降至610亿元: a year's forecast said to fall (rise) to its figure
     * is a change against the year before, in that direction.
     */
    static void forecastVerbTo(SentenceContext ctx, Slot t, Quantity q) {
        if (!ctx.lang.equals("zh") || !t.guidance || !(t.period instanceof Period.Year) || t.end > q.span().start()
                || Changes.hasBasis(t, ChangeBasis.YOY)) return;
        Matcher m = BARE_VERB_TO.matcher(ctx.text.substring(Math.max(t.end, q.span().start() - 6), q.span().start()));
        if (!m.find()) return;
        Direction d = "降减下滑回落降低下降减少".contains(m.group(1)) ? Direction.DOWN : Direction.UP;
        t.changes.add(Change.direction(ChangeBasis.YOY, d, q.span()));
        t.rules.add("zh.change.forecast-verb-to");
    }

    /**
     * {@code zh.change.dividend-raised}: 将股息提高4%至每股0.26美元 in a quarter's report, with no 同比, 环比 or year named: raised
     * against the dividend before, the last quarter's.
     */
    static boolean dividendRaised(SentenceContext ctx, Slot t, String clauseBefore) {
        return ctx.lang.equals("zh") && t.metric.id().equals("dividend") && ctx.doc.period() instanceof Period.Quarter
                && !clauseBefore.contains("同比") && !clauseBefore.contains("环比") && !clauseBefore.contains("年");
    }
}
