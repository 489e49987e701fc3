package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code en.segment.place-after}: "a comparable sales decline of 3% in Canada", "revenue grew 12% in Northern Europe":
 * a capitalized place right after a figure, closing its clause, is the line the figure is for; it takes the place of a
 * line carried from an earlier sentence (not of one the mention names itself).
 */
final class PlaceAfter {
    private static final Pattern IN_PLACE = Pattern.compile(
            "^ in ((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})(?=[.,;]|$| and\\b| as\\b| while\\b)");

    private PlaceAfter() {
    }

    /** The place named right after the figure ending at {@code end}, or null. */
    static String after(SentenceContext ctx, int end) {
        if (!ctx.lang.equals("en") || end >= ctx.sent.end()) return null;
        Matcher m = IN_PLACE.matcher(ctx.text).region(end, Math.min(ctx.sent.end(), end + 40));
        if (!m.lookingAt()) return null;
        String name = m.group(1);
        for (String w : Regex.split(name, "[ -]")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (ctx.lex.segmentStopEn.contains(lw) || EnSegmentNames.isEntityWord(w, ctx.doc)) return null; // in January, in Fiscal 2024
        }
        if (ctx.lex.aliasesEn.at(name, 0) != null) return null; // "in Revenue": a metric's word
        return name;
    }

    /** The end of the figure a slot states: its value, else its last change. */
    static int figureEnd(Slot sl) {
        if (sl.value != null) return sl.value.span().end();
        Change last = sl.changes.isEmpty() ? null : sl.changes.get(sl.changes.size() - 1);
        return last == null || last.span() == null ? -1 : last.span().end();
    }
}
