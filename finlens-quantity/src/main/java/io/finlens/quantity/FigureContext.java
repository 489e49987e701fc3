package io.finlens.quantity;

import io.finlens.model.Direction;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import io.finlens.text.WordList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the words around a figure once it is found: a qualifier before it (约, about, over) or after it (左右, 以上),
 * the verb just before it (增长, 下降, 亏损, rose by, declined) with its direction and loss, a loss said as "loss of"
 * or "negative", and per-share wording (每股, per diluted share).
 */
final class FigureContext {
    /** " per share", " per fully diluted share", " a diluted share", " per diluted ADS", " per common unit". */
    private static final Pattern PER_SHARE_AFTER = Pattern.compile(
            " (?:on a )?(?:per|a) (?:fully |basic and |basic & )?(?:diluted |basic |common |ordinary |class [a-c] )*(?:share|ads|unit)\\b");

    private final QuantityLexicon lex;

    FigureContext(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** The quantity with the qualifier around it ({@code inner}: one read inside it, 1000多亿), then its verb. */
    Quantity withPrefixQualifier(String s, Quantity q, Qualifier inner) {
        int st = q.span().start();
        WordList.Match<Qualifier> m = lex.qualifierPrefix.before(s, st);
        if (m == null && st >= 2 && s.charAt(st - 1) == ' ') m = lex.qualifierPrefix.before(s, st - 1);
        Qualifier qual = q.qualifier() != null ? q.qualifier() : inner;
        Span span = q.span();
        if (m != null && !(m.word().equals("多") || m.word().equals("余"))) {
            qual = m.value();
            span = new Span(m.start(), span.end());
        }
        int end = span.end();
        WordList.Match<Qualifier> after = lex.qualifierSuffix.at(s, end);
        if (after != null && (after.word().equals("左右") || after.word().equals("以上") || after.word().equals("以下")
                || after.word().equals("上下"))) {
            if (qual == null) qual = after.value();
            span = new Span(span.start(), after.end());
        }
        Quantity r = q.withQualifier(qual, span);
        return withVerb(s, r);
    }

    /** Records the verb just before the figure (增长, 下降, 亏损...) and per-share wording. */
    Quantity withVerb(String s, Quantity q) {
        int st = q.span().start();
        int k = st;
        // allow 了, 达, 为, 至 and a space between verb and figure
        for (int hop = 0; hop < 2 && k > 0; hop++) {
            char p = s.charAt(k - 1);
            if (p == '了' || p == '达' || p == ' ' || p == '约') k--;
        }
        if (k >= 3 && s.startsWith("by", k - 2) && s.charAt(k - 3) == ' ') k -= 3; // declined by 28%
        if (k >= 8 && s.startsWith("between", k - 7) && s.charAt(k - 8) == ' ') k -= 8; // up between 20% and 25%
        if (q.rule().equals("en.percent.band-words") || q.rule().startsWith("en.percent") && q.range() != null) {
            // grew in the low single digits, expand at a mid-single-digit rate, grow in the 15% to 20% range
            for (String w : new String[] {" in the", " at a", " at the", " by a", " of", " in"}) {
                if (k >= w.length() && s.startsWith(w, k - w.length())) {
                    k -= w.length();
                    break;
                }
            }
        }
        WordList.Match<QuantityLexicon.Verb> v = lex.verbs.before(s, k);
        boolean loss = false;
        Direction d = null;
        if (v != null) {
            d = v.value().direction();
            loss = v.value().loss();
        }
        int from = Math.max(0, st - 8);
        String before = s.substring(from, st);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(')')), Math.max(before.lastIndexOf('。'), before.lastIndexOf(';')));
        String local = before.substring(cut + 1);
        if (local.contains("亏损") || local.contains("净亏") || local.contains("亏") && local.endsWith("亏")) loss = true;
        String tenBefore = s.substring(Math.max(0, st - 10), st);
        if (tenBefore.endsWith("loss of ") || tenBefore.endsWith("negative ") || tenBefore.endsWith("minus ")) loss = true; // a loss of $27 million, negative $3 million
        boolean perShare = local.contains("每股") || local.contains("每ADS") || local.contains("每股美国存托股");
        int end = q.span().end();
        String after = s.substring(end, Math.min(s.length(), end + 40)).toLowerCase(Locale.ROOT);
        if (PER_SHARE_AFTER.matcher(after).lookingAt() || after.startsWith("/股")) {
            perShare = true;
        }
        if (d == null && !loss && !perShare) return q;
        return q.withDirection(d, loss).withPerShare(perShare);
    }
}
