package io.finlens.quantity;

import io.finlens.text.Regex;
import io.finlens.text.Chars;
import java.util.regex.Pattern;

/**
 * Numbers that are no quantity, passed over: years and dates (2025-03-31, 3/31, 2025年, 三月), clock times (10:30),
 * stock codes (00700, 601857.SH), form names (10-Q), numbers glued to letters (3D, 5G, 1Q25) or to a model name
 * (A6, H20), ordinals (第3), Chinese numerals that are words (一方面, 两成, a bare 三), and an English year or a
 * number after a month or a name (September 30, iPhone 15). Each says where scanning resumes.
 */
final class NonQuantities {
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:\\b(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October"
                    + "|Nov|November|Dec|December)\\.?|\\b[A-Za-z]*[a-z][A-Z][A-Za-z]*|\\b[A-Z][a-z]+|No\\.|#) $");

    private final QuantityLexicon lex;

    NonQuantities(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** True (and {@code skipTo[0]} set) when the number and what follows it are a date, a time, a code or a word. */
    boolean passOver(String s, NumberReader.Core core, int[] skipTo) {
        if (!core.chinese() && isDateOrCode(s, core, skipTo)) return true;
        int n = s.length();
        int j = core.end();
        if (core.chinese() && j < n && isChineseNonQuantityFollower(s, j)) {
            skipTo[0] = j;
            return true;
        }
        if (j < n && (s.charAt(j) == '年' || s.charAt(j) == '月' || s.charAt(j) == '日' || s.charAt(j) == '号'
                || (s.charAt(j) == '点' && !core.chinese())) && core.decimals() == 0) { // 11点上班: a time of day
            skipTo[0] = j + 1;
            return true;
        }
        return false;
    }

    /**
     * True (and {@code skipTo[0]} set) when the number is glued to what stands before it: a model name or code (A6, H20,
     * Q1, unless a currency was named before), a dotted or underscored name, an ordinal (第3, 第一). {@code j} is where
     * the quantity ends so far.
     */
    static boolean glued(String s, NumberReader.Core core, boolean prefixed, int j, int[] skipTo) {
        int at = core.start();
        if (!prefixed && at > 0 && Chars.isLatin(s.charAt(at - 1))) {
            skipTo[0] = skipAlnum(s, at);
            return true;
        }
        if (!core.chinese() && at > 0 && (s.charAt(at - 1) == '.' || s.charAt(at - 1) == '_')) {
            skipTo[0] = skipAlnum(s, at);
            return true;
        }
        if (at > 0 && s.charAt(at - 1) == '第') { // ordinal: 第3, 第一
            skipTo[0] = j;
            return true;
        }
        return false;
    }

    /**
     * Whether a number with no scale, unit or counter is a word rather than a figure: a bare Chinese numeral (一, 三;
     * not 十几, not one with 万, 亿, 千 or 百), an English year, or a number after a month or a name.
     */
    static boolean bareWord(String s, NumberReader.Core core) {
        if (core.chinese()) return !core.approximate() && !hasBigUnit(s, core);
        return isEnglishYear(core) || afterNameOrMonth(s, core.start());
    }

    static int skipAlnum(String s, int i) {
        int j = i;
        while (j < s.length() && (Chars.isDigit(s.charAt(j)) || Chars.isLatin(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-')) j++;
        return j;
    }

    private boolean isDateOrCode(String s, NumberReader.Core c, int[] skipTo) {
        int n = s.length();
        int j = c.end();
        String digits = s.substring(c.start(), c.end());
        boolean integer = c.decimals() == 0 && !c.separators();
        // ISO and slashed dates: 2025-03-31, 2025/3/31, 3/31
        if (integer && j + 1 < n && (s.charAt(j) == '-' || s.charAt(j) == '/') && Chars.isDigit(s.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && Chars.isDigit(s.charAt(k))) k++;
            boolean yearish = digits.length() == 4 && Regex.matches(digits, "(19|20)\\d\\d");
            if (yearish && k < n && (s.charAt(k) == '年' || s.charAt(k) == '-' || s.charAt(k) == '/')) {
                skipTo[0] = k + 1;
                return true;
            }
            if (s.charAt(j) == '/' && k - j - 1 <= 2 && digits.length() <= 2) {
                skipTo[0] = k;
                return true;
            }
        }
        // clock times 10:30
        if (integer && j + 1 < n && s.charAt(j) == ':' && Chars.isDigit(s.charAt(j + 1)) && digits.length() <= 2) {
            skipTo[0] = j + 3;
            return true;
        }
        // stock codes: 00700, 601857.SH, 0700.HK
        if (integer && digits.length() >= 4 && j + 2 < n && s.charAt(j) == '.' && Chars.isLatin(s.charAt(j + 1))) {
            skipTo[0] = skipAlnum(s, j);
            return true;
        }
        if (integer && digits.length() >= 5 && digits.charAt(0) == '0') {
            skipTo[0] = j;
            return true;
        }
        if (integer && digits.length() == 6 && (c.start() > 0 && (s.charAt(c.start() - 1) == '(' || s.charAt(c.start() - 1) == ':'))
                && lex.currencySuffix.at(s, j) == null && lex.scales.at(s, j) == null) {
            skipTo[0] = j;
            return true;
        }
        // 10-Q, 8-K: form names
        if (integer && j + 1 < n && s.charAt(j) == '-' && Chars.isLatin(s.charAt(j + 1))) {
            skipTo[0] = skipAlnum(s, j + 1);
            return true;
        }
        // a number glued to letters that are no unit: 3D, 5G, 1Q25, 20x
        if (j < n && Chars.isLatin(s.charAt(j)) && lex.scales.at(s, j) == null && lex.units.at(s, j) == null
                && lex.currencySuffix.at(s, j) == null) {
            skipTo[0] = skipAlnum(s, j);
            return true;
        }
        return false;
    }

    /** A bare number after a month (September 30) or a name (iPhone 15, Form 10, Windows 11) is part of it. */
    private static boolean afterNameOrMonth(String s, int numStart) {
        int from = Math.max(0, numStart - 12);
        return NAME_BEFORE.matcher(s.substring(from, numStart)).find();
    }

    private static boolean isEnglishYear(NumberReader.Core c) {
        if (c.decimals() != 0 || c.separators() || c.end() - c.start() != 4) return false;
        int v = c.value().intValue();
        return v >= 1950 && v <= 2100;
    }

    private static boolean isChineseNonQuantityFollower(String s, int j) {
        char f = s.charAt(j);
        if ("季年月日号周半成点些方项者则次倍层级线类种批轮期位名分".indexOf(f) >= 0) {
            // 一季度, 三年, 两成 (a tenth is vague), 一方面, 第二: words, not figures. 名 and 位 are counters only
            // after Arabic digits or large numerals; 二名 is rare in financial text
            return true;
        }
        return s.startsWith("个问题", j) || s.startsWith("个季度", j) || s.startsWith("个月", j) || s.startsWith("大", j);
    }

    private static boolean hasBigUnit(String s, NumberReader.Core c) {
        for (int k = c.start(); k < c.end(); k++) {
            char ch = s.charAt(k);
            if (ch == '万' || ch == '亿' || ch == '千' || ch == '百') return true;
        }
        return false;
    }
}
