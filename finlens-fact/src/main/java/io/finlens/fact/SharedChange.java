package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zh.change.shared}: 甲、乙两个板块分别实现收入A、B，均比去年有约4%的下滑 (…，增速也都保持在12%以上): a change said of
 * all the lines a 分别 list just gave figures to (均, 都, 皆 before it) is each line's change. A percent followed by the
 * noun of its move (4%的下滑, 6%的增长) is that move; a bound (12%以上) gives the direction only.
 */
final class SharedChange {
    /** 均, 都, 也都, 皆: the clause speaks of every item of the list. */
    private static final Pattern ALL = Pattern.compile("(?:均|都|皆)");

    /** 的下滑, 的增长: the noun of a move right after its percent. */
    private static final Pattern MOVE_AFTER = Pattern.compile("^的?(下滑|下降|减少|降幅|跌幅|回落|增长|增幅|上升|提升|涨幅)");

    private SharedChange() {
    }

    /**
     * Gives percent {@code q} as a change to every line the list behind the combined mention {@code t} named, when the
     * clause says all of them moved; false (nothing done) otherwise.
     */
    static boolean apply(SentenceContext ctx, Slot t, Quantity q) {
        if (!ctx.lang.equals("zh") || !t.combined || q.unit().dimension() != Dimension.RATIO || q.value() == null) return false;
        int clause = Math.max(ctx.sent.clauseStartBefore(q.span().start()), ctx.sent.start());
        if (!ALL.matcher(ctx.text).region(clause, q.span().start()).find()) return false;
        List<Slot> lines = new ArrayList<>();
        for (Slot x : ctx.extra) if (x.start == t.start && x.end == t.end && x.rules.contains("zh.list.segments") && x.value != null) lines.add(x);
        if (lines.size() < 2) return false;
        Matcher after = MOVE_AFTER.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 4));
        boolean moveAfter = after.lookingAt();
        if (q.direction() == null && !moveAfter && !Regex.matches(ctx.text.substring(clause, q.span().start()), ".*(增速|增幅|降幅|同比|增长|下降).*")) return false;
        boolean down = q.direction() == io.finlens.model.Direction.DOWN
                || moveAfter && Regex.matches(after.group(1), "下滑|下降|减少|降幅|跌幅|回落");
        ChangeBasis b = ctx.text.substring(clause, q.span().start()).contains("环比") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        // (增速都保持在12%以上: a bound, not the change; what it says is the direction)
        boolean bound = q.qualifier() == io.finlens.model.Qualifier.OVER || q.qualifier() == io.finlens.model.Qualifier.UNDER;
        Change c = bound ? Change.direction(b, down ? io.finlens.model.Direction.DOWN : io.finlens.model.Direction.UP, q.span())
                : Change.relative(b, down ? q.value().negate() : q.value(), q.span());
        for (Slot x : lines) {
            x.changes.add(c);
            x.rules.add("zh.change.shared");
            x.evidence.add(new Span(q.span().start(), q.span().end()));
        }
        ctx.consumed.add(q);
        return true;
    }
}
