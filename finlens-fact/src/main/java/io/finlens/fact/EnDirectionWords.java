package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Direction;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English changes said in words only, with no figure of their own:
 * <ul>
 *   <li>{@code en.change.direction-only}: "sales to grow sequentially", "revenue was down sequentially", "comparable
 *       sales were down slightly on a year-over-year basis"; "fees rose year-over-year and sequentially" names two
 *       bases;</li>
 *   <li>{@code en.change.direction-noun-before}: "the sequential increase in service revenue and gross profit": the
 *       move named as a noun with its basis before the metrics it is about;</li>
 *   <li>{@code en.change.direction-list}: "our bookings and adjusted EBITDA were ahead of plan, rising year-over-year":
 *       the first metric of a pair joined by "and" moved as the second did;</li>
 *   <li>{@code en.change.also-basis}: "margins were 64%, up sequentially from 63% and also up year-over-year": a second
 *       basis after the figure's comparison.</li>
 * </ul>
 */
final class EnDirectionWords {
    private static final String BASIS = "sequential(?:ly| basis)|year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]over[- ]quarter";

    /** "sales to grow sequentially", "revenue was down sequentially", "fees rose year-over-year and sequentially". */
    private static final Pattern DIRECTION_ONLY = Pattern.compile(
            "^[^.;$%]{0,40}?\\b(grow|grew|increase[sd]?|rise|rose|decline[sd]?|decrease[sd]?|fall|fell|improve[sd]?|grows|rises|falls"
                    + "|growing|increasing|rising|declining|decreasing|falling|improving"
                    + "|(?:was|were|is|are) (?:up|down))(?: slightly| modestly| meaningfully| significantly| sharply)?"
                    + " (?:on an? )?(" + BASIS + ")\\b(?: and (?:also )?(" + BASIS + ")\\b)?");

    /** "the quarter-over-quarter increase in", "a sequential decline in our": a move and its basis before the metric. */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?i)\\b(?:a|an|the)\\s+(sequential|year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]over[- ]quarter|linked[- ]quarter)\\s+(increase|decrease|decline|growth|improvement|rise|drop|reduction)s?"
                    + "\\s+in\\s+(?:(?:both|our|the|total)\\s+)*$");

    /** Between two metrics of one pair or list: ", ", " and ", ", and ", with "adjusted" or "our" before the next one. */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:,\\s*|,?\\s+(?:and|&)\\s+)(?:(?:our|the|its|total|both|adjusted|non-GAAP)\\s+)?$");

    /** "and also up year-over-year" after a figure's comparison. */
    private static final Pattern ALSO_BASIS = Pattern.compile(
            "(?i)\\band (?:also |was |were |is |are )*(up|down|higher|lower) (?:on an? )?(" + BASIS + ")\\b");

    private EnDirectionWords() {
    }

    /** {@code en.change.direction-only}: the direction and basis said after slot {@code sl} with no figure. */
    static void said(SentenceContext ctx, Slot sl) {
        Matcher d = DIRECTION_ONLY.matcher(ctx.text).region(sl.end, Math.min(ctx.sent.end(), sl.end + 90));
        if (!d.find()) return;
        Direction dir = Regex.matches(d.group(1), "(?i)(declin|decreas|fall|fell|drop|shrink|contract|.* down).*") ? Direction.DOWN : Direction.UP;
        for (Quantity q : ctx.qs) {
            // "improved sequentially by 2%" gives the change its size; "improved sequentially to 44%" is the value
            if (q.unit().dimension() == Dimension.RATIO && q.span().start() >= d.end() && q.span().start() <= d.end() + 4
                    && !ctx.text.startsWith(" to ", d.end())) return;
        }
        for (int g = 2; g <= 3; g++) {
            if (d.group(g) == null) continue;
            ChangeBasis b = basis(d.group(g));
            if (Changes.hasBasis(sl, b)) continue;
            sl.changes.add(Change.direction(b, dir, new Span(d.start(1), d.end(g))));
            sl.rules.add("en.change.direction-only");
        }
    }

    private static ChangeBasis basis(String words) {
        return Regex.matches(words, "(?i)seq.*|quarter.*|linked.*") ? ChangeBasis.QOQ : ChangeBasis.YOY;
    }

    /** The noun-before, list and also-basis rules over the sentence's slots, in order; after {@link #said}. */
    static void apply(SentenceContext ctx) {
        Slot prev = null;
        for (Slot sl : ctx.slots) {
            nounBefore(ctx, sl, prev);
            alsoBasis(ctx, sl);
            prev = sl;
        }
        Slot next = null;
        for (int i = ctx.slots.size() - 1; i >= 0; i--) {
            Slot sl = ctx.slots.get(i);
            if (next != null) movedAsNext(ctx, sl, next);
            next = sl;
        }
    }

    /** {@code en.change.direction-noun-before}: "the sequential increase in revenue and gross profit". */
    private static void nounBefore(SentenceContext ctx, Slot sl, Slot prev) {
        if (sl.value != null) return;
        Matcher m = NOUN_BEFORE.matcher(ctx.text).region(Math.max(ctx.sent.start(), sl.start - 70), sl.start);
        Change c = null;
        if (m.find()) {
            String w = m.group(2).toLowerCase(java.util.Locale.ROOT);
            Direction d = Regex.matches(w, "decrease|decline|drop|reduction") ? Direction.DOWN : Direction.UP;
            c = Change.direction(basis(m.group(1)), d, new Span(m.start(1), sl.end));
        } else if (prev != null && prev.rules.contains("en.change.direction-noun-before") && gapIsList(ctx, prev, sl)) {
            Change first = prev.changes.get(prev.changes.size() - 1);
            c = Change.direction(first.basis(), first.direction(), new Span(first.span() != null ? first.span().start() : prev.start, sl.end));
        }
        if (c == null || Changes.hasBasis(sl, c.basis())) return;
        for (Quantity q : ctx.qs) if (q.span().start() >= sl.end && q.span().start() <= sl.end + 6) return; // "in revenue of 4%"
        sl.changes.add(c);
        sl.rules.add("en.change.direction-noun-before");
    }

    /** {@code en.change.direction-list}: the first of "revenue and EBITDA rose year-over-year" moved as the second. */
    private static void movedAsNext(SentenceContext ctx, Slot sl, Slot next) {
        if (sl.value != null || !sl.changes.isEmpty() || next.value != null || !gapIsList(ctx, sl, next)) return;
        if (!next.rules.contains("en.change.direction-only")) return;
        for (Change c : next.changes) {
            if (c.hasMagnitude() || Changes.hasBasis(sl, c.basis())) continue;
            sl.changes.add(Change.direction(c.basis(), c.direction(), new Span(sl.start, c.span() != null ? c.span().end() : next.end)));
            if (!sl.rules.contains("en.change.direction-list")) sl.rules.add("en.change.direction-list");
        }
    }

    private static boolean gapIsList(SentenceContext ctx, Slot a, Slot b) {
        return a.end <= b.start && LIST_GAP.matcher(ctx.text.substring(a.end, b.start)).matches();
    }

    /** {@code en.change.also-basis}: "68%, up sequentially from 67% and also up year-over-year". */
    private static void alsoBasis(SentenceContext ctx, Slot sl) {
        if (sl.value == null || sl.changes.isEmpty()) return;
        int from = sl.value.span().end();
        int to = ctx.sent.end();
        for (Slot o : ctx.slots) if (o.start >= from && o.start < to) to = o.start; // not past the next metric
        Matcher m = ALSO_BASIS.matcher(ctx.text).region(from, Math.min(to, from + 80));
        if (!m.find()) return;
        ChangeBasis b = basis(m.group(2));
        if (Changes.hasBasis(sl, b)) return;
        Direction d = Regex.matches(m.group(1), "(?i)down|lower") ? Direction.DOWN : Direction.UP;
        sl.changes.add(Change.direction(b, d, new Span(m.start(1), m.end())));
        sl.rules.add("en.change.also-basis");
    }
}
