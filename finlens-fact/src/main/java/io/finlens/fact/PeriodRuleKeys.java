package io.finlens.fact;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The characters every match of a period rule ({@link PeriodMentions}) starts with: the rule is then tried only where
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
}
