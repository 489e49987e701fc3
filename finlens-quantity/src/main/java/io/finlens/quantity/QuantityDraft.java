package io.finlens.quantity;

import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.WordList;
import java.math.BigDecimal;

/**
 * A quantity being read, as the rules leave it one after another: the number it starts from, a currency named before
 * it, the scale, unit or counter after it, a qualifier, where it starts and ends so far, and the words of its rule id
 * ({@code lang.kind.shape}). {@link #finish} makes the {@link Quantity}.
 */
final class QuantityDraft {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final String s;
    final NumberReader.Core core;
    /** Where the number starts; {@link #qStart} is where the quantity does (before a currency named first). */
    final int numStart;
    /** Where scanning resumes when the rules find no quantity here. */
    final int[] skipTo;
    int qStart;
    /** Where the quantity ends so far. */
    int j;
    String lang;
    WordList.Match<String> pre;
    String currency;
    boolean accountingNegative;
    BigDecimal value;
    BigDecimal high;
    StringBuilder shape;
    Qualifier qualifier;
    WordList.Match<Integer> scale;
    Unit unit;
    String kind;
    Precision precision;

    QuantityDraft(String s, NumberReader.Core core, int[] skipTo) {
        this.s = s;
        this.core = core;
        this.numStart = core.start();
        this.skipTo = skipTo;
        this.qStart = numStart;
        this.j = core.end();
        this.lang = core.chinese() ? "zh" : "en";
        this.value = core.value();
        this.high = core.high();
    }

    /** Value and high end times ten to the {@code e}. */
    void scaleBy(int e) {
        value = value.scaleByPowerOfTen(e);
        high = high == null ? null : high.scaleByPowerOfTen(e);
    }

    /** Value, high end and precision times ten to the {@code e}: a fraction of a currency (港仙, 分). */
    void shift(int e) {
        scaleBy(e);
        precision = new Precision(precision.scaleExponent() + e, precision.decimals());
    }

    /** Value and high end as a ratio of the figure written in percent (or in hundredths). */
    void hundredths() {
        value = value.divide(HUNDRED);
        high = high == null ? null : high.divide(HUNDRED);
    }

    /** The rule id: {@code lang.kind.shape}. */
    String rule() {
        return lang + "." + kind + "." + shape;
    }

    /** The quantity, values without trailing zeros; an English rule touching Han text is a Chinese one. */
    static Quantity finish(String s, int start, int end, BigDecimal value, Unit unit, Range range, Precision p,
                           boolean approximate, String rule, Qualifier qualifier) {
        if (rule.startsWith("en.") && (start > 0 && Chars.isHan(s.charAt(start - 1)) || end < s.length() && Chars.isHan(s.charAt(end)))) {
            rule = "zh." + rule.substring(3);
        }
        return new Quantity(new Span(start, end), value == null ? null : value.stripTrailingZeros(), unit, qualifier,
                range == null ? null : new Range(range.low().stripTrailingZeros(), range.high().stripTrailingZeros()),
                p, null, false, approximate, false, rule);
    }
}
