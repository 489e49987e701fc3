package io.finlens.check;

import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Precision;
import io.finlens.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes figures in the document's own units, so a check reads like the text: {@code 429 + 166 + 326 = 921
 * (亿元)}, not base units. Each stated figure keeps the decimals it was stated with.
 */
final class Units {
    static final String MINUS = "\u2212";
    private static final Map<Integer, String> ZH_SCALES = Map.of(4, "万", 8, "亿", 12, "万亿");
    private static final Map<Integer, String> EN_SCALES = Map.of(3, "thousand", 6, "million", 9, "billion", 12, "trillion");
    private static final Map<String, String> ZH_CURRENCIES = Map.of("CNY", "元", "USD", "美元", "HKD", "港元", "EUR", "欧元",
            "JPY", "日元", "GBP", "英镑");

    private final boolean zh;

    Units(boolean zh) {
        this.zh = zh;
    }

    /** The power of ten a figure was stated in (8 for 亿), or 0 when the document has no word for it. */
    int scaleOf(Fact f) {
        if (f.precision() == null || f.unit().dimension() == Dimension.RATIO) return 0;
        int e = f.precision().scaleExponent();
        return (zh ? ZH_SCALES : EN_SCALES).containsKey(e) ? e : 0;
    }

    /** The coarsest scale among figures that share one, so 921亿 and 10.936亿 are both written in 亿. */
    int scaleOf(List<Fact> facts) {
        int best = 0;
        for (Fact f : facts) best = Math.max(best, scaleOf(f));
        return best;
    }

    /** The unit words in parentheses after an arithmetic line: {@code 亿元}, {@code 万}, {@code billion USD}. */
    String label(Unit unit, int scale) {
        String s = scale == 0 ? "" : (zh ? ZH_SCALES : EN_SCALES).get(scale);
        if (unit.dimension() == Dimension.MONEY) {
            if (zh) return s + ZH_CURRENCIES.getOrDefault(unit.currency(), unit.currency());
            return s.isEmpty() ? unit.currency() : s + " " + unit.currency();
        }
        if (unit.dimension() == Dimension.RATIO) return "%";
        return s;
    }

    /** {@code " (亿元)"}, or nothing when there is no unit word. */
    String suffix(Unit unit, int scale) {
        String l = label(unit, scale);
        return l.isEmpty() ? "" : " (" + l + ")";
    }

    /** How many decimals a stated figure has when written in {@code scale}: 10.936亿 in 亿 has 3. */
    static int decimals(Fact f, int scale) {
        Precision p = f.precision();
        if (p != null) return Math.max(0, scale - (p.scaleExponent() - p.decimals()));
        if (f.value() == null) return 0;
        return Math.max(0, f.value().movePointLeft(scale).stripTrailingZeros().scale());
    }

    /** A stated figure written as stated, in {@code scale}. */
    static String stated(Fact f, int scale) {
        if (f.unit().dimension() == Dimension.RATIO) return percent(f.value(), percentDecimals(f));
        return number(f.value(), scale, decimals(f, scale));
    }

    /** {@code value} in {@code scale}, rounded half-even to {@code decimals}, with a true minus sign. */
    static String number(BigDecimal value, int scale, int decimals) {
        BigDecimal v = value.movePointLeft(scale).setScale(decimals, RoundingMode.HALF_EVEN);
        String s = v.abs().toPlainString();
        return v.signum() < 0 ? MINUS + s : s;
    }

    /** A fraction as a percentage: 0.196 → {@code 19.6%}. */
    static String percent(BigDecimal fraction, int decimals) {
        return number(fraction, -2, decimals) + "%";
    }

    /** The decimals of a ratio stated as a percentage: 19.6% has 1. */
    static int percentDecimals(Fact f) {
        Precision p = f.precision();
        if (p != null) return Math.max(0, -2 - (p.scaleExponent() - p.decimals()));
        return f.value() == null ? 0 : Math.max(0, f.value().movePointRight(2).stripTrailingZeros().scale());
    }

    /** The decimals a relative change was stated with as a percentage: 0.124 (12.4%) has 1. */
    static int changeDecimals(BigDecimal fraction) {
        return Math.max(0, fraction.movePointRight(2).stripTrailingZeros().scale());
    }

    /** Half a unit in the last place of a change stated as a percentage, as a fraction: 13% → 0.005. */
    static BigDecimal changeHalfUnit(BigDecimal fraction) {
        return BigDecimal.ONE.scaleByPowerOfTen(-2 - changeDecimals(fraction)).divide(BigDecimal.valueOf(2));
    }

    /** A relative change as the text would write it: {@code +13%}, {@code −5.2%}. */
    static String change(BigDecimal fraction, int decimals) {
        String p = percent(fraction, decimals);
        return fraction.signum() > 0 ? "+" + p : p;
    }

    /** A stated figure with its own unit words, as the text writes it: {@code 1.214亿}, {@code 11530万}, {@code 19.6%}. */
    String full(Fact f) {
        String q = f.qualifier() == null ? "" : switch (f.qualifier()) {
            case ABOUT -> zh ? "约" : "about ";
            case OVER -> zh ? "超" : "over ";
            case UNDER -> zh ? "不足" : "under ";
        };
        return q + bare(f);
    }

    /** A stated figure with its unit words and without its qualifier: {@code 30亿美元}. */
    String bare(Fact f) {
        if (f.unit().dimension() == Dimension.RATIO) return stated(f, 0);
        int scale = scaleOf(f);
        String l = label(f.unit(), scale);
        String n = stated(f, scale);
        if (l.isEmpty()) return n;
        return zh ? n + l : n + " " + l;
    }

    /** A computed amount in {@code scale} with the unit words: {@code 630万}, {@code 11亿元}. */
    String amount(BigDecimal value, Unit unit, int scale, int decimals) {
        String n = number(value, scale, decimals);
        String l = label(unit, scale);
        if (l.isEmpty()) return n;
        return zh ? n + l : n + " " + l;
    }

    /** A tolerance or difference in {@code scale}, with as many decimals as it needs (at most 6). */
    static String plain(BigDecimal value, int scale) {
        BigDecimal v = value.movePointLeft(scale);
        if (v.scale() > 6) v = v.setScale(6, RoundingMode.HALF_EVEN);
        v = v.stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        String s = v.abs().toPlainString();
        return v.signum() < 0 ? MINUS + s : s;
    }

    /** A term of a sum after the first: {@code + 166} or {@code − 4.80}. */
    static String signedTerm(String written) {
        return written.startsWith(MINUS) ? " " + MINUS + " " + written.substring(1) : " + " + written;
    }
}
