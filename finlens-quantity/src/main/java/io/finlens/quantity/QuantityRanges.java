package io.finlens.quantity;

import io.finlens.text.Regex;
import io.finlens.model.Dimension;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.WordList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * Rule {@code .range}: a quantity, a connector ({@code -}, {@code ~}, 至, 到, " to ", " - ", "between ... and") and a
 * second quantity read as one range: 3%-4%, 225亿元至235亿元, $1.70 to $1.85. A bare first number takes the second's
 * unit and scale (3-4%), a first number with a scale the second's currency (21亿-25亿元). "increased by $28 million
 * to $127 million" is a move and where it ended, not a range.
 */
final class QuantityRanges {
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby $");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?s).*\\bbetween (a loss of )?$");

    private final QuantityLexicon lex;

    QuantityRanges(QuantityLexicon lex) {
        this.lex = lex;
    }

    /**
     * The range from the draft's figure to a second one that {@code recognizer} reads after the connector, or null.
     * The draft may have taken the second's unit also when no range is made.
     */
    Quantity read(QuantityDraft d, QuantityRecognizer recognizer) {
        String s = d.s;
        int conn = connector(s, d.j, d.qStart);
        if (conn == 0) return null;
        int at = d.j + conn;
        WordList.Match<String> cur = lex.currencyPrefix.at(s, at);
        if (cur != null) at = cur.end() < s.length() && s.charAt(cur.end()) == ' ' ? cur.end() + 1 : cur.end();
        Quantity second = at < s.length() ? recognizer.parse(s, at, new int[] {0}, false) : null;
        if (second == null || second.value() == null || second.rule().indexOf(".range") >= 0) return null;
        BigDecimal low = low(d, second);
        if (low == null || low.compareTo(second.value()) > 0) return null;
        Range r = new Range(low, second.value());
        String rule = Regex.replaceFirst(second.rule(), "^(en|zh)", d.lang.equals("zh") || second.rule().startsWith("zh") ? "zh" : "en")
                + ".range";
        return QuantityDraft.finish(s, d.qStart, second.span().end(), null, d.unit, r, second.precision(),
                d.core.approximate(), rule, second.qualifier());
    }

    /** The length of the connector at {@code k} after a quantity starting at {@code qStart}; 0 when there is none. */
    private static int connector(String s, int k, int qStart) {
        int conn = rangeConnector(s, k);
        if (conn == 0 && s.startsWith(" and ", k) && qStart >= 8
                && BETWEEN_BEFORE.matcher(s.substring(Math.max(0, qStart - 20), qStart)).matches()) {
            conn = 5; // between $1.25 billion and $1.33 billion
            if (s.startsWith("a loss of ", k + conn)) conn += 10;
        }
        // "increased by $28 million to $127 million": how much it moved, then where it ended, not a range
        if (conn == 4 && BY_BEFORE.matcher(s.substring(Math.max(0, qStart - 4), qStart)).find()) conn = 0;
        return conn;
    }

    private static int rangeConnector(String s, int k) {
        if (k >= s.length()) return 0;
        char c = s.charAt(k);
        if ((c == '-' || c == '~' || c == '至' || c == '到') && k + 1 < s.length()) {
            char d = s.charAt(k + 1);
            if (Chars.isDigit(d) || ChineseNumerals.isNumeralStart(d) || d == '$' || d == '人' || d == 'U' || d == 'H' || d == '百') return 1;
            if ((c == '至' || c == '到') && (d == '约')) return 1;
        }
        if (s.startsWith(" to ", k)) return 4;
        if (s.startsWith(" - ", k)) return 3;
        return 0;
    }

    /** The low end in the second's terms, the draft taking the second's unit where it had none of its own; or null. */
    private static BigDecimal low(QuantityDraft d, Quantity second) {
        Unit unit = d.unit;
        if (unit.dimension() == Dimension.NUMBER && d.kind.equals("number") && d.scale == null && d.currency == null) {
            // 3-4%: the first takes the second's unit and scale
            BigDecimal factor = second.value().divide(NumberReader.written(d.s, second), MathContext.DECIMAL128);
            BigDecimal low = d.core.value().multiply(factor).stripTrailingZeros();
            d.unit = second.unit();
            return low;
        }
        if (sameUnit(unit, second.unit())) return d.value;
        if (unit.dimension() == Dimension.NUMBER && d.scale != null && d.currency == null && second.unit().isMoney()) {
            // 21亿-25亿元: the first takes the second's currency
            d.unit = second.unit();
            return d.value;
        }
        return null;
    }

    private static boolean sameUnit(Unit a, Unit b) {
        if (a.equals(b)) return true;
        return a.dimension() == Dimension.NUMBER && b.dimension() == Dimension.COUNT
                || a.dimension() == Dimension.COUNT && b.dimension() == Dimension.NUMBER;
    }
}
