package io.finlens.quantity;

import io.finlens.model.Quantity;
import io.finlens.text.Chars;
import java.math.BigDecimal;

/**
 * Reads the number a quantity starts from: Arabic digits with thousands separators (a comma, or a space between
 * groups of three before a Chinese unit, as a PDF writes {@code 1 800亿元}) and decimals, or a run of Chinese numerals
 * ({@code 三千二百}, {@code 七点五}, a vague {@code 十几}). A version number (1.2.3) or a run of more than thirty
 * digits is none.
 */
final class NumberReader {
    private NumberReader() {
    }

    /** The number core: value as written, decimals, where it ends, and how it was written. */
    record Core(BigDecimal value, BigDecimal high, int start, int end, int decimals, int exponent, boolean chinese,
                boolean approximate, boolean separators) {
    }

    /** The number at {@code i}, or null (then {@code skipTo[0]} says where scanning resumes). */
    static Core read(String s, int i, int[] skipTo) {
        char c0 = s.charAt(i);
        if (Chars.isDigit(c0)) return arabic(s, i, skipTo);
        if (ChineseNumerals.isNumeralStart(c0)) return chinese(s, i, skipTo);
        return null;
    }

    /** The number as written in a quantity: its value before scale and unit (812.5 of 812.5亿元); 1 for a zero. */
    static BigDecimal written(String s, Quantity q) {
        int i = q.span().start();
        while (i < q.span().end() && !Chars.isDigit(s.charAt(i)) && !ChineseNumerals.isNumeralStart(s.charAt(i))) i++;
        int[] sk = {0};
        Core c = Chars.isDigit(s.charAt(i)) ? arabic(s, i, sk) : chinese(s, i, sk);
        if (c == null || c.value.signum() == 0) return BigDecimal.ONE;
        return c.value;
    }

    private static Core arabic(String s, int i, int[] skipTo) {
        int n = s.length();
        int j = i;
        StringBuilder num = new StringBuilder();
        boolean seps = false;
        while (j < n && Chars.isDigit(s.charAt(j))) num.append(s.charAt(j++));
        // thousands separators: a comma followed by exactly three digits
        while (j + 3 < n && s.charAt(j) == ',' && allDigits(s, j + 1, j + 4)
                && (j + 4 >= n || !Chars.isDigit(s.charAt(j + 4)))) {
            num.append(s, j + 1, j + 4);
            j += 4;
            seps = true;
        }
        if (j == n - 3 && s.charAt(j) == ',' && allDigits(s, j + 1, n)) {
            num.append(s, j + 1, n);
            j = n;
            seps = true;
        }
        if (!seps && num.length() <= 3 && (i == 0 || !Chars.isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.' && s.charAt(i - 1) != ',')) {
            int k = spacedGroupsEnd(s, j);
            for (int g = j; g < k; g += 4) num.append(s, g + 1, g + 4);
            if (k > j) {
                j = k;
                seps = true;
            }
        }
        int decimals = 0;
        if (j + 1 < n && s.charAt(j) == '.' && Chars.isDigit(s.charAt(j + 1))) {
            num.append('.');
            j++;
            while (j < n && Chars.isDigit(s.charAt(j))) {
                num.append(s.charAt(j++));
                decimals++;
            }
            if (j + 1 < n && s.charAt(j) == '.' && Chars.isDigit(s.charAt(j + 1))) { // 1.2.3: a version number
                skipTo[0] = NonQuantities.skipAlnum(s, j);
                return null;
            }
        }
        if (num.length() > 30) {
            skipTo[0] = j;
            return null;
        }
        return new Core(new BigDecimal(num.toString()), null, i, j, decimals, 0, false, false, seps);
    }

    /**
     * 1 800亿元: a space (or a thin or no-break space) between groups of three, as a PDF or a French style writes them;
     * only before a Chinese unit, where a space cannot end one figure and start the next. Where the groups after
     * {@code j} end, or {@code j} when there are none.
     */
    private static int spacedGroupsEnd(String s, int j) {
        int n = s.length();
        int k = j;
        while (k + 3 < n && " \u00a0\u2009\u202f".indexOf(s.charAt(k)) >= 0 && allDigits(s, k + 1, k + 4)
                && (k + 4 >= n || !Chars.isDigit(s.charAt(k + 4)))) {
            k += 4;
        }
        int after = k;
        if (after + 1 < n && s.charAt(after) == '.' && Chars.isDigit(s.charAt(after + 1))) {
            after++;
            while (after < n && Chars.isDigit(s.charAt(after))) after++;
        }
        return k > j && after < n && Chars.isHan(s.charAt(after)) ? k : j;
    }

    private static boolean allDigits(String s, int a, int b) {
        if (b > s.length()) return false;
        for (int k = a; k < b; k++) if (!Chars.isDigit(s.charAt(k))) return false;
        return true;
    }

    private static Core chinese(String s, int i, int[] skipTo) {
        int j = i;
        while (j < s.length() && ChineseNumerals.isNumeral(s.charAt(j))) j++;
        // a Chinese numeral must not swallow the scale word that a currency or counter follows: keep 万/亿 inside,
        // they are part of the numeral
        String run = s.substring(i, j);
        // 零 alone opens a word (零部件, 零售, 零食), never a figure
        ChineseNumerals.Value v = run.equals("零") || run.equals("〇") ? null : ChineseNumerals.parse(run);
        if (v == null) {
            skipTo[0] = j;
            return null;
        }
        // 七点五: digits after 点 are decimals
        if (j + 1 < s.length() && s.charAt(j) == '点' && ChineseNumerals.digit(s.charAt(j + 1)) >= 0 && v.high() == null) {
            StringBuilder frac = new StringBuilder();
            int k = j + 1;
            while (k < s.length() && ChineseNumerals.digit(s.charAt(k)) >= 0) frac.append(ChineseNumerals.digit(s.charAt(k++)));
            BigDecimal val = new BigDecimal(v.low().toPlainString() + "." + frac);
            return new Core(val, null, i, k, frac.length(), 0, true, false, false);
        }
        // 一 alone before 些, 个 and the like is a word; handled by the caller's follower check
        return new Core(v.low(), v.high(), i, j, 0, v.exponent(), true, v.high() != null, false);
    }
}
