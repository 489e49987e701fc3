package io.finlens.fact;

import io.finlens.text.WordList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code zh.segment.clause-subject}: 盐酸某某片（商品名青岚）是唯一上榜的品种，去年收入同比增长5.21%，营业成本减少12.4%;
 * 短视频平台成为突出渠道，上半年收入约2.3亿元: a clause that opens on its metric (a period or a connective before it at
 * most) continues the sentence's subject, a line named before 是 or 成为 at the start of an earlier clause, past
 * clauses that also open on their metric.
 */
final class ClauseSubject {
    /** A name, then 是, 仍是, 成为, 作为: the subject a clause describes. */
    private static final Pattern SUBJECT = Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,16}?)(?:仍然是|仍是|依然是|也是|是|成为|作为)");
    /** （商品名青岚）, （简称青禾）: the name a bracket gives the subject before it. */
    private static final Pattern KNOWN_AS = Pattern.compile("^[^(]{2,16}\\((?:商品名|品牌名?|简称|俗称)[:：]?([\\p{IsHan}A-Za-z0-9]{2,8})\\)");

    /** 但, 而, 同时: what may stand before a metric in a clause with no subject of its own. */
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:但|而|同时|并且?|且|此外|另外|其)");
    /** How many clauses back the subject is looked for. */
    private static final int MAX_CLAUSES = 4;

    private ClauseSubject() {
    }

    /** The line the sentence's subject names for mention {@code m}, or null. */
    static String lineOf(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m) {
        int clause = ctx.sent.clauseStartBefore(m.start());
        if (clause <= ctx.sent.start() || !bare(ctx, clause, m.start())) return null;
        for (int i = 0; i < MAX_CLAUSES && clause > ctx.sent.start(); i++) {
            int prev = ctx.sent.clauseStartBefore(clause - 1);
            String raw = ctx.text.substring(prev, clause - 1);
            String text = ZhSegmentNames.BRACKETED.matcher(raw).replaceAll("").strip();
            Matcher s = SUBJECT.matcher(text);
            if (s.find()) {
                // 盐酸某某片（商品名青岚）: the name the text goes on to use, given in brackets after the subject
                Matcher known = KNOWN_AS.matcher(raw);
                String name = known.find() && raw.strip().startsWith(s.group(1)) ? known.group(1) : s.group(1);
                return ZhSegmentNames.name(name, ctx.doc, ctx.lex);
            }
            // a clause that itself opens on a metric (营业成本减少12.4%) is passed over; anything else ends the search
            var opening = ctx.aliases.at(ctx.text, firstWord(ctx, prev, clause - 1));
            if (opening == null) return null;
            clause = prev;
        }
        return null;
    }

    /** Whether nothing but periods and a connective stands between {@code from} and {@code to}. */
    private static boolean bare(SentenceContext ctx, int from, int to) {
        String head = ctx.text.substring(firstWord(ctx, from, to), to).strip();
        return head.isEmpty();
    }

    /** Where the first word of the clause from {@code from} starts, past periods, spaces and a connective. */
    private static int firstWord(SentenceContext ctx, int from, int to) {
        int k = from;
        boolean moved = true;
        while (moved && k < to) {
            moved = false;
            while (k < to && Character.isWhitespace(ctx.text.charAt(k))) {
                k++;
                moved = true;
            }
            for (PeriodMentions.Mention p : ctx.periods) {
                if (p.start() == k && p.end() <= to) {
                    k = p.end();
                    moved = true;
                }
            }
            Matcher c = CONNECTIVE.matcher(ctx.text).region(k, to);
            if (c.lookingAt() && c.end() > k) {
                k = c.end();
                moved = true;
            }
        }
        return k;
    }
}
