package io.finlens.quantity;

import io.finlens.model.Dimension;
import io.finlens.model.Precision;
import io.finlens.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rule {@code zh.list.shared-unit}: a list of bare numbers whose last item carries the scale and unit for all of
 * them, as Chinese writes figures given 分别 ({@code 分别为812.5、765.2和401.3亿元}, {@code 120/135/150亿元},
 * {@code 5、6和7%}). Each bare number takes the last item's scale and unit and keeps its own decimals.
 *
 * <p>Only a bare number (no scale, no unit) right before a separator of a list ({@code 、}, {@code /}, {@code 和},
 * {@code 及}, {@code 与}, {@code 以及}) takes part, and only when the chain ends in a figure that has a unit, with
 * nothing else between; an English list ("1.2, 1.3 and 1.5 billion") is left alone.
 */
final class SharedUnitLists {
    private static final String RULE = "zh.list.shared-unit";

    private SharedUnitLists() {
    }

    /**
     * The quantities of {@code s}, sorted by position, with the bare items of shared-unit lists given their unit;
     * {@code written} reads the number as written in a quantity (812.5 of 812.5亿元).
     */
    static List<Quantity> apply(String s, List<Quantity> qs, Function<Quantity, BigDecimal> written) {
        List<Quantity> out = new ArrayList<>(qs);
        for (int i = out.size() - 1; i > 0; i--) {
            Quantity last = out.get(i);
            if (!carriesUnit(last) || !bare(out.get(i - 1)) || last.value().signum() == 0 || !writtenInDigits(s, last)) continue;
            // the scale and unit of the last item, as a range's first figure takes its second's (3-4%)
            BigDecimal factor = last.value().divide(written.apply(last), MathContext.DECIMAL128);
            int j = i;
            while (j > 0 && bare(out.get(j - 1)) && separatorOnly(s, out.get(j - 1).span().end(), out.get(j).span().start())) {
                Quantity b = out.get(j - 1);
                out.set(j - 1, new Quantity(b.span(), b.value().multiply(factor).stripTrailingZeros(), last.unit(), b.qualifier(), null,
                        new Precision(last.precision().scaleExponent(), b.precision().decimals()), null, false, b.approximate(),
                        last.perShare(), RULE));
                j--;
            }
            i = j;
        }
        return out;
    }

    private static boolean carriesUnit(Quantity q) {
        return q.value() != null && q.range() == null && q.unit().dimension() != Dimension.NUMBER && q.rule().startsWith("zh.");
    }

    private static boolean bare(Quantity q) {
        return q.value() != null && q.range() == null && q.unit().dimension() == Dimension.NUMBER && q.qualifier() == null
                && q.direction() == null;
    }

    /** Whether {@code q} is written with Arabic digits (812.5亿元), as the bare items before it are. */
    private static boolean writtenInDigits(String s, Quantity q) {
        for (int k = q.span().start(); k < q.span().end(); k++) if (Character.isDigit(s.charAt(k))) return true;
        return false;
    }

    private static boolean separatorOnly(String s, int from, int to) {
        String between = s.substring(from, to).strip();
        return between.equals("、") || between.equals("/") || between.equals("和") || between.equals("及") || between.equals("与")
                || between.equals("以及");
    }
}
