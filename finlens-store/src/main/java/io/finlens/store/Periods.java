package io.finlens.store;

import io.finlens.model.Period;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Periods as the contract spells them ({@code 2025Q1}, {@code FY2025Q4}, {@code 2025H1}, {@code 2025Q1-Q3}, {@code FY2025}, {@code 2025-04}, {@code 2025-03-31}). */
public final class Periods {
    private static final Pattern QUARTER = Pattern.compile("(FY)?(\\d{4})Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(FY)?(\\d{4})H([12])");
    private static final Pattern NINE = Pattern.compile("(FY)?(\\d{4})Q1-Q3");
    private static final Pattern YEAR = Pattern.compile("FY(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Periods() {
    }

    /** Parses a contract period id; throws naming the value when it is not one. */
    public static Period parse(String id) {
        if (id == null) throw new IllegalArgumentException("period is null");
        Matcher m;
        try {
            if ((m = QUARTER.matcher(id)).matches()) return new Period.Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1) != null);
            if ((m = HALF.matcher(id)).matches()) return new Period.Half(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1) != null);
            if ((m = NINE.matcher(id)).matches()) return new Period.NineMonths(Integer.parseInt(m.group(2)), m.group(1) != null);
            if ((m = YEAR.matcher(id)).matches()) return new Period.Year(Integer.parseInt(m.group(1)));
            if ((m = MONTH.matcher(id)).matches()) return new Period.Month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (DATE.matcher(id).matches()) return new Period.Instant(LocalDate.parse(id));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a period: '" + id + "' (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("not a period: '" + id + "' (expected e.g. 2025Q1, FY2025Q4, 2025H1, FY2025H1, 2025Q1-Q3, FY2025Q1-Q3, FY2025, 2025-04, 2025-03-31)");
    }

    /** The kind of a period: quarter, half, nine_months, year, month or instant. */
    public static String kind(Period p) {
        return switch (p) {
            case Period.Quarter q -> "quarter";
            case Period.Half h -> "half";
            case Period.NineMonths n -> "nine_months";
            case Period.Year y -> "year";
            case Period.Month mo -> "month";
            case Period.Instant i -> "instant";
        };
    }

    /** The first day of a duration (calendar quarters and years; a fiscal quarter is placed like a calendar one); an instant is its own start. */
    public static LocalDate start(Period p) {
        return switch (p) {
            case Period.Quarter q -> LocalDate.of(q.year(), q.quarter() * 3 - 2, 1);
            case Period.Half h -> LocalDate.of(h.year(), h.half() == 1 ? 1 : 7, 1);
            case Period.NineMonths n -> LocalDate.of(n.year(), 1, 1);
            case Period.Year y -> LocalDate.of(y.year(), 1, 1);
            case Period.Month mo -> LocalDate.of(mo.year(), mo.month(), 1);
            case Period.Instant i -> i.date();
        };
    }
}
