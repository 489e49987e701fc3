package io.finlens.fact.table;

import io.finlens.model.Period;
import io.finlens.text.KeyedPattern;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a company's fiscal year ends in, read from the document's own words (never from a list of companies):
 * {@code fiscal year ended June 30, 2022}, {@code first quarter fiscal 2024 ended April 30, 2023}. A fiscal year is
 * named by the calendar year it ends in; a year ending in December is the calendar year (quarters {@code 2023Q1}),
 * any other gives fiscal quarters ({@code FY2024Q1}). A 52/53-week period ending in the first week of a month
 * (January 1, April 2) counts as ending with the month before.
 */
public record FiscalCalendar(int yearEndMonth) {
    public static final FiscalCalendar CALENDAR = new FiscalCalendar(12);

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})";

    /** Rule fiscal.year-end: "fiscal year ended / ending / ends June 30". */
    private static final KeyedPattern YEAR_END = new KeyedPattern("fF", "(?i)\\bfiscal\\s+year\\s+(?:ended|ending|ends|end)\\s+(?:on\\s+)?" + MONTH);
    /** Rule fiscal.quarter-ended: "first quarter (of) fiscal (year) 2024 ended April 30, 2023". */
    private static final KeyedPattern QUARTER_ENDED = new KeyedPattern("fstFST",
            "(?i)\\b(first|second|third|fourth)\\s+quarter\\s+(?:of\\s+)?fiscal\\s+(?:year\\s+)?(\\d{4})\\s*,?\\s*(?:which\\s+)?ended\\s+"
                    + MONTH + ",?\\s+(\\d{4})");

    /**
     * Rule fiscal.twelve-months-ended: "Twelve Months Ended March 31, 2025" in a text that speaks of its fiscal year near the
     * top ("reports fiscal 2025 results"): a year that closes in that month. (Not without the fiscal words: a calendar
     * company gives trailing twelve months ended September 30 too.)
     */
    private static final Pattern TWELVE_MONTHS_ENDED = Pattern.compile("(?i)\\b(?:twelve|12)\\s+months\\s+ended\\s+" + MONTH);
    private static final KeyedPattern FISCAL_WORD = new KeyedPattern("fF财", "(?i)\\bfiscal\\b|财年|财政年度");
    /** Rule fiscal.zh-year-ended: 截至6月30日止年度, 截至2023年6月30日止财政年度. */
    private static final KeyedPattern ZH_YEAR_ENDED = new KeyedPattern("截", "截至(?:\\d{4}年)?(\\d{1,2})月(\\d{1,2})日止(?:年度|财年|财政年度|十二个月)");

    public FiscalCalendar {
        if (yearEndMonth < 1 || yearEndMonth > 12) throw new IllegalArgumentException("year end month " + yearEndMonth);
    }

    /** The calendar the text states; the calendar year when it states none. */
    public static FiscalCalendar of(String text) {
        // the patterns are looked for only where their key word stands (most texts have none): a cheap scan first
        boolean fiscal = text.contains("iscal") || text.contains("ISCAL");
        KeyedPattern.Finder q = QUARTER_ENDED.in(text, 0, text.length());
        if (fiscal && q.find()) {
            int quarter = ordinal(q.group(1));
            LocalDate end = endDate(Integer.parseInt(q.group(5)), MONTHS.get(q.group(3).toLowerCase(Locale.ROOT)),
                    Integer.parseInt(q.group(4)));
            if (end != null) {
                int month = Math.floorMod(end.getMonthValue() + 3 * (4 - quarter) - 1, 12) + 1;
                FiscalCalendar c = new FiscalCalendar(month);
                // the fiscal year the text names must be the one the calendar gives that quarter
                if (c.fiscalYear(end) == Integer.parseInt(q.group(2))) return c;
            }
        }
        KeyedPattern.Finder y = YEAR_END.in(text, 0, text.length());
        if (fiscal && y.find()) {
            LocalDate end = endDate(2001, MONTHS.get(y.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(y.group(2)));
            if (end != null) return new FiscalCalendar(end.getMonthValue());
        }
        KeyedPattern.Finder z = ZH_YEAR_ENDED.in(text, 0, text.length());
        if (text.indexOf('止') >= 0 && z.find()) {
            LocalDate end = endDate(2001, Integer.parseInt(z.group(1)), Integer.parseInt(z.group(2)));
            if (end != null) return new FiscalCalendar(end.getMonthValue());
        }
        Matcher t = TWELVE_MONTHS_ENDED.matcher(text);
        if (FISCAL_WORD.foundIn(text, 0, Math.min(text.length(), 1500)) && (text.contains("onths ended")
                || text.contains("onths Ended") || text.contains("ONTHS ENDED")) && t.find()) {
            LocalDate end = endDate(2001, MONTHS.get(t.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(t.group(2)));
            if (end != null) return new FiscalCalendar(end.getMonthValue());
        }
        return CALENDAR;
    }

    private static int ordinal(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    /** The month-end a period ending on this day belongs to: the first week of a month counts for the month before. */
    static LocalDate endDate(int year, Integer month, int day) {
        if (month == null || month < 1 || month > 12 || day < 1 || day > 31) return null;
        LocalDate d;
        try {
            d = LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return day <= 7 ? d.minusMonths(1).withDayOfMonth(d.minusMonths(1).lengthOfMonth()) : d;
    }

    public boolean calendar() {
        return yearEndMonth == 12;
    }

    /** The fiscal year a period ending on {@code end} (a month end) falls in. */
    int fiscalYear(LocalDate end) {
        return end.getMonthValue() <= yearEndMonth ? end.getYear() : end.getYear() + 1;
    }

    /**
     * The period of {@code months} months (3, 6, 9 or 12) ending at {@code end} (a month end), or null when the months
     * do not line up with this calendar's quarters.
     */
    public Period ended(LocalDate end, int months) {
        int offset = Math.floorMod(end.getMonthValue() - yearEndMonth - 1, 12) + 1; // months into the fiscal year, 1..12
        int fy = fiscalYear(end);
        if (offset % 3 != 0) return null;
        return switch (months) {
            case 3 -> new Period.Quarter(fy, offset / 3, !calendar());
            case 6 -> offset == 6 && calendar() ? new Period.Half(fy, 1) : offset == 12 && calendar() ? new Period.Half(fy, 2) : null;
            case 9 -> offset == 9 && calendar() ? new Period.NineMonths(fy) : null;
            case 12 -> offset == 12 ? new Period.Year(fy) : null;
            default -> null;
        };
    }

    /** The calendar year a fiscal quarter of this calendar ends in (FY2024Q1 of a year ending January: 2023). */
    int endYear(Period.Quarter q) {
        int month = Math.floorMod(yearEndMonth + 3 * q.quarter() - 1, 12) + 1;
        return month > yearEndMonth ? q.year() - 1 : q.year();
    }

    /**
     * The day a quarter or year of this calendar ends, as an instant (FY2024Q2 of a year ending in January: 2023-07-31);
     * an instant stays itself; null for other periods.
     */
    public Period endOf(Period p) {
        return switch (p) {
            case Period.Instant i -> i;
            case Period.Quarter q -> {
                int month = Math.floorMod(yearEndMonth + 3 * q.quarter() - 1, 12) + 1;
                yield new Period.Instant(java.time.YearMonth.of(endYear(q), month).atEndOfMonth());
            }
            case Period.Year y -> new Period.Instant(java.time.YearMonth.of(y.year(), yearEndMonth).atEndOfMonth());
            default -> null;
        };
    }

    /** The number of months a period of so many weeks stands for (12–17 weeks a quarter, 52/53 a year), or null. */
    static Integer monthsOfWeeks(int weeks) {
        if (weeks >= 12 && weeks <= 17) return 3;
        if (weeks >= 24 && weeks <= 28) return 6;
        if (weeks >= 36 && weeks <= 41) return 9;
        if (weeks == 52 || weeks == 53) return 12;
        return null;
    }
}
