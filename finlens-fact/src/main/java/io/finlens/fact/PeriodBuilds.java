package io.finlens.fact;

import io.finlens.fact.PeriodMentions.Kind;
import io.finlens.fact.PeriodMentions.Mention;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * How a period rule's match becomes a {@link Mention}: one small named function for each shape of period expression,
 * paired with its pattern in {@link PeriodMentions}' rule list. A function returns null for a match that names no period
 * it can place (a span of months that is no quarter, a fiscal year of two years); a date that does not exist (2月30日)
 * throws and is skipped by the caller.
 */
final class PeriodBuilds {
    private PeriodBuilds() {
    }

    /** How one rule reads its match; {@code id} is the rule's, carried by the mention. */
    @FunctionalInterface
    interface Build {
        Mention from(Matcher m, String id);
    }

    private static Mention of(Matcher m, Kind kind, int year, int number, boolean fiscal, LocalDate date, String relative, String id) {
        return new Mention(m.start(), m.end(), kind, year, number, fiscal, date, relative, id);
    }

    private static Mention plain(Matcher m, Kind kind, int year, int number, String id) {
        return of(m, kind, year, number, false, null, null, id);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A year that may be written in two digits (FY24, '23): in this century. */
    private static int fullYear(int y) {
        return y < 100 ? 2000 + y : y;
    }

    static int ordinal(String g) {
        return switch (g.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    static int month(String name) {
        return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    static int q(String g) {
        return switch (g) {
            case "一", "1" -> 1;
            case "二", "2" -> 2;
            case "三", "3" -> 3;
            case "四", "4" -> 4;
            default -> throw new IllegalArgumentException(g);
        };
    }

    /** A span of months that ends on a day: a quarter, a half, nine months or a year, where the months allow it. */
    private static Mention monthsEnding(Matcher m, String id, int year, int month, int months, boolean yearOtherwise) {
        return switch (months) {
            case 3 -> month % 3 == 0 ? plain(m, Kind.QUARTER, year, month / 3, id) : null;
            case 6 -> month == 6 ? plain(m, Kind.HALF, year, 1, id) : null;
            case 9 -> month == 9 ? plain(m, Kind.NINE_MONTHS, year, 0, id) : null;
            default -> yearOtherwise ? of(m, Kind.YEAR, year, 0, month != 12, null, null, id) : month == 12 ? plain(m, Kind.YEAR, year, 0, id) : null;
        };
    }

    // ---- Chinese ----

    static Mention zhMonthsEnded(Matcher m, String id) {
        int month = num(m, 2);
        if (month < 1 || month > 12) return null;
        int months = switch (m.group(4)) {
            case "三个月" -> 3;
            case "六个月", "半年度" -> 6;
            case "九个月" -> 9;
            default -> 12;
        };
        return monthsEnding(m, id, num(m, 1), month, months, true);
    }

    static Mention zhDate(Matcher m, String id) {
        return of(m, Kind.INSTANT, num(m, 1), 0, false, LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null, id);
    }

    static Mention zhMonthEnd(Matcher m, String id) {
        return of(m, Kind.INSTANT, num(m, 1), 0, false, YearMonth.of(num(m, 1), num(m, 2)).atEndOfMonth(), null, id);
    }

    static Mention zhMonthEndNoYear(Matcher m, String id) {
        return of(m, Kind.INSTANT, 0, 0, false, YearMonth.of(2000, num(m, 1)).atEndOfMonth(), null, id);
    }

    static Mention zhMidYear(Matcher m, String id) {
        return of(m, Kind.INSTANT, 0, 0, false, LocalDate.of(2000, 6, 30), "去年".equals(m.group(1)) ? "last-year" : null, id);
    }

    static Mention zhFiscalYearSpan(Matcher m, String id) {
        int a = num(m, 1), b = num(m, 2);
        int end = b < 100 ? a / 100 * 100 + b : b;
        if (end != a + 1) return null; // 2023/24 only: a span of one year
        return m.group(3) == null ? of(m, Kind.YEAR, end, 0, true, null, null, id) : of(m, Kind.QUARTER, end, q(m.group(3)), true, null, null, id);
    }

    static Mention zhMonthQuarter(Matcher m, String id) {
        return plain(m, Kind.QUARTER, 0, num(m, 1) / 3, id);
    }

    static Mention zhCalendarQuarter(Matcher m, String id) {
        return plain(m, Kind.QUARTER, num(m, 1), q(m.group(2)), id);
    }

    static Mention zhFiscalQuarterNoYear(Matcher m, String id) {
        return of(m, Kind.QUARTER, 0, q(m.group(1) != null ? m.group(1) : m.group(2)), true, null, null, id);
    }

    static Mention zhFiscalQuarter(Matcher m, String id) {
        return of(m, Kind.QUARTER, num(m, 1), q(m.group(2)), true, null, null, id);
    }

    /** 2025年第一季度, 2025Q1: year in group 1, quarter in group 2. */
    static Mention yearQuarter(Matcher m, String id) {
        return plain(m, Kind.QUARTER, num(m, 1), q(m.group(2)), id);
    }

    static Mention zhYearHalf(Matcher m, String id) {
        return plain(m, Kind.HALF, num(m, 1), m.group(2).startsWith("下") ? 2 : 1, id);
    }

    static Mention zhYearNineMonths(Matcher m, String id) {
        return plain(m, Kind.NINE_MONTHS, num(m, 1), 0, id);
    }

    static Mention zhYearMonthsToDate(Matcher m, String id) {
        int y = num(m, 1);
        return switch (m.group(2)) {
            case "3" -> plain(m, Kind.QUARTER, y, 1, id);
            case "6" -> plain(m, Kind.HALF, y, 1, id);
            case "9" -> plain(m, Kind.NINE_MONTHS, y, 0, id);
            default -> plain(m, Kind.YEAR, y, 0, id);
        };
    }

    static Mention zhYearMonth(Matcher m, String id) {
        return plain(m, Kind.MONTH, num(m, 1), num(m, 2), id);
    }

    static Mention zhFiscalYear(Matcher m, String id) {
        return of(m, Kind.YEAR, num(m, 1), 0, m.group().contains("财") || m.group().toLowerCase(Locale.ROOT).contains("fiscal"), null, null, id);
    }

    static Mention zhQuarter(Matcher m, String id) {
        return plain(m, Kind.QUARTER, 0, q(m.group(1)), id);
    }

    static Mention zhHalf(Matcher m, String id) {
        return plain(m, Kind.HALF, 0, m.group(1).startsWith("下") ? 2 : 1, id);
    }

    static Mention nineMonthsNoYear(Matcher m, String id) {
        return plain(m, Kind.NINE_MONTHS, 0, 0, id);
    }

    static Mention zhFirstMonths(Matcher m, String id) {
        return "六6".contains(m.group(1)) ? plain(m, Kind.HALF, 0, 1, id) : plain(m, Kind.NINE_MONTHS, 0, 0, id);
    }

    static Mention zhDateNoYear(Matcher m, String id) {
        return of(m, Kind.INSTANT, 0, num(m, 1), false, LocalDate.of(2000, num(m, 1), num(m, 2)), null, id);
    }

    static Mention zhMonthNoYear(Matcher m, String id) {
        return plain(m, Kind.MONTH, 0, num(m, 1), id);
    }

    static Mention zhFullYear(Matcher m, String id) {
        return of(m, Kind.YEAR, 0, 0, false, null, m.group(1).equals("今年") ? "this-year" : null, id);
    }

    static Mention zhYearSamePeriod(Matcher m, String id) {
        return of(m, Kind.RELATIVE, num(m, 1), 0, false, null, "same-period", id);
    }

    static Mention lastYear(Matcher m, String id) {
        return of(m, Kind.RELATIVE, 0, 0, false, null, "last-year", id);
    }

    // ---- English ----

    static Mention enQuarterNumber(Matcher m, String id) {
        int quarter = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            default -> 4;
        };
        return plain(m, Kind.QUARTER, m.group(2) == null ? 0 : num(m, 2), quarter, id);
    }

    static Mention enOrdinalQuarterFy(Matcher m, String id) {
        return of(m, Kind.QUARTER, fullYear(num(m, 2)), ordinal(m.group(1)), true, null, null, id);
    }

    static Mention enQFy(Matcher m, String id) {
        return of(m, Kind.QUARTER, fullYear(num(m, 2)), q(m.group(1)), true, null, null, id);
    }

    static Mention enFy(Matcher m, String id) {
        return of(m, Kind.YEAR, fullYear(num(m, 1)), 0, true, null, null, id);
    }

    static Mention enQYear(Matcher m, String id) {
        return plain(m, Kind.QUARTER, fullYear(num(m, 2)), q(m.group(1)), id);
    }

    static Mention enFiscalYearQuarter(Matcher m, String id) {
        return of(m, Kind.QUARTER, num(m, 1), ordinal(m.group(2)), true, null, null, id);
    }

    static Mention enOrdinalQuarter(Matcher m, String id) {
        String y = m.group(3);
        int year = y == null ? 0 : y.startsWith("'") ? 2000 + Integer.parseInt(y.substring(1)) : Integer.parseInt(y);
        return of(m, Kind.QUARTER, year, ordinal(m.group(1)), m.group(2) != null, null, null, id);
    }

    static Mention enQAlone(Matcher m, String id) {
        return plain(m, Kind.QUARTER, 0, q(m.group(1)), id);
    }

    static Mention enFiscalYear(Matcher m, String id) {
        return of(m, Kind.YEAR, m.group(1) != null ? 2000 + num(m, 1) : num(m, 2), 0, true, null, null, id);
    }

    static Mention enAsOf(Matcher m, String id) {
        if (m.group(3) == null) return of(m, Kind.INSTANT, 0, 0, false, LocalDate.of(2000, month(m.group(1)), num(m, 2)), null, id);
        return of(m, Kind.INSTANT, num(m, 3), 0, false, LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2)), null, id);
    }

    static Mention enYearEnded(Matcher m, String id) {
        int month = month(m.group(2) != null ? m.group(2) : m.group(3));
        return of(m, Kind.YEAR, num(m, 5), 0, month != 12, null, null, id);
    }

    static Mention enMonthQuarter(Matcher m, String id) {
        return plain(m, Kind.QUARTER, num(m, 2), month(m.group(1)) / 3, id);
    }

    /** "three months ended June 30, 2025" (month, day) or, with {@code dmy}, "six months ended 30 June 2025". */
    private static Mention enMonthsEnded(Matcher m, String id, boolean dmy) {
        int month = month(dmy ? m.group(3) : m.group(2));
        int year = num(m, 4);
        LocalDate end = LocalDate.of(year, month, num(m, dmy ? 2 : 3));
        if (month % 3 != 0 || end.getDayOfMonth() != end.lengthOfMonth()) return null; // a fiscal calendar we cannot place
        int months = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "three" -> 3;
            case "six" -> 6;
            case "nine" -> 9;
            default -> 12;
        };
        return monthsEnding(m, id, year, month, months, false);
    }

    static Mention enMonthsEndedMdy(Matcher m, String id) {
        return enMonthsEnded(m, id, false);
    }

    static Mention enMonthsEndedDmy(Matcher m, String id) {
        return enMonthsEnded(m, id, true);
    }

    static Mention enNineMonths(Matcher m, String id) {
        return plain(m, Kind.NINE_MONTHS, m.group(1) == null ? 0 : num(m, 1), 0, id);
    }

    static Mention enHalf(Matcher m, String id) {
        return plain(m, Kind.HALF, m.group(2) == null ? 0 : num(m, 2), m.group(1).equalsIgnoreCase("first") ? 1 : 2, id);
    }

    static Mention enFullYear(Matcher m, String id) {
        return plain(m, Kind.YEAR, m.group(2) == null ? 0 : num(m, 2), 0, id);
    }

    static Mention enYearToDate(Matcher m, String id) {
        return of(m, Kind.RELATIVE, 0, 0, false, null, "year-to-date", id);
    }

    static Mention enNextYear(Matcher m, String id) {
        return of(m, Kind.RELATIVE, 0, 0, false, null, "next-year", id);
    }

    /** "in 2024": the mention is the year alone, not its preposition. */
    static Mention enYear(Matcher m, String id) {
        return new Mention(m.start() + m.group().indexOf(m.group(1)), m.end(), Kind.YEAR, num(m, 1), 0, false, null, null, id);
    }
}
