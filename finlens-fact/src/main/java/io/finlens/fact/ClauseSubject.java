package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.List;
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
    /** 达91.2%, 同比增长5%: a clause that only continues the figure of the clause before it. */
    private static final Pattern CONTINUES = Pattern.compile("(?:达到?了?|为|至|同比|环比|较|比|占)");
    /** 去年, 2024年, 上半年: a period opening a clause of the sentence before (that sentence's periods are not at hand). */
    private static final Pattern LEADING_PERIOD = Pattern.compile("\\s*(?:去年|今年|上年|本年|上半年|下半年|(?:19|20)\\d\\d年(?:上半年|下半年|第?[一二三四1-4]季度)?)(?:全年|度)?");
    /** How many clauses back the subject is looked for. */
    private static final int MAX_CLAUSES = 4;

    private ClauseSubject() {
    }

    /** The line the sentence's subject names for mention {@code m}, or null. */
    static String lineOf(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m) {
        int clause = ctx.sent.clauseStartBefore(m.start());
        if (clause <= ctx.sent.start()) return fromSentenceBefore(ctx, m);
        if (!bare(ctx, clause, m.start())) return null;
        for (int i = 0; i < MAX_CLAUSES && clause > ctx.sent.start(); i++) {
            int prev = ctx.sent.clauseStartBefore(clause - 1);
            String subject = subject(ctx.text.substring(prev, clause - 1));
            if (subject != null) return ZhSegmentNames.name(subject, ctx.doc, ctx.lex);
            // a clause that itself opens on a metric (营业成本减少12.4%) is passed over; anything else ends the search
            var opening = ctx.aliases.at(ctx.text, firstWord(ctx, prev, clause - 1));
            if (opening == null) return null;
            clause = prev;
        }
        return null;
    }

    /**
     * 但销量却出现下滑，去年为X: a sentence that opens on a connective and then its metric continues the subject of the
     * sentence before it on the same line (its clauses searched from the last, as above, past clauses without a figure).
     */
    private static String fromSentenceBefore(SentenceContext ctx, WordList.Match<FactLexicon.Alias> m) {
        int start = Math.max(ctx.sent.start(), 0);
        Matcher c = CONNECTIVE.matcher(ctx.text).region(start, m.start());
        if (!c.lookingAt() || c.end() == start || !bare(ctx, start, m.start())) return null;
        int end = start - 1;
        while (end > 0 && Character.isWhitespace(ctx.text.charAt(end))) end--;
        if (end <= 0 || "。！？!?".indexOf(ctx.text.charAt(end)) < 0) return null;
        int prevStart = end;
        while (prevStart > 0 && "。！？!?\n".indexOf(ctx.text.charAt(prevStart - 1)) < 0 && end - prevStart < 300) prevStart--;
        List<int[]> clauses = new ArrayList<>();
        int k0 = prevStart;
        for (int k = prevStart; k < end; k++) {
            if ("，,；;".indexOf(ctx.text.charAt(k)) >= 0) {
                clauses.add(new int[] {k0, k});
                k0 = k + 1;
            }
        }
        clauses.add(new int[] {k0, end});
        for (int i = clauses.size() - 1, n = 0; i >= 0 && n < 2 * MAX_CLAUSES; i--, n++) {
            String raw = ctx.text.substring(clauses.get(i)[0], clauses.get(i)[1]);
            String subject = subject(raw);
            if (subject != null) return ZhSegmentNames.name(subject, ctx.doc, ctx.lex);
            // (a clause with no figure, 在同类产品中排第一, says nothing of another line: passed over too)
            // (nor does one that continues the figure before it, 达91.2%, 同比增长5%)
            Matcher lead = LEADING_PERIOD.matcher(ctx.text).region(clauses.get(i)[0], clauses.get(i)[1]);
            int first = lead.lookingAt() ? lead.end() : clauses.get(i)[0];
            if (ctx.aliases.at(ctx.text, first) == null && Regex.matches(raw, ".*\\d.*") && !CONTINUES.matcher(raw.strip()).lookingAt()) return null;
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

    /**
     * The subject a clause opens on (brackets aside), or null; 盐酸某某片（商品名青岚）: the name the text goes on to use,
     * given in brackets after the subject, is the one kept.
     */
    private static String subject(String raw) {
        Matcher s = SUBJECT.matcher(ZhSegmentNames.BRACKETED.matcher(raw).replaceAll("").strip());
        if (!s.find()) return null;
        Matcher known = KNOWN_AS.matcher(raw);
        return known.find() && raw.strip().startsWith(s.group(1)) ? known.group(1) : s.group(1);
    }
}
