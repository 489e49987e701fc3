package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Direction;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code en.fact.segment-per-share}: "our Ohio-regulated segment earnings increased by $0.02 per share compared to a year
 * ago", "Moving to Vermont. Segment earnings were $0.03 per share higher than…", "Results at corporate and other were
 * $0.01 per share lower…": how much a business line's share of earnings per share moved is the line's EPS change,
 * stated without a value, on the basis the call reports its earnings per share.
 */
final class SegmentPerShare {
    /** "our Ohio-regulated segment earnings": the line named right before "segment earnings". */
    private static final Pattern NAMED_BEFORE = Pattern.compile(
            "(?:^|\\b(?:our|the|its) )([A-Z][\\w.&'-]*(?: (?:and |& )?[A-Za-z][\\w.&'-]*){0,3}?)(?: segment)(?:'s)? (?:earnings|results)\\b");
    /** "Results at corporate and other were": the line after "at". */
    private static final Pattern RESULTS_AT = Pattern.compile(
            "(?i)^(?:earnings|results) (?:at|for|in) (?:the |our )?([a-z][\\w&'-]*(?: (?:and |& )?[a-z][\\w&'-]*){0,3}?) (?:were|was)\\b");
    /** "Segment earnings were…", "Segment results…": the line under discussion. */
    private static final Pattern SEGMENT_SUBJECT = Pattern.compile("(?i)^segment (?:earnings|results)\\b");

    private SegmentPerShare() {
    }

    /**
     * Adds the EPS change of the line the clause before {@code q} names, when it names one; {@code down} says which way
     * the figure moved.
     */
    static void add(SentenceContext ctx, Quantity q, boolean down) {
        int cs = ctx.sent.clauseStartBefore(q.span().start());
        String clause = ctx.text.substring(cs, q.span().start()).strip();
        String seg = null;
        Matcher m = NAMED_BEFORE.matcher(clause);
        if (m.find()) seg = m.group(1);
        if (seg == null && (m = RESULTS_AT.matcher(clause)).find()) seg = m.group(1);
        if (seg == null && SEGMENT_SUBJECT.matcher(clause).lookingAt() && ctx.discourse != null) seg = ctx.discourse.segment();
        if (seg == null || seg.isBlank()) return;
        String after = ctx.text.substring(q.span().end(), Math.min(ctx.sent.end(), q.span().end() + 70)).toLowerCase(Locale.ROOT);
        ChangeBasis b = after.contains("quarter") && !after.contains("year") ? ChangeBasis.QOQ : ChangeBasis.YOY;
        Slot x = new Slot(q.span().start(), q.span().start(), ctx.lex.metrics.get("eps"), seg,
                MetricMentions.reportedNonGaapEps(ctx, ctx.sent.start()) ? "non-gaap" : null);
        x.changes.add(Change.direction(b, down ? Direction.DOWN : Direction.UP, q.span()));
        x.rules.add("en.fact.segment-per-share");
        int from = Math.max(cs, ctx.sent.start());
        while (from < q.span().start() && Character.isWhitespace(ctx.text.charAt(from))) from++;
        x.evidence.add(new Span(from, q.span().end()));
        ctx.extra.add(x);
        ctx.consumed.add(q);
    }
}
