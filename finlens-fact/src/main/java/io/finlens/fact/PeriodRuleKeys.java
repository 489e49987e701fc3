package io.finlens.fact;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the period rules ({@link PeriodMentions}) hinge on: the key characters or word a rule cannot match without (a
 * window is searched only around them), and the characters every match of a rule starts with: the rule is then tried only where
 * one of them stands instead of at every position of its window. A rule not named here is tried everywhere. Both cases
 * of a case-blind rule's first letters are listed; {@code PeriodRuleKeysTest} checks on the project's texts that no
 * match starts elsewhere.
 */
final class PeriodRuleKeys {
    private PeriodRuleKeys() {
    }

    static Map<String, BitSet> of(Collection<String> ruleIds) {
        Map<String, String> k = new TreeMap<>();
        String year = "12"; // (19|20)\d\d
        k.put("zh.period.months-ended", "截"); // 截至…止
        for (String id : List.of("zh.period.date", "zh.period.month-end", "zh.period.fiscal-year-span", "zh.period.calendar-quarter",
                "zh.period.fiscal-quarter", "zh.period.year-quarter", "en.period.year-q", "zh.period.year-half", "zh.period.year-nine-months",
                "zh.period.year-same-period", "zh.period.year-months-to-date", "zh.period.year-month", "zh.period.fiscal-year")) k.put(id, year);
        k.put("en.period.q-year", "Q");
        k.put("zh.period.mid-year", "当今去中年");
        k.put("zh.period.nine-months", "前");
        k.put("zh.period.first-months", "今本前");
        k.put("zh.period.fiscal-quarter-no-year", "财第一二三四1234");
        k.put("zh.period.quarter", "第一二三四1234");
        k.put("zh.period.half", "上下");
        k.put("zh.period.month-quarter", "1369");
        k.put("zh.period.month-end-no-year", "0123456789");
        k.put("zh.period.date-no-year", "0123456789");
        k.put("zh.period.month-no-year", "123456789");
        k.put("zh.period.full-year", "全年今");
        k.put("zh.period.last-year", "去上");
        k.put("en.period.fiscal-year-quarter", "fF");
        k.put("en.period.ordinal-quarter-fy", "fstFST1234");
        k.put("en.period.ordinal-quarter", "fstFST1234");
        k.put("en.period.quarter-number", "qQ");
        k.put("en.period.q-fy", "Q");
        k.put("en.period.q-alone", "Q");
        k.put("en.period.fy", "F");
        k.put("en.period.fiscal-year", "fF");
        k.put("en.period.as-of", "aoAO");
        k.put("en.period.months-ended", "tsnTSN");
        k.put("en.period.months-ended-dmy", "tsnTSN");
        k.put("en.period.month-quarter", "MJSD");
        k.put("en.period.year-ended", "yY");
        k.put("en.period.nine-months", "fnFN");
        k.put("en.period.half", "fsFS");
        k.put("en.period.full-year", "ftFT");
        k.put("en.period.year-to-date", "yY");
        k.put("en.period.next-year", "nN");
        k.put("en.period.year", "ifodtIFODT");
        Map<String, BitSet> out = new TreeMap<>();
        for (var e : k.entrySet()) {
            if (!ruleIds.contains(e.getKey())) throw new IllegalStateException("keys for no period rule: " + e.getKey());
            BitSet b = new BitSet();
            for (char c : e.getValue().toCharArray()) b.set(c);
            out.put(e.getKey(), b);
        }
        return out;
    }

    /** The characters Chinese period rules hinge on, one bit each. */
    private static final String KEY_CHARS = "季月年半中同";

    private static int bit(char c) {
        return 1 << KEY_CHARS.indexOf(c);
    }

    /** Which key characters a rule needs, any of them; 0 when it needs none of these. */
    static int needs(String id) {
        return switch (id) {
            case "zh.period.date", "zh.period.months-ended", "zh.period.year-month", "zh.period.month-end", "zh.period.date-no-year", "zh.period.month-quarter",
                 "zh.period.month-end-no-year", "zh.period.month-no-year", "zh.period.year-months-to-date", "zh.period.first-months" -> bit('月');
            case "zh.period.fiscal-quarter", "zh.period.year-quarter", "zh.period.quarter", "zh.period.nine-months",
                 "zh.period.year-nine-months", "zh.period.calendar-quarter", "zh.period.fiscal-quarter-no-year" -> bit('季');
            case "zh.period.fiscal-year-span" -> bit('年');
            case "zh.period.year-half" -> bit('半') | bit('中');
            case "zh.period.half" -> bit('半');
            case "zh.period.mid-year" -> bit('中');
            case "zh.period.year-same-period" -> bit('同');
            case "zh.period.fiscal-year", "zh.period.full-year", "zh.period.last-year" -> bit('年');
            default -> 0;
        };
    }

    /** A word an English rule cannot match without, lower case; null when it has none. */
    static String enNeeds(String id) {
        return switch (id) {
            case "en.period.fiscal-year-quarter", "en.period.fiscal-year" -> "fiscal";
            case "en.period.ordinal-quarter", "en.period.ordinal-quarter-fy", "en.period.quarter-number", "en.period.month-quarter" -> "quarter";
            case "en.period.q-alone", "en.period.q-year", "en.period.year-q", "en.period.q-fy" -> "q";
            case "en.period.fy" -> "fy";
            case "en.period.full-year", "en.period.next-year", "en.period.year-to-date" -> "year";
            case "en.period.months-ended", "en.period.months-ended-dmy" -> "months ended";
            case "en.period.year-ended" -> "year ended";
            case "en.period.nine-months" -> "nine";
            case "en.period.half" -> "half";
            default -> null;
        };
    }

    /** The next position in {@code [from, to)} of a rule's key: its word (English) or one of its key characters, or -1. */
    static int nextKey(String s, int from, int to, boolean english, int needs, String enNeeds) {
        if (english) {
            char first = enNeeds.charAt(0); // a lower-case letter: its upper case is the one other char that matches it
            for (int i = from; i + enNeeds.length() <= to; i++) {
                if ((s.charAt(i) | 0x20) == first && s.regionMatches(true, i, enNeeds, 0, enNeeds.length())) return i;
            }
            return -1;
        }
        for (int i = from; i < to; i++) {
            int at = KEY_CHARS.indexOf(s.charAt(i));
            if (at >= 0 && (needs & (1 << at)) != 0) return i;
        }
        return -1;
    }

    /** The bit of {@code c} among the key characters, 0 when it is none of them. */
    static int bitOf(char c) {
        int at = KEY_CHARS.indexOf(c);
        return at >= 0 ? 1 << at : 0;
    }
}
