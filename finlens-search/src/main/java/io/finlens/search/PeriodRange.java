package io.finlens.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a period id covers, for period filters: {@code 2025}, {@code FY2025}, {@code 2025Q2}, {@code FY2024Q1},
 * {@code 2025H1}, {@code 2025Q1-Q3}, {@code 2025-04} and {@code 2025-03-31}. Fiscal periods are read as calendar
 * ones (the company's year end is not known here). Days are written as {@code yyyymmdd} integers.
 */
record PeriodRange(int first, int last) {
    private static final Pattern YEAR = Pattern.compile("(?:FY)?(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:FY)?(\\d{4})Q([1-4])(?:-Q([1-4]))?");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    PeriodRange {
        if (first > last) throw new IllegalArgumentException("period range " + first + " after " + last);
    }

    /** The range of a period id; throws naming the id when it is not one. */
    static PeriodRange of(String id) {
        PeriodRange r = parse(id);
        if (r == null) {
            throw new IllegalArgumentException("not a period (2025, FY2025, 2025Q2, 2025H1, 2025Q1-Q3, 2025-04, 2025-03-31): '" + id + "'");
        }
        return r;
    }

    /** The range of a period id, or null when it is not one. */
    static PeriodRange parse(String id) {
        if (id == null) return null;
        String s = id.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new PeriodRange(day(LocalDate.of(y, 1, 1)), day(LocalDate.of(y, 12, 31)));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int q1 = Integer.parseInt(m.group(2));
                int q2 = m.group(3) == null ? q1 : Integer.parseInt(m.group(3));
                return new PeriodRange(day(YearMonth.of(y, q1 * 3 - 2).atDay(1)), day(YearMonth.of(y, q2 * 3).atEndOfMonth()));
            }
            if ((m = HALF.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int h = Integer.parseInt(m.group(2));
                return new PeriodRange(day(YearMonth.of(y, h * 6 - 5).atDay(1)), day(YearMonth.of(y, h * 6).atEndOfMonth()));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new PeriodRange(day(ym.atDay(1)), day(ym.atEndOfMonth()));
            }
            if ((m = DAY.matcher(s)).matches()) {
                int d = day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                return new PeriodRange(d, d);
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int day(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
