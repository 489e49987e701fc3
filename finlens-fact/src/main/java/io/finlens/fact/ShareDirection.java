package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Direction;
import io.finlens.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zh.change.share-direction}: 营销费用占收入百分比的下降主要是由于…: an expense's share of revenue said to have fallen
 * (risen), in a sentence that gives no figure for it, is a change of that share (the expense's share-of-revenue metric),
 * year on year unless 环比 says otherwise; the expense itself is not said to have moved.
 */
final class ShareDirection {
    private static final Pattern SHARE_MOVED = Pattern.compile(
            "占(?:总)?(?:收入|营收|营业收入|总收入)(?:的)?(?:百分比|比例|比重|占比)(?:的)?(同比|环比)?(下降|减少|降低|下滑|增加|上升|提高|增长)");

    private ShareDirection() {
    }

    /** Adds the share's change for each expense slot the share words follow (the slot itself takes no change). */
    static void apply(SentenceContext ctx) {
        if (!ctx.lang.equals("zh") || !ctx.qs.isEmpty()) return;
        for (Slot sl : ctx.slots) {
            FactLexicon.Metric ratio = ctx.lex.shareOfRevenue.get(sl.metric.id());
            if (ratio == null || sl.value != null) continue;
            Matcher m = SHARE_MOVED.matcher(ctx.text).region(sl.end, Math.min(ctx.sent.end(), sl.end + 24));
            if (!m.lookingAt()) continue;
            Slot x = new Slot(sl.start, sl.end, ratio, sl.segment, sl.basis);
            Direction d = "下降减少降低下滑".contains(m.group(2)) ? Direction.DOWN : Direction.UP;
            x.changes.add(Change.direction("环比".equals(m.group(1)) ? ChangeBasis.QOQ : ChangeBasis.YOY, d, new Span(sl.start, m.end())));
            x.rules.add("zh.change.share-direction");
            x.evidence.add(new Span(sl.start, m.end()));
            ctx.extra.add(x);
            sl.combined = true; // (its words name the share, not a figure of the expense)
        }
    }
}
