package io.finlens.quantity;

import java.math.BigDecimal;

/** Chinese numerals: 一千八百亿, 两万, 十几 (vague: read as a band), 二零二三 (digit by digit). */
final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** A parsed numeral: its value (the low end when vague), the high end when vague, and its precision exponent. */
    record Value(BigDecimal low, BigDecimal high, int exponent) {
    }

    static boolean isNumeralStart(char c) {
        return digit(c) >= 0 || c == '十';
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿' || c == '几';
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static Value parse(String run) {
        if (run.isEmpty()) return null;
        if (run.indexOf('几') >= 0) {
            BigDecimal lo = exact(run.replace('几', '一'));
            BigDecimal hi = exact(run.replace('几', '九'));
            if (lo == null || hi == null) return null;
            return new Value(lo, hi, exponentOf(lo));
        }
        BigDecimal v = exact(run);
        return v == null ? null : new Value(v, null, exponentOf(v));
    }

    private static int exponentOf(BigDecimal v) {
        if (v.signum() == 0) return 0;
        BigDecimal s = v.stripTrailingZeros();
        return -s.scale();
    }

    /** The exact value, or null when the run is not a well-formed numeral. */
    static BigDecimal exact(String run) {
        boolean hasUnit = false;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c == '十' || c == '百' || c == '千' || c == '万' || c == '亿') hasUnit = true;
        }
        if (!hasUnit) { // 二零二三: digit by digit
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < run.length(); k++) {
                int d = digit(run.charAt(k));
                if (d < 0) return null;
                b.append(d);
            }
            return new BigDecimal(b.toString());
        }
        BigDecimal total = BigDecimal.ZERO;   // above 亿
        BigDecimal wan = BigDecimal.ZERO;     // the 万 section
        long section = 0;                     // below 万
        long number = -1;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            switch (c) {
                case '十', '百', '千' -> {
                    long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (number < 0 ? 1 : number) * unit;
                    number = -1;
                }
                case '万' -> {
                    long sec = section + Math.max(number, 0);
                    if (sec == 0 && number < 0) sec = 1;
                    wan = wan.add(BigDecimal.valueOf(sec)).multiply(BigDecimal.valueOf(10_000));
                    section = 0;
                    number = -1;
                }
                case '亿' -> {
                    long sec = section + Math.max(number, 0);
                    BigDecimal part = wan.add(BigDecimal.valueOf(sec));
                    if (part.signum() == 0) part = BigDecimal.ONE;
                    total = total.add(part).multiply(BigDecimal.valueOf(100_000_000));
                    wan = BigDecimal.ZERO;
                    section = 0;
                    number = -1;
                }
                default -> {
                    return null;
                }
            }
        }
        return total.add(wan).add(BigDecimal.valueOf(section + Math.max(number, 0)));
    }
}
