package io.finlens.quantity;

import io.finlens.model.Precision;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantities in normalized text, Chinese and English, in one left-to-right scan. A number core
 * (Arabic with separators and decimals, or Chinese numerals) is extended by small named rules: scale words,
 * currency before and after, percent, percentage points and basis points, counters, qualifiers, and a range
 * to a second quantity. Years, dates, stock codes, ordinals, model names and URLs are passed over.
 *
 * <p>Rule ids read {@code lang.dimension.shape}, e.g. {@code zh.money.number-scale-currency}.
 *
 * <p>This class scans and puts the rules in their order; the rules stand in this package: {@link NumberReader}
 * reads the number, {@link NonQuantities} passes over what is no quantity, {@link UnitAttachment} attaches currency,
 * scale, unit and counter (into a {@link QuantityDraft}), {@link QuantityRanges} reads a range, {@link FigureContext}
 * the qualifier and verb around a figure, {@link PercentBands} a percentage said as a band of words.
 */
public final class QuantityRecognizer {
    private static final QuantityRecognizer STANDARD = new QuantityRecognizer(QuantityLexicon.get());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NonQuantities nonQuantities;
    private final UnitAttachment units;
    private final QuantityRanges ranges;
    private final FigureContext context;

    private QuantityRecognizer(QuantityLexicon lex) {
        this.nonQuantities = new NonQuantities(lex);
        this.units = new UnitAttachment(lex);
        this.ranges = new QuantityRanges(lex);
        this.context = new FigureContext(lex);
    }

    public static QuantityRecognizer standard() {
        return STANDARD;
    }

    /** Quantities in the normalized text, spans in normalized coordinates, sorted by position. */
    public List<Quantity> recognize(NormalizedText text) {
        return recognize(text.text());
    }

    /** Quantities in a string, spans into it. */
    public List<Quantity> recognize(String s) {
        List<Quantity> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == 'h' && s.startsWith("http", i)) {
                i = skipUrl(s, i);
                continue;
            }
            if ((c == 'l' || c == 'm' || c == 'h' || c == 'L' || c == 'M' || c == 'H') && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                Quantity band = PercentBands.read(s, i);
                if (band != null) band = context.withVerb(s, band);
                if (band != null) {
                    out.add(band);
                    i = band.span().end();
                    continue;
                }
            }
            boolean start = Chars.isDigit(c) || ChineseNumerals.isNumeralStart(c)
                    || (c == '百' && s.startsWith("百分之", i));
            if (!start) {
                i++;
                continue;
            }
            int[] skipTo = {i + 1};
            Quantity q = null;
            try {
                q = parse(s, i, skipTo, true);
            } catch (RuntimeException e) {
                // lenient with text: a number we cannot read is passed over
                q = null;
            }
            if (q != null) {
                out.add(q);
                i = Math.max(q.span().end(), i + 1);
            } else {
                i = Math.max(skipTo[0], i + 1);
            }
        }
        return SharedUnitLists.apply(s, out, q -> NumberReader.written(s, q));
    }

    private static int skipUrl(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (Character.isWhitespace(c) || c == ')' || c == '"' || c == '>' || Chars.isHan(c) || Chars.isCjkPunct(c)) break;
            j++;
        }
        return j;
    }

    /**
     * Parses a quantity whose number starts at {@code i}. Returns null when there is none; then
     * {@code skipTo[0]} says where scanning resumes (past a year, a code, a model name). Without
     * {@code allowRange} (the second figure of a range) no range and no minus sign is read.
     */
    Quantity parse(String s, int i, int[] skipTo, boolean allowRange) {
        boolean baifenzhi = s.startsWith("百分之", i);
        int numStart = baifenzhi ? i + 3 : i;
        if (numStart >= s.length()) return null;
        NumberReader.Core core = NumberReader.read(s, numStart, skipTo);
        if (core == null) return null;
        if (baifenzhi) return baifenzhi(s, i, core);
        if (nonQuantities.passOver(s, core, skipTo)) return null;
        QuantityDraft d = units.prefixed(s, core, skipTo);
        if (d == null) return null;
        units.scale(d);
        if (!units.unit(d)) return null;
        if (allowRange && d.high == null) {
            Quantity range = ranges.read(d, this);
            if (range != null) return context.withPrefixQualifier(s, range, d.qualifier);
        }
        return close(d, allowRange);
    }

    /** Rule {@code zh.percent.baifenzhi}: 百分之十五 is 15%. */
    private static Quantity baifenzhi(String s, int i, NumberReader.Core core) {
        BigDecimal v = core.value().divide(HUNDRED);
        Range r = core.high() != null ? new Range(v, core.high().divide(HUNDRED)) : null;
        return QuantityDraft.finish(s, i, core.end(), r == null ? v : null, Unit.RATIO, r,
                new Precision(core.exponent() - 2, core.decimals()), core.approximate(), "zh.percent.baifenzhi", null);
    }

    /** The quantity of a draft read to its end: a vague figure's band, or a value with its sign; then the words around it. */
    private Quantity close(QuantityDraft d, boolean allowRange) {
        if (d.high != null) { // 十几: a vague figure, read as a band
            Range r = new Range(d.value, d.high);
            Quantity q = QuantityDraft.finish(d.s, d.qStart, d.j, null, d.unit, r, d.precision, true, d.rule(), null);
            return context.withPrefixQualifier(d.s, q, d.qualifier);
        }
        if (allowRange) minusSign(d);
        if (d.accountingNegative) {
            d.value = d.value.negate();
            d.shape.insert(0, "parenthesized-");
        }
        Quantity q = QuantityDraft.finish(d.s, d.qStart, d.j, d.value, d.unit, null, d.precision, d.core.approximate(), d.rule(), null);
        return context.withPrefixQualifier(d.s, q, d.qualifier);
    }

    /**
     * A minus sign right before the number: 负2.3亿元, 营业利润-1.42亿元 (a hyphen after a digit or a Latin letter is a
     * range or a code, handled before; so is one after a percent sign).
     */
    private static void minusSign(QuantityDraft d) {
        String s = d.s;
        int at = d.numStart;
        if (d.qStart != at || at < 1) return;
        char m = s.charAt(at - 1);
        boolean minus = m == '负' || (m == '-' || m == '−')
                && (at < 2 || !(Character.isLetterOrDigit(s.charAt(at - 2)) && !Chars.isHan(s.charAt(at - 2))) && s.charAt(at - 2) != '%');
        if (minus) {
            d.qStart = at - 1;
            d.value = d.value.negate();
            d.shape.insert(0, "minus-");
        }
    }
}
