package io.finlens.quantity;

import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.WordList;

/**
 * Reads the words that make a number a quantity, from the lexicon: a currency named before the number (US$, RMB,
 * 人民币, an accounting negative {@code $(12.3)}), a scale word after it (万, 亿, million, bn, also wrapped to the next
 * line), then a percent, points, basis points or a multiple, or else a currency after it (元, 美元, yuan; 45港仙;
 * 19.15分 after a currency named before) or a counter (家, 个, stores). Each step leaves what it read in the
 * {@link QuantityDraft}.
 */
final class UnitAttachment {
    private final QuantityLexicon lex;

    UnitAttachment(QuantityLexicon lex) {
        this.lex = lex;
    }

    /**
     * The draft of the quantity whose number is {@code core}, with a currency named before it; null (and
     * {@code skipTo[0]} set) when the number is glued to a name, a code or 第.
     */
    QuantityDraft prefixed(String s, NumberReader.Core core, int[] skipTo) {
        int n = s.length();
        int numStart = core.start();
        QuantityDraft d = new QuantityDraft(s, core, skipTo);
        WordList.Match<String> pre = lex.currencyPrefix.before(s, numStart);
        if (pre == null && numStart >= 2 && s.charAt(numStart - 1) == ' ') pre = lex.currencyPrefix.before(s, numStart - 1);
        if (pre == null && numStart >= 2 && s.charAt(numStart - 1) == '(' && d.j < n && s.charAt(d.j) == ')') {
            // $(12.3) million: an accounting negative
            pre = lex.currencyPrefix.before(s, numStart - 1);
            if (pre != null) {
                d.accountingNegative = true;
                d.j++;
            }
        }
        if (pre != null) {
            d.pre = pre;
            d.currency = pre.value();
            d.qStart = pre.start();
        }
        if (NonQuantities.glued(s, core, pre != null, d.j, skipTo)) return null;
        d.shape = new StringBuilder(d.currency != null ? "currency-number" : "number");
        return d;
    }

    /** A scale word after the number (万, 亿, 万亿, million, bn), with 多 or 余 before it (1000多亿) or after it (1.2万余人). */
    void scale(QuantityDraft d) {
        String s = d.s;
        int n = s.length();
        if (d.j < n && (s.charAt(d.j) == '多' || s.charAt(d.j) == '余') && lex.scales.at(s, d.j + 1) != null && !d.core.chinese()) {
            d.qualifier = Qualifier.OVER;
            d.j++;
        }
        // a second scale word: 1.2万亿 is in the lexicon; 3千万 too; 5百万 too
        d.scale = scaleAt(s, d.j);
        if (d.scale == null) return;
        d.j = d.scale.end();
        d.shape.append("-scale");
        if (Chars.isHan(d.scale.word().charAt(0))) d.lang = "zh";
        if (d.j < n && (s.charAt(d.j) == '余' || s.charAt(d.j) == '多')) {
            d.qualifier = Qualifier.OVER;
            d.j++;
        }
    }

    /**
     * The unit: a percent, points, basis points or a multiple right after a bare number; else the scale applied, and a
     * currency or a counter. False (and {@code skipTo[0]} set) when the number is a word, not a figure.
     */
    boolean unit(QuantityDraft d) {
        WordList.Match<QuantityLexicon.UnitKind> u = unitAt(d.s, d.j);
        if (u != null && d.currency == null && d.scale == null) {
            ratio(d, u);
            return true;
        }
        int exponent = d.scale == null ? 0 : d.scale.value();
        d.scaleBy(exponent);
        d.precision = new Precision(exponent + d.core.exponent(), d.core.decimals());
        currencyAfter(d);
        if (d.currency != null) {
            d.unit = Unit.money(d.currency);
            d.kind = "money";
            return true;
        }
        return counted(d);
    }

    /** Percent and basis points as ratios of one; points and a multiple (4.9x debt to adjusted EBITDA) as stated. */
    private static void ratio(QuantityDraft d, WordList.Match<QuantityLexicon.UnitKind> u) {
        NumberReader.Core core = d.core;
        d.j = u.end();
        switch (u.value()) {
            case PERCENT -> {
                d.hundredths();
                d.unit = Unit.RATIO;
                d.kind = "percent";
                d.precision = new Precision(core.exponent() - 2, core.decimals());
            }
            case POINTS -> {
                d.unit = Unit.POINTS;
                d.kind = "points";
                d.precision = new Precision(core.exponent(), core.decimals());
            }
            case MULTIPLE -> {
                d.unit = Unit.RATIO;
                d.kind = "multiple";
                d.precision = new Precision(core.exponent(), core.decimals());
            }
            default -> {
                d.hundredths();
                d.unit = Unit.POINTS;
                d.kind = "bps";
                d.precision = new Precision(core.exponent() - 2, core.decimals());
            }
        }
        if (Chars.isHan(u.word().charAt(0))) d.lang = "zh";
        d.shape.append("-").append(d.kind);
    }

    /** A currency after the number: 元, 美元, yuan (45港仙 is HK$0.45); else cents after a currency named before. */
    private void currencyAfter(QuantityDraft d) {
        WordList.Match<String> suf = currencySuffixAt(d.s, d.j);
        if (suf == null) {
            if (d.currency != null && d.scale == null) cents(d);
            return;
        }
        if (d.currency == null || d.currency.equals(suf.value()) || d.pre.word().equals("$")) d.currency = suf.value();
        d.j = suf.end();
        Integer fraction = lex.currencyExponent.get(suf.word());
        if (fraction != null) d.shift(fraction);
        d.shape.append("-currency");
        if (Chars.isHan(suf.word().charAt(0))) d.lang = "zh";
    }

    /** Rule cents-after-prefix: 人民币19.15分 is RMB 0.1915 (分 after a currency named before the number; not 分之, 分钟). */
    private static void cents(QuantityDraft d) {
        String s = d.s;
        int n = s.length();
        int k = d.j;
        while (k < n && s.charAt(k) == ' ') k++;
        if (k < n && s.charAt(k) == '分' && (k + 1 >= n || "之钟鐘数數值比点點".indexOf(s.charAt(k + 1)) < 0)) {
            d.shift(-2);
            d.j = k + 1;
            d.shape.append("-cents");
            d.lang = "zh";
        }
    }

    /** A counter after the number (家, 个, stores), else a bare number, unless the number is a word. */
    private boolean counted(QuantityDraft d) {
        WordList.Match<String> cu = countUnitAt(d.s, d.j);
        if (cu != null) {
            d.j = cu.end();
            d.unit = Unit.COUNT;
            d.kind = "count";
            d.shape.append("-counter");
            if (Chars.isHan(cu.word().charAt(0))) d.lang = "zh";
            return true;
        }
        d.unit = Unit.NUMBER;
        d.kind = "number";
        if (d.scale == null && NonQuantities.bareWord(d.s, d.core)) {
            d.skipTo[0] = d.j;
            return false;
        }
        return true;
    }

    private WordList.Match<Integer> scaleAt(String s, int j) {
        WordList.Match<Integer> m = lex.scales.at(s, j);
        if (m != null) {
            // single-letter English scales only right after the number: 5m, 3.2bn ($5 m is rare and ambiguous)
            return m;
        }
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.scales.at(s, j + 1);
            if (m != null && m.word().length() >= 2) return m;
        }
        return wrappedScaleAt(s, j);
    }

    /**
     * en.scale.line-wrapped: "dividends of $5.1⏎         billion": a released PDF's line wraps between a number and its
     * scale word; a whole English scale word (million, billion, thousand) after one line break and its indent (or a
     * blank line, when the word is in lower case).
     */
    private WordList.Match<Integer> wrappedScaleAt(String s, int j) {
        int k = j, breaks = 0;
        while (k < s.length() && k - j <= 24 && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r' || s.charAt(k) == '\n')) {
            if (s.charAt(k) == '\n') breaks++;
            k++;
        }
        if (breaks < 1 || breaks > 2 || k - j > 24) return null;
        WordList.Match<Integer> m = lex.scales.at(s, k);
        if (m == null || m.word().length() < 7 || !Chars.isLatin(m.word().charAt(0))) return null;
        // (a blank line between, as a PDF's reader may leave: only where the scale word starts its line in lower case,
        // as no paragraph does)
        if (breaks == 2 && !Character.isLowerCase(s.charAt(k))) return null;
        return m.end() < s.length() && Character.isLetter(s.charAt(m.end())) ? null : m;
    }

    private WordList.Match<QuantityLexicon.UnitKind> unitAt(String s, int j) {
        WordList.Match<QuantityLexicon.UnitKind> m = lex.units.at(s, j);
        if (m != null) return m;
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.units.at(s, j + 1);
            if (m != null && Chars.isLatin(m.word().charAt(0)) && m.word().length() > 2) return m;
        }
        return null;
    }

    private WordList.Match<String> currencySuffixAt(String s, int j) {
        WordList.Match<String> m = lex.currencySuffix.at(s, j);
        if (m != null && Chars.isLatin(m.word().charAt(0))) return null; // English words need a space
        if (m != null) return m;
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.currencySuffix.at(s, j + 1);
            if (m != null && Chars.isLatin(m.word().charAt(0))) return m;
        }
        return null;
    }

    private WordList.Match<String> countUnitAt(String s, int j) {
        WordList.Match<String> m = lex.countUnits.at(s, j);
        if (m != null && Chars.isLatin(m.word().charAt(0))) m = null;
        if (m != null) {
            // 个 only as a counter of things, not 个百分点 (handled as a unit) or 个月 (a duration)
            if (m.word().equals("个") && j + 1 < s.length() && "月季问方小工交".indexOf(s.charAt(j + 1)) >= 0) return null;
            if (m.word().equals("股") && j + 1 < s.length() && "价东份本权息票市".indexOf(s.charAt(j + 1)) >= 0) return null;
            if (m.word().equals("家") && j + 1 < s.length() && s.charAt(j + 1) == '庭') return null;
            return m;
        }
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.countUnits.at(s, j + 1);
            if (m != null && Chars.isLatin(m.word().charAt(0))) return m;
        }
        return null;
    }
}
