package io.finlens.fact;

import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code en.metric.bare-ratio}: "Our GAAP tax rate year-to-date was 17%, which yields a rate of 18% for Q2", "Net interest
 * margin was 2.4%… We expect the margin will decline 3 basis points": a bare "the margin" or "a rate" before a percent
 * or basis points speaks of the ratio named last, earlier in the sentence or in a fact just before in the paragraph,
 * whose own words end in that noun; "…expense projection remains $410 million, with the fourth quarter expenses at $101
 * million to $103 million": bare "expenses" before money, of the expense named earlier in the sentence.
 */
final class BareRatioMentions {
    /** "the margin", "a rate", "the adjusted rate": the noun without a word naming which ratio. */
    private static final Pattern BARE = Pattern.compile("\\b(?:[Tt]he|a|[Oo]ur|quarter|quarterly) (?:(non-GAAP|adjusted|normalized) )?(margin|rate|expenses)\\b(?! of [a-z])");

    /** How far back, and how far after the noun, the named ratio and the figure may be. */
    private static final int LOOK_BACK = 500, FIGURE_REACH = 70;

    private BareRatioMentions() {
    }

    /** Adds a mention for each bare ratio noun of the sentence that a named ratio before it resolves. */
    static void find(SentenceContext ctx) {
        Matcher m = BARE.matcher(ctx.text).region(ctx.sent.start(), ctx.sent.end());
        while (m.find()) {
            String noun = m.group(2);
            boolean money = noun.equals("expenses");
            if (overlaps(ctx, m.start(), m.end()) || !figureAfter(ctx, m.end(), money)) continue;
            String basis = m.group(1) != null ? "non-gaap" : null;
            Slot named = namedInSentence(ctx, m.start(), noun, money);
            Slot x;
            if (money && named == null) continue; // "the expenses" only after its metric, in its own sentence
            if (named != null) {
                x = new Slot(m.start(), m.end(), named.metric, named.segment, basis != null || money ? basis : named.basis);
            } else {
                Fact f = namedBefore(ctx, noun);
                if (f == null) continue;
                FactLexicon.Metric metric = ctx.lex.metrics.get(f.metric());
                if (metric == null) continue;
                x = new Slot(m.start(), m.end(), metric, f.segment(), basis != null ? basis : f.basis());
            }
            x.rules.add("en.metric.bare-ratio");
            int at = 0;
            while (at < ctx.slots.size() && ctx.slots.get(at).start < x.start) at++;
            ctx.slots.add(at, x);
        }
    }

    private static boolean overlaps(SentenceContext ctx, int start, int end) {
        for (Slot sl : ctx.slots) if (sl.start < end && start < sl.end) return true;
        return false;
    }

    /** Whether a percent or basis points figure follows within reach in the same clause. */
    private static boolean figureAfter(SentenceContext ctx, int end, boolean money) {
        for (Quantity q : ctx.qs) {
            int st = q.span().start();
            if (st < end || st - end > FIGURE_REACH || ctx.sent.clauseStartBefore(st) > end) continue;
            Dimension d = q.unit().dimension();
            if (money ? q.unit().isMoney() : d == Dimension.RATIO || d == Dimension.POINTS) return true;
        }
        return false;
    }

    /** A ratio mention earlier in the sentence whose words end in the noun ("tax rate … a rate of 20%"). */
    private static Slot namedInSentence(SentenceContext ctx, int before, String noun, boolean money) {
        Slot found = null;
        String stem = money ? noun.substring(0, noun.length() - 1) : noun;
        for (Slot sl : ctx.slots) {
            if (sl.end > before || sl.metric.unit() != (money ? FactLexicon.MetricUnit.MONEY : FactLexicon.MetricUnit.RATIO)) continue;
            String words = ctx.text.substring(sl.start, sl.end).toLowerCase(Locale.ROOT);
            if (words.endsWith(stem) || words.endsWith(noun)) found = sl;
        }
        return found;
    }

    /** The last fact stated shortly before the sentence, in its paragraph, of a ratio whose evidence names the noun. */
    private static Fact namedBefore(SentenceContext ctx, String noun) {
        for (int i = ctx.out.size() - 1; i >= 0; i--) {
            Fact f = ctx.out.get(i);
            if (f.evidence().isEmpty()) continue;
            Span ev = f.evidence().get(0);
            if (ev.end() > ctx.sent.start()) continue;
            if (ctx.sent.start() - ev.end() > LOOK_BACK || ctx.text.substring(ev.end(), ctx.sent.start()).contains("\n\n")) return null;
            FactLexicon.Metric metric = ctx.lex.metrics.get(f.metric());
            if (metric == null || metric.unit() != FactLexicon.MetricUnit.RATIO) continue;
            String words = ctx.text.substring(ev.start(), ev.end()).toLowerCase(Locale.ROOT);
            if (Pattern.compile("\\b" + noun + "\\b").matcher(words).find()) return f;
        }
        return null;
    }
}
