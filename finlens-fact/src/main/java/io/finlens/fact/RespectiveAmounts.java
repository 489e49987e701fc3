package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Direction;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code en.list.amount-changes}: "FFO was $150 million or $0.61 per share, up $12 million and $0.05, respectively,
 * from the second quarter of last year": a list of money amounts of change before "respectively" and a base after it
 * gives, in order, the figures stated before it a direction on that base; the amounts are no values of their own.
 * Taken out of the sentence before figures are linked, handed out after.
 */
final class RespectiveAmounts {
    /** The list's direction word right before its first amount: "up", "an increase of", "declines of". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b(up|down|increases?|decreases?|declines?|improvements?|higher|lower|grew|rose|fell|increased|decreased|declined)(?: of| by)? $");
    private static final Pattern BETWEEN = Pattern.compile("(?:,? and |, )");
    private static final Pattern BASE_QUARTER = Pattern.compile(
            "(?i)^,?\\s*(?:from|over|versus|vs\\.?|compared (?:to|with)|than)? ?(?:the |our )?(?:sequential|linked[- ]quarter|(?:prior|previous|last|preceding) quarter)\\b");
    private static final Pattern BASE_YEAR = Pattern.compile(
            "(?i)^,?\\s*(?:(?:from|over|versus|vs\\.?|compared (?:to|with)|than) (?:the |our |a )?[\\w ]{0,24}?(?:year[- ]ago|(?:prior|previous|last)[- ]year|same (?:period|quarter))"
                    + "|year[- ]over[- ]year|year[- ]on[- ]year)\\b");

    /** The amounts of one list, which way they moved and on which basis. */
    record Taken(List<Quantity> amounts, Direction direction, ChangeBasis basis) {
    }

    private RespectiveAmounts() {
    }

    /** The sentence's list of amounts of change before "respectively", consumed; null when it holds none. */
    static Taken take(SentenceContext ctx) {
        int r = Respectively.englishMarker(ctx, ctx.sent.start());
        if (r < 0) return null;
        List<Quantity> list = new ArrayList<>();
        for (Quantity q : ctx.qs) {
            if (q.span().end() > r || ctx.consumed.contains(q)) continue;
            if (!q.unit().isMoney() || q.value() == null || !list.isEmpty()
                    && !BETWEEN.matcher(ctx.text).region(list.get(list.size() - 1).span().end(), q.span().start()).matches()) list.clear();
            if (q.unit().isMoney() && q.value() != null) list.add(q);
        }
        if (list.size() < 2 || !Regex.matches(ctx.text.substring(list.get(list.size() - 1).span().end(), r), ",? ?")) return null;
        int at = list.get(0).span().start();
        Matcher w = CHANGE_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), at - 20), at);
        if (!w.find()) return null;
        String after = ctx.text.substring(r + "respectively".length(), Math.min(ctx.sent.end(), r + 80));
        ChangeBasis b = BASE_QUARTER.matcher(after).find() ? ChangeBasis.QOQ : BASE_YEAR.matcher(after).find() ? ChangeBasis.YOY : null;
        if (b == null) return null;
        Direction d = Regex.matches(w.group(1).toLowerCase(Locale.ROOT), "down|decreases?|declines?|lower|fell|decreased|declined") ? Direction.DOWN : Direction.UP;
        ctx.consumed.addAll(list);
        return new Taken(list, d, b);
    }

    /** Gives the last as many figures stated before the list (a per-share twin included) the list's direction, in order. */
    static void handOut(SentenceContext ctx, Taken taken) {
        if (taken == null) return;
        int first = taken.amounts().get(0).span().start();
        List<Slot> valued = new ArrayList<>();
        for (Slot sl : ctx.slots) if (sl.value != null && sl.value.span().end() <= first) valued.add(sl);
        for (Slot sl : ctx.extra) if (sl.value != null && sl.value.span().end() <= first && !valued.contains(sl)) valued.add(sl);
        valued.sort(Comparator.comparingInt(sl -> sl.value.span().start()));
        if (valued.size() < taken.amounts().size()) return;
        List<Slot> targets = valued.subList(valued.size() - taken.amounts().size(), valued.size());
        for (int i = 0; i < targets.size(); i++) {
            Slot t = targets.get(i);
            if (Changes.hasBasis(t, taken.basis())) continue;
            Quantity a = taken.amounts().get(i);
            t.changes.add(Change.direction(taken.basis(), taken.direction(), a.span()));
            t.rules.add("en.list.amount-changes");
        }
    }
}
