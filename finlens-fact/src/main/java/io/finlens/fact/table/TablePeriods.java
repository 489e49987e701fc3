package io.finlens.fact.table;

import io.finlens.text.Regex;
import io.finlens.model.Period;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a table column is for, from its header cell and the super-header above it: 2025年第一季度,
 * 截至2025年3月31日止三個月, Three Months Ended September 30, 2024, Q3 2024, FY2024, 2025年上半年, a bare 2024 under
 * "Three months ended September 30," or a date (a balance sheet's instant). Null when the cell names no period.
 */
final class TablePeriods {
    private TablePeriods() {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("三", 3), Map.entry("六", 6), Map.entry("九", 9),
            Map.entry("十二", 12), Map.entry("3", 3), Map.entry("6", 6), Map.entry("9", 9), Map.entry("12", 12),
            Map.entry("three", 3), Map.entry("six", 6), Map.entry("nine", 9), Map.entry("twelve", 12));
    private static final String QN = "[一二三四1-4]";

    private static final Pattern ZH_ENDED = Pattern.compile("截至(\\d{4})年(\\d{1,2})月(\\d{1,2})日止(三|六|九|十二|3|6|9|12)[個个]月");
    private static final Pattern ZH_YEAR_ENDED = Pattern.compile("截至(\\d{4})年(\\d{1,2})月(\\d{1,2})日止(?:年度|财政年度|財政年度)");
    private static final Pattern ZH_YEAR_ENDED_NO_YEAR = Pattern.compile("截至(\\d{1,2})月(\\d{1,2})日止(?:年度|财政年度|財政年度)");
    /** A currency and scale after a column's year ("2025年 人民币 千元", "2024 RMB'000"): the column's unit, not its period. */
    private static final Pattern UNIT_TAIL = Pattern.compile(
            "(?i)(?<=\\d|年)\\s*\\(?\\s*(?:人民币|人民幣|港元|港币|港幣|美元|rmb|hk\\$|us\\$)\\s*(?:千元|百万元|百萬元|万元|萬元|亿元|億元|元|'000|’000)?\\s*\\)?$");
    private static final Pattern ZH_ENDED_NO_YEAR = Pattern.compile("截至(\\d{1,2})月(\\d{1,2})日止(三|六|九|十二|3|6|9|12)[個个]月");
    private static final Pattern ZH_QUARTER = Pattern.compile("(\\d{4})\\s*年?\\s*(?:第\\s*)?(" + QN + ")\\s*季度");
    private static final Pattern ZH_HALF = Pattern.compile("(\\d{4})\\s*年\\s*(上半年|中期|下半年)");
    private static final Pattern ZH_NINE = Pattern.compile("(\\d{4})\\s*年\\s*前三季度");
    private static final Pattern ZH_YEAR = Pattern.compile("(\\d{4})\\s*(?:年度|年全年|财年|財年|全年)");
    private static final Pattern ZH_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern EN_ENDED = Pattern.compile(
            "(?i)(three|six|nine|twelve|3|6|9|12)[- ]months?\\s+ended\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:,?\\s*(\\d{4}))?");
    private static final Pattern EN_YEAR_ENDED = Pattern.compile(
            "(?i)(?:fiscal\\s+)?years?\\s+ended\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:,?\\s*(\\d{4}))?");
    private static final Pattern EN_Q = Pattern.compile("(?i)(?:^|\\b)(?:(fy)\\s*)?q([1-4])\\s*(?:fy)?\\s*'?(\\d{4}|\\d{2})\\b|\\b(\\d{4})\\s*q([1-4])\\b|\\b([1-4])q\\s*'?(\\d{2}|\\d{4})\\b");
    private static final Pattern EN_ORDINAL_Q = Pattern.compile("(?i)\\b(first|second|third|fourth)\\s+quarter\\s+(?:of\\s+)?(?:(fiscal)\\s+)?(\\d{4})");
    private static final Pattern EN_FY = Pattern.compile("(?i)\\b(?:fy|fiscal(?:\\s+year)?|full[- ]year)\\s*'?(\\d{4}|\\d{2})\\b");
    private static final Pattern EN_HALF = Pattern.compile("(?i)\\b(?:h([12])\\s*'?(\\d{4}|\\d{2})|([12])h\\s*'?(\\d{2}|\\d{4}))\\b");
    private static final Pattern EN_DATE = Pattern.compile("(?i)\\b([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s*(\\d{4})\\b");
    private static final Pattern EN_WEEKS_ENDED = Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s+weeks?\\s+ended\\s+(?:([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s*(?:(\\d{4}))?|(\\d{1,2})/(\\d{1,2})/(\\d{4}))");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:fy\\s*)?(\\d{4})\\s*年?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "(?i)month|week|quarter|year|ended|ending|fiscal|\\bq[1-4]\\b|\\bfy|\\bh[12]\\b|\\d{4}|as of|季度|年|月|期");

    /** Whether a super-header cell speaks of a period at all (not a stray mark or a footnote number). */
    static boolean periodWords(String cell) {
        return PERIOD_WORDS.matcher(cell).find();
    }

    /** The period of a header cell, with the text above it (a super-header) as context, or null. */
    static Period of(String cell, String above) {
        return of(cell, above, null, FiscalCalendar.CALENDAR);
    }

    /**
     * As {@link #of(String, String)}; a bare year with nothing above it is the document's period ({@code doc}, when it is
     * a quarter, half or nine months of that year) or the same period a year earlier, else the full year.
     */
    static Period of(String cell, String above, Period doc, FiscalCalendar cal) {
        String c = UNIT_TAIL.matcher(clean(cell)).replaceFirst("");
        if (c.isEmpty()) return null;
        String ctx = above == null ? "" : clean(above);
        Period span = spanOverDate(c, ctx, cal);
        if (span != null) return span;
        Period p = explicit(c, cal);
        if (p != null) return p;
        Matcher y = YEAR_ONLY.matcher(c);
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            if (!plausible(year)) return null;
            Period fromAbove = withYear(ctx, year, cal);
            if (fromAbove != null) return fromAbove;
            boolean part = doc instanceof Period.Quarter || doc instanceof Period.Half || doc instanceof Period.NineMonths;
            if (part && !c.toLowerCase(Locale.ROOT).startsWith("fy")) {
                // the calendar year the document's period ends in (a fiscal first quarter may end in the year before)
                int docYear = doc instanceof Period.Quarter q && q.fiscal() ? cal.endYear(q) : doc.end().getYear();
                if (year == docYear) return doc;
                if (year == docYear - 1) return doc.previousYear();
            }
            return new Period.Year(year);
        }
        // a cell naming months but no year takes the year from above, and the other way round
        if (!ctx.isEmpty()) {
            Matcher yy = Regex.of("(\\d{4})").matcher(ctx);
            if (yy.find() && (EN_ENDED.matcher(c).find() || ZH_ENDED_NO_YEAR.matcher(c).find())) return withYear(c, Integer.parseInt(yy.group(1)), cal);
        }
        return null;
    }

    private static String clean(String s) {
        return Regex.replaceAll(s.replace('\u00A0', ' ').replace('（', '(').replace('）', ')'), "\\s+", " ").strip();
    }

    private static boolean plausible(int year) {
        return year >= 1990 && year <= 2100;
    }

    private static Period explicit(String c, FiscalCalendar cal) {
        Period p = endedSpan(c, cal);
        if (p == null) p = zhNamed(c);
        if (p == null) p = enNamed(c, cal);
        return p;
    }

    /** A span named by the day it ends: 截至2023年6月30日止六个月, 截至…止年度, "13 weeks ended April 29, 2023". */
    private static Period endedSpan(String c, FiscalCalendar cal) {
        Matcher m = ZH_ENDED.matcher(c);
        if (m.find()) return ended(cal, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), COUNTS.get(m.group(4)));
        m = ZH_YEAR_ENDED.matcher(c);
        if (m.find()) return ended(cal, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 12);
        m = EN_WEEKS_ENDED.matcher(c);
        if (m.find() && weeksEnd(m) != null) return ended(cal, weeksEnd(m), FiscalCalendar.monthsOfWeeks(Integer.parseInt(m.group(1))));
        return null;
    }

    /** A Chinese head naming its period: 2023年前三季度, 2023年上半年, 2023年第二季度, 2023年, 2023年6月30日. */
    private static Period zhNamed(String c) {
        Matcher m = ZH_NINE.matcher(c);
        if (m.find()) return year(m.group(1), y -> new Period.NineMonths(y));
        m = ZH_HALF.matcher(c);
        if (m.find()) {
            int half = m.group(2).equals("下半年") ? 2 : 1;
            return year(m.group(1), y -> new Period.Half(y, half));
        }
        m = ZH_QUARTER.matcher(c);
        if (m.find()) {
            int q = quarter(m.group(2));
            return year(m.group(1), y -> new Period.Quarter(y, q, false));
        }
        m = ZH_YEAR.matcher(c);
        if (m.find()) return year(m.group(1), Period.Year::new);
        m = ZH_DATE.matcher(c);
        if (m.find()) return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return null;
    }

    /** An English head: "Three months ended June 30, 2023", "Year ended …", "Second Quarter 2023", Q2 FY24, H1 2023, FY23, a date. */
    private static Period enNamed(String c, FiscalCalendar cal) {
        Matcher m = EN_ENDED.matcher(c);
        if (m.find() && m.group(4) != null) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) return ended(cal, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3)),
                    COUNTS.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        m = EN_YEAR_ENDED.matcher(c);
        if (m.find() && m.group(3) != null) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) return ended(cal, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), 12);
        }
        m = EN_ORDINAL_Q.matcher(c);
        if (m.find()) {
            int q = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                default -> 4;
            };
            boolean fiscal = m.group(2) != null;
            return year(m.group(3), y -> new Period.Quarter(y, q, fiscal));
        }
        m = EN_Q.matcher(c);
        if (m.find()) {
            if (m.group(2) != null) {
                boolean fiscal = m.group(1) != null || c.toLowerCase(Locale.ROOT).contains("fy");
                int q = Integer.parseInt(m.group(2));
                return year(m.group(3), y -> new Period.Quarter(y, q, fiscal));
            }
            int q = Integer.parseInt(m.group(5) != null ? m.group(5) : m.group(6));
            return year(m.group(5) != null ? m.group(4) : m.group(7), y -> new Period.Quarter(y, q, false));
        }
        m = EN_HALF.matcher(c);
        if (m.find()) {
            int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            String yy = m.group(1) != null ? m.group(2) : m.group(4);
            return year(yy, y -> new Period.Half(y, h));
        }
        m = EN_FY.matcher(c);
        if (m.find()) return year(m.group(1), Period.Year::new);
        m = EN_DATE.matcher(c);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) return date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        }
        // rule table.numeric-date: a balance sheet's column headed "3/25/2023" alone (month first) is that day
        m = NUMERIC_DATE.matcher(c);
        if (m.find()) return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return null;
    }

    /** "Three months ended September 30" (no year) with the year a column gives; "As of December 31" the same. */
    private static Period withYear(String ctx, int year, FiscalCalendar cal) {
        if (ctx.isEmpty()) return null;
        Matcher m = EN_ENDED.matcher(ctx);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? null : ended(cal, year, month, Integer.parseInt(m.group(3)), COUNTS.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        m = EN_YEAR_ENDED.matcher(ctx);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : ended(cal, year, month, Integer.parseInt(m.group(2)), 12);
        }
        m = ZH_ENDED_NO_YEAR.matcher(ctx);
        if (m.find()) return ended(cal, year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), COUNTS.get(m.group(3)));
        m = ZH_YEAR_ENDED_NO_YEAR.matcher(ctx);
        if (m.find()) return ended(cal, year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 12); // 截至12月31日止年度
        Matcher d = Regex.of("(?i)\\b(?:as of|at)\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2})\\b").matcher(ctx);
        if (d.find()) {
            Integer month = MONTHS.get(d.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : date(year, month, Integer.parseInt(d.group(2)));
        }
        // rule table.date-over-year: a bare "December 31," over the year (a balance sheet's columns) is that day
        Matcher bare = Regex.of("(?i)^([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?$").matcher(ctx.strip());
        if (bare.matches()) {
            Integer month = MONTHS.get(bare.group(1).toLowerCase(Locale.ROOT));
            if (month != null) return date(year, month, Integer.parseInt(bare.group(2)));
        }
        String lc = ctx.toLowerCase(Locale.ROOT);
        if (lc.contains("first quarter") || ctx.contains("第一季度")) return new Period.Quarter(year, 1, false);
        if (lc.contains("second quarter") || ctx.contains("第二季度")) return new Period.Quarter(year, 2, false);
        if (lc.contains("third quarter") || ctx.contains("第三季度")) return new Period.Quarter(year, 3, false);
        if (lc.contains("fourth quarter") || ctx.contains("第四季度")) return new Period.Quarter(year, 4, false);
        return null;
    }

    /** The period of {@code months} months ending on the given day, in the company's calendar; null when it does not fit. */
    private static Period ended(FiscalCalendar cal, int year, int month, int day, Integer months) {
        if (!plausible(year) || months == null) return null;
        return ended(cal, FiscalCalendar.endDate(year, month, day), months);
    }

    private static Period ended(FiscalCalendar cal, java.time.LocalDate end, Integer months) {
        if (end == null || months == null || !plausible(end.getYear())) return null;
        return cal.ended(end, months);
    }

    /** The end of "12 Weeks Ended March 25, 2023" or "12 Weeks Ended 3/25/2023", as its month end; null without a date. */
    private static java.time.LocalDate weeksEnd(Matcher m) {
        if (m.group(4) != null) return FiscalCalendar.endDate(Integer.parseInt(m.group(4)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
                Integer.parseInt(m.group(3)));
        if (m.group(7) != null) return FiscalCalendar.endDate(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        return null;
    }

    /**
     * A date cell under a span super-header ("Three Months Ended" over "April 2, 2023", "12 Weeks Ended" over
     * "3/25/2023") is the span ending that day, not an instant.
     */
    private static Period spanOverDate(String c, String ctx, FiscalCalendar cal) {
        if (ctx.isEmpty()) return null;
        Integer months = null;
        Matcher w = Regex.of("(?i)\\b(\\d{1,2})\\s+weeks?\\s+end(?:ed|ing)\\b").matcher(ctx);
        Matcher mo = Regex.of("(?i)\\b(three|six|nine|twelve|3|6|9|12)[- ]months?\\s+end(?:ed|ing)\\s*,?$").matcher(ctx);
        Matcher yr = Regex.of("(?i)\\b(?:fiscal\\s+)?years?\\s+end(?:ed|ing)\\s*,?$").matcher(ctx);
        if (w.find()) months = FiscalCalendar.monthsOfWeeks(Integer.parseInt(w.group(1)));
        else if (mo.find()) months = COUNTS.get(mo.group(1).toLowerCase(Locale.ROOT));
        else if (yr.find()) months = 12;
        if (months == null) return null;
        Matcher d = EN_DATE.matcher(c);
        if (d.find()) return ended(cal, Integer.parseInt(d.group(3)), MONTHS.getOrDefault(d.group(1).toLowerCase(Locale.ROOT), 0),
                Integer.parseInt(d.group(2)), months);
        Matcher n = NUMERIC_DATE.matcher(c);
        if (n.find()) return ended(cal, Integer.parseInt(n.group(3)), Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), months);
        return null;
    }

    private static Period date(int year, int month, int day) {
        if (!plausible(year)) return null;
        try {
            return new Period.Instant(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Period year(String y, java.util.function.IntFunction<Period> f) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) year += 2000;
        return plausible(year) ? f.apply(year) : null;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "一", "1" -> 1;
            case "二", "2" -> 2;
            case "三", "3" -> 3;
            default -> 4;
        };
    }
}
