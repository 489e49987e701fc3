package io.finlens.fact;

import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English rules that settle a change's basis from what is changing, after the words around the figure
 * ({@link Changes}) found none:
 * <ul>
 *   <li>{@code en.change.opening-base}: "Versus prior quarter, we saw a price increase of 1%": the base a sentence opens
 *       with, when no other base comes before the figure;</li>
 *   <li>{@code en.change.paragraph-base}: "Bridging versus prior quarter, …. The volume added $18 million, a 5.2% increase": a
 *       later sentence of a paragraph that opened on the prior quarter, naming no year itself;</li>
 *   <li>{@code en.change.balance-in-the-quarter}: "Core loans increased by $210 million, or 2%, in the quarter": a
 *       money balance (not an average one) that moved "in the quarter" moved since the quarter before;</li>
 *   <li>{@code en.change.next-quarter-points}: "We expect the margin to decline 3 basis points in the fourth
 *       quarter": a ratio's move in basis points forecast for the quarter after the call's is a move from this
 *       quarter.</li>
 * </ul>
 */
final class EnChangeBases {
    /** ", in the quarter", " during the quarter" right after the figure. */
    private static final Pattern IN_THE_QUARTER = Pattern.compile("^,? (?:in|during|for) the (?:quarter|period)\\b(?! (?:of|ended|last|a year))");

    /** {@code en.change.opening-base}: "Versus prior quarter, we saw a price increase of 1%": the base named first. */
    private static final Pattern OPENING_QUARTER_BASE = Pattern.compile(
            "(?i)\\s*(?:vis-[aà]-vis|versus|compared (?:to|with)|relative to) (?:the )?(?:prior|previous|last|preceding|linked) quarter,");
    /** Another base named between the opening one and the figure. */
    private static final Pattern LATER_BASE = Pattern.compile("(?i)\\b(?:versus|vs\\.?|compared|relative to|year|than)\\b");

    /** Any word of the year in a comparison. */
    private static final Pattern YEAR_WORDS = Pattern.compile("\\b(?:year|yoy|y/y|annual)");

    private EnChangeBases() {
    }

    /** The basis of the change {@code q} of slot {@code t}, given the one its words named ({@code b}). */
    static ChangeBasis refine(SentenceContext ctx, Slot t, Quantity q, ChangeBasis b) {
        if (!ctx.lang.equals("en") || b != ChangeBasis.YOY) return b;
        Matcher open = OPENING_QUARTER_BASE.matcher(ctx.text).region(ctx.sent.start(), q.span().start());
        if (open.lookingAt() && !LATER_BASE.matcher(ctx.text).region(open.end(), q.span().start()).find()) {
            t.rules.add("en.change.opening-base");
            return ChangeBasis.QOQ;
        }
        if (paragraphBase(ctx, q)) {
            t.rules.add("en.change.paragraph-base");
            return ChangeBasis.QOQ;
        }
        int e = q.span().end();
        String after = ctx.text.substring(e, Math.min(ctx.sent.end(), e + 30)).toLowerCase(Locale.ROOT);
        if (t.metric.kind() == FactLexicon.Kind.STOCK && t.metric.unit() == FactLexicon.MetricUnit.MONEY
                && !ctx.text.substring(Math.max(ctx.sent.start(), t.start - 9), t.start).toLowerCase(Locale.ROOT).contains("average")
                && IN_THE_QUARTER.matcher(after).find()) {
            t.rules.add("en.change.balance-in-the-quarter");
            return ChangeBasis.QOQ;
        }
        if (q.unit().dimension() == Dimension.RATIO && dividendRaise(ctx, t) == ChangeBasis.QOQ) return ChangeBasis.QOQ;
        if (q.unit().dimension() == Dimension.POINTS && t.metric.unit() == FactLexicon.MetricUnit.RATIO && nextQuarter(ctx, q)) {
            String around = ctx.text.substring(ctx.sent.start(), ctx.sent.end()).toLowerCase(Locale.ROOT);
            if (!YEAR_WORDS.matcher(around).find()) {
                t.rules.add("en.change.next-quarter-points");
                return ChangeBasis.QOQ;
            }
        }
        return b;
    }

    /**
     * {@code en.change.dividend-raise}: "declared a quarterly dividend of $0.45 per share, an increase of $0.02", "lifted the
     * dividend 5% to 21 cents": a dividend's move with no base named is against the dividend before it, the quarter
     * before's for a quarterly one (the year before's for an annual one); null when the sentence names a year base.
     */
    static ChangeBasis dividendRaise(SentenceContext ctx, Slot t) {
        if (!t.metric.id().equals("dividend")) return null;
        String sentence = ctx.text.substring(ctx.sent.start(), ctx.sent.end()).toLowerCase(Locale.ROOT);
        if (YEAR_BASE.matcher(sentence).find()) return null;
        Period p = t.period != null ? t.period : ctx.doc.period();
        ChangeBasis b = p instanceof Period.Quarter ? ChangeBasis.QOQ : p instanceof Period.Year ? ChangeBasis.YOY : null;
        if (b != null) t.rules.add("en.change.dividend-raise");
        return b;
    }

    /** A year base named in a sentence: "year-over-year", "last year", "a year ago", "prior year". */
    private static final Pattern YEAR_BASE = Pattern.compile("year[- ]over[- ]year|year[- ]on[- ]year|(?:last|prior|previous) year|a year ago|year[- ]ago");

    /** A paragraph that opens on its base: "Bridging versus prior quarter, …", "Compared with the last quarter, …". */
    private static final Pattern PARAGRAPH_QUARTER_BASE = Pattern.compile(
            "(?:[A-Z][a-z]+ )?(?:versus|vs\\.?|compared (?:to|with)|relative to) (?:the )?(?:prior|previous|last|preceding|linked) quarter,",
            Pattern.CASE_INSENSITIVE);

    /**
     * {@code en.change.paragraph-base}: "Bridging versus prior quarter, operating income rose… The volume added $18 million,
     * a 6.1% increase": a change of a paragraph that opened on the prior quarter as its base, in a sentence naming no year.
     */
    private static boolean paragraphBase(SentenceContext ctx, Quantity q) {
        int line = lineStartWithin(ctx.text, ctx.sent.start(), 2000);
        if (line < 0 || line >= ctx.sent.start()) return false; // the paragraph's own first sentence is opening-base's
        if (!PARAGRAPH_QUARTER_BASE.matcher(ctx.text).region(line, ctx.sent.start()).lookingAt()) return false;
        return !YEAR_WORDS.matcher(ctx.text.substring(ctx.sent.start(), ctx.sent.end()).toLowerCase(Locale.ROOT)).find();
    }

    /** Where the line holding {@code at} starts, if no more than {@code reach} chars back; -1 when further (a bounded look back). */
    private static int lineStartWithin(String s, int at, int reach) {
        int floor = Math.max(0, at - reach);
        for (int k = at - 1; k >= floor; k--) if (s.charAt(k) == '\n') return k + 1;
        return floor == 0 ? 0 : -1;
    }

    /** Whether the clause names the quarter after the document's right after the figure. */
    private static boolean nextQuarter(SentenceContext ctx, Quantity q) {
        if (!(ctx.doc.period() instanceof Period.Quarter dq)) return false;
        PeriodMentions.Mention m = FigurePeriods.periodAfter(ctx, q.span().end());
        if (m == null) return false;
        Period p = ctx.doc.resolve(m, true);
        return dq.next().equals(p);
    }
}
