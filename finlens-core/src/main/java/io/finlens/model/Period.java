package io.finlens.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a figure belongs to, written as the contract spells it: {@code 2025Q1}, {@code FY2024Q1}
 * (fiscal quarter), {@code 2025H1}, {@code 2025Q1-Q3}, {@code FY2025}, {@code 2025-04} (month) or an ISO
 * date for an instant.
 */
public sealed interface Period extends Comparable<Period>
        permits Period.Quarter, Period.Half, Period.NineMonths, Period.Year, Period.Month, Period.Instant {

    /** {@return the contract's spelling ({@code 2025Q1}, {@code FY2025}, ...)} */
    String id();

    /** {@return the same period one year earlier} */
    Period previousYear();

    /** {@return the last day of the period (an instant is its own end)} */
    LocalDate end();

    /** {@return whether the period's year is a fiscal year named by the calendar year it ends in} */
    default boolean fiscal() {
        return false;
    }

    /** Orders by end date, then by id. */
    @Override
    default int compareTo(Period o) {
        int c = end().compareTo(o.end());
        return c != 0 ? c : id().compareTo(o.id());
    }

    /**
     * A quarter: {@code 2025Q1}, or {@code FY2025Q1} of a fiscal year.
     *
     * @param year    the (fiscal) year, 1900 to 2200
     * @param quarter 1 to 4
     * @param fiscal  whether the year is a fiscal year
     */
    record Quarter(int year, int quarter, boolean fiscal) implements Period {
        /** Checks the year and the quarter. */
        public Quarter {
            if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter " + quarter);
            checkYear(year);
        }

        public String id() {
            return (fiscal ? "FY" : "") + year + "Q" + quarter;
        }

        public Period previousYear() {
            return new Quarter(year - 1, quarter, fiscal);
        }

        /** {@return the quarter before} */
        public Quarter previous() {
            return quarter == 1 ? new Quarter(year - 1, 4, fiscal) : new Quarter(year, quarter - 1, fiscal);
        }

        /** {@return the quarter after} */
        public Quarter next() {
            return quarter == 4 ? new Quarter(year + 1, 1, fiscal) : new Quarter(year, quarter + 1, fiscal);
        }

        public LocalDate end() {
            // fiscal quarters have no known calendar end without the company's year end; use the calendar one
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
        }
    }

    /**
     * A half year: {@code 2025H1}, or {@code FY2025H1} of a fiscal year.
     *
     * @param year   the (fiscal) year, 1900 to 2200
     * @param half   1 or 2
     * @param fiscal whether the year is a fiscal year
     */
    record Half(int year, int half, boolean fiscal) implements Period {
        /** Checks the year and the half. */
        public Half {
            if (half < 1 || half > 2) throw new IllegalArgumentException("half " + half);
            checkYear(year);
        }

        /** A calendar half year. */
        public Half(int year, int half) {
            this(year, half, false);
        }

        public String id() {
            return (fiscal ? "FY" : "") + year + "H" + half;
        }

        public Period previousYear() {
            return new Half(year - 1, half, fiscal);
        }

        public LocalDate end() {
            // a fiscal half has no known calendar end without the company's year end; use the calendar one
            return YearMonth.of(year, half * 6).atEndOfMonth();
        }
    }

    /**
     * The first three quarters of a year: {@code 2025Q1-Q3}, or {@code FY2025Q1-Q3} of a fiscal year.
     *
     * @param year   the (fiscal) year, 1900 to 2200
     * @param fiscal whether the year is a fiscal year
     */
    record NineMonths(int year, boolean fiscal) implements Period {
        /** Checks the year. */
        public NineMonths {
            checkYear(year);
        }

        /** The first nine months of a calendar year. */
        public NineMonths(int year) {
            this(year, false);
        }

        public String id() {
            return (fiscal ? "FY" : "") + year + "Q1-Q3";
        }

        public Period previousYear() {
            return new NineMonths(year - 1, fiscal);
        }

        public LocalDate end() {
            return LocalDate.of(year, 9, 30);
        }
    }

    /**
     * A full (fiscal or calendar) year, named by the calendar year it ends in: {@code FY2025}.
     *
     * @param year the year, 1900 to 2200
     */
    record Year(int year) implements Period {
        /** Checks the year. */
        public Year {
            checkYear(year);
        }

        public String id() {
            return "FY" + year;
        }

        public Period previousYear() {
            return new Year(year - 1);
        }

        public LocalDate end() {
            return LocalDate.of(year, 12, 31);
        }
    }

    /**
     * A month: {@code 2025-04}.
     *
     * @param year  the year, 1900 to 2200
     * @param month 1 to 12
     */
    record Month(int year, int month) implements Period {
        /** Checks the year and the month. */
        public Month {
            checkYear(year);
            if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
        }

        public String id() {
            return String.format("%04d-%02d", year, month);
        }

        public Period previousYear() {
            return new Month(year - 1, month);
        }

        public LocalDate end() {
            return YearMonth.of(year, month).atEndOfMonth();
        }
    }

    /**
     * A stock measured at one date: {@code 2025-03-31}.
     *
     * @param date the date
     */
    record Instant(LocalDate date) implements Period {
        /** The date is required. */
        public Instant {
            java.util.Objects.requireNonNull(date, "date");
        }

        public String id() {
            return date.toString();
        }

        public Period previousYear() {
            LocalDate d = date.minusYears(1);
            // the last day of a month stays the last day (29 February → 28 February and back)
            return new Instant(date.getDayOfMonth() == date.lengthOfMonth() ? d.withDayOfMonth(d.lengthOfMonth()) : d);
        }

        public LocalDate end() {
            return date;
        }
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2200) throw new IllegalArgumentException("year " + year);
    }
}
