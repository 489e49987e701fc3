package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code en.list.changes}: "our revenue was $1.33 billion and EBITDA was $484 million, representing growth of 18% and
 * 16%, respectively": a list of changes after "respectively" goes, in order, to the figures stated before it (the
 * nearest figure would otherwise take the first change and leave the others to no one). Taken out of the sentence
 * before figures are linked, handed out after.
 */
final class RespectiveChanges {
    /** The change word right before the list's first percentage: "representing growth of", "up", "increases of". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:growth|increases?|declines?|decreases?|up|down|grew|rose|fell|increased|decreased|declined)(?: rates?)?(?: of)? $");

    /** Only "and" or a comma between two percentages of the list. */
    private static final Pattern BETWEEN = Pattern.compile("(?:,? and |, )");

    private RespectiveChanges() {
    }

    /**
     * The percentages of the sentence's "growth of A% and B%, respectively", taken (consumed) so that no figure links
     * them; empty when the sentence holds no such list.
     */
    static List<Quantity> take(SentenceContext ctx) {
        int r = Respectively.englishMarker(ctx, ctx.sent.start());
        if (r < 0) return List.of();
        List<Quantity> list = new ArrayList<>();
        for (Quantity q : ctx.qs) {
            if (q.span().end() > r || ctx.consumed.contains(q)) continue;
            if (q.unit().dimension() != Dimension.RATIO || q.value() == null) {
                list.clear();
                continue;
            }
            if (!list.isEmpty() && !BETWEEN.matcher(ctx.text).region(list.get(list.size() - 1).span().end(), q.span().start()).matches()) {
                list.clear();
            }
            list.add(q);
        }
        if (list.size() < 2) return List.of();
        String tail = ctx.text.substring(list.get(list.size() - 1).span().end(), r);
        int at = list.get(0).span().start();
        if (!Regex.matches(tail, ",? ?") || !CHANGE_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), at - 40), at).find()) return List.of();
        ctx.consumed.addAll(list);
        return list;
    }

    /**
     * Hands each change of {@code changes} to the figure it follows in order: the last as many slots with a value
     * before the list; where they are fewer, the changes are linked as any figure is ({@code link}).
     */
    static void handOut(SentenceContext ctx, List<Quantity> changes, java.util.function.Consumer<Quantity> link) {
        if (changes.isEmpty()) return;
        int first = changes.get(0).span().start();
        List<Slot> valued = new ArrayList<>();
        for (Slot sl : ctx.slots) if (sl.value != null && sl.value.span().end() <= first) valued.add(sl);
        if (valued.size() < changes.size()) {
            changes.forEach(link);
            return;
        }
        List<Slot> targets = valued.subList(valued.size() - changes.size(), valued.size());
        for (int i = 0; i < changes.size(); i++) {
            Slot t = targets.get(i);
            Changes.addChange(ctx, t, changes.get(i), ctx.text.substring(ctx.sent.clauseStartBefore(changes.get(i).span().start()),
                    changes.get(i).span().start()));
            t.rules.add("en.list.changes");
        }
    }
}
