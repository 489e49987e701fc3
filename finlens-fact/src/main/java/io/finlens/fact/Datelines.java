package io.finlens.fact;

import io.finlens.model.Period;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code period.dateline}: the day a document was put out, from its dateline ("HONOLULU, Jan. 24, 2023 --",
 * "January 24, 2023 /PRNewswire/", "2023年3月8日，…" at the start of a line near the top), and the year it gives a
 * title period that names none: a release comes out after the period it reports, so "Fourth Quarter Earnings" dated
 * January 2023 is the fourth quarter of 2022.
 */
final class Datelines {
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern EN = Pattern.compile("(?m)^(?:[A-Z][A-Za-z .'-]{1,40},(?:\\s*[A-Z][A-Za-z.]{1,20},)?\\s+)?" + MONTH
            + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ZH = Pattern.compile("(?m)^[#\\s]*(?:[\\p{IsHan}]{2,8}(?:电|讯)\\s*)?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    /** How far below the title a dateline may stand. */
    private static final int HEAD = 800;

    private Datelines() {
    }

    /** The dateline's day in the lines after {@code titleEnd}, or null when the document has none. */
    static LocalDate find(String s, int titleEnd) {
        int to = Math.min(s.length(), titleEnd + HEAD);
        Matcher en = EN.matcher(s).region(Math.min(titleEnd, to), to);
        Matcher zh = ZH.matcher(s).region(Math.min(titleEnd, to), to);
        LocalDate e = en.find() ? date(Integer.parseInt(en.group(3)), month(en.group(1)), Integer.parseInt(en.group(2))) : null;
        LocalDate z = zh.find() ? date(Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)), Integer.parseInt(zh.group(3))) : null;
        if (e == null) return z;
        if (z == null) return e;
        return en.start() <= zh.start() ? e : z;
    }

    /**
     * The year of the latest period of {@code kind} and {@code number} (quarter, half) that had ended by {@code day}:
     * the fourth quarter, reported on January 24, 2023, is 2022's.
     */
    static int yearBefore(LocalDate day, PeriodMentions.Kind kind, int number) {
        for (int y = day.getYear(); y > day.getYear() - 2; y--) {
            Period p = switch (kind) {
                case QUARTER -> new Period.Quarter(y, number, false);
                case HALF -> new Period.Half(y, number);
                case NINE_MONTHS -> new Period.NineMonths(y);
                default -> new Period.Year(y);
            };
            if (p.end().isBefore(day)) return y;
        }
        return day.getYear() - 1;
    }

    private static int month(String name) {
        String k = name.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) if (MONTHS[i].equals(k)) return i + 1;
        return 1;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException ex) {
            return null; // lenient with text: a date that cannot be is no dateline
        }
    }
}
