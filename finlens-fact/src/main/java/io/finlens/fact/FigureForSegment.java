package io.finlens.fact;

import io.finlens.model.Quantity;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code en.fact.figure-for-segment}: "Book-to-bill was 1.38, 1.41 for distribution after 1.89 in quarter one,
 * 1.33 for the Americas": a figure followed by "for" and a name is the metric's figure for that business line or
 * region. The name gets a mention of its own at the figure, so that a comparison figure after it ("after 1.89") is
 * the same line's.
 */
final class FigureForSegment {
    /** " for (the) Name": up to four words, ending where a comparison, a clause or a number starts. */
    private static final Pattern FOR_NAME = Pattern.compile(
            "^ for (?:the )?((?:[A-Za-z][\\w&.'’-]*)(?: (?:[A-Za-z][\\w&.'’-]*|&)){0,3}?)"
                    + "(?=\\s*(?:[,;.)]|$|\\s(?:after|versus|vs\\.?|compared|from|up|down|in (?:the )?(?:prior|previous|first|second|third|fourth|Q[1-4]|quarter)|was|were|is)\\b"
                    + "|\\sand [$€£¥]?\\d))");
    /** Names that are no business line: periods, the whole, generic words. */
    private static final Set<String> NOT_A_NAME = Set.of("quarter", "year", "period", "month", "months", "full year", "year-to-date",
            "first half", "second half", "half", "company", "group", "total", "whole", "full", "each", "every", "all", "both", "us",
            "example", "instance", "it", "them", "this", "that", "share", "shares", "fiscal", "comparison", "now", "today", "same period");
    private static final Pattern PERIOD_WORD = Pattern.compile(
            "(?i)^(?:(?:first|second|third|fourth|current|prior|previous|last|next|same|fiscal|full)\\b.*|.*\\b(?:quarter|year|period|months?|half)s?|q[1-4]\\b.*|fy.*|\\d.*)$");

    private static final Pattern TRAILING_JOIN = Pattern.compile("(?i)\\s+(?:and|or|&)$");

    private FigureForSegment() {
    }

    /**
     * The mention figure {@code q} makes for the business line named after it, added to the sentence's mentions, when
     * {@code t}'s metric has lines; null when no name follows.
     */
    static Slot slotFor(SentenceContext ctx, Slot t, Quantity q) {
        boolean ownLine = t.rules.contains("en.fact.figure-for-segment"); // 1.34 for OEMs after the line before it
        if ((t.segment != null && !ownLine) || ctx.en == null || !ctx.en.segmentable(t.metric.id())) return null;
        Matcher m = FOR_NAME.matcher(ctx.text).region(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 48));
        if (!m.lookingAt()) return null;
        String name = TRAILING_JOIN.matcher(m.group(1).strip()).replaceAll(""); // "for the linked period and up…"
        String lower = name.toLowerCase(Locale.ROOT);
        var alias = ctx.aliases.at(name, 0);
        if (NOT_A_NAME.contains(lower) || PERIOD_WORD.matcher(name).matches() || alias != null && alias.end() == name.length()
                || ctx.lex.segmentStopEn.contains(lower) || ReportingCompany.sameCompany(name, ctx.doc.entity())) return null;
        Slot x = new Slot(q.span().start(), q.span().start(), t.metric, name, t.basis);
        x.rules.add("en.fact.figure-for-segment");
        int at = 0;
        while (at < ctx.slots.size() && ctx.slots.get(at).start <= x.start) at++;
        ctx.slots.add(at, x);
        return x;
    }
}
