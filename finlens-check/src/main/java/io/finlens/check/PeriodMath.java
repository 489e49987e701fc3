package io.finlens.check;

import io.finlens.model.ChangeBasis;
import io.finlens.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;

/** The period a stated change is measured against. */
final class PeriodMath {
    private PeriodMath() {
    }

    /** The period before {@code p} on {@code basis} (a year, a quarter, a half earlier), or null when it has none. */
    static Period prior(Period p, ChangeBasis basis) {
        return switch (basis) {
            case YOY -> p.previousYear();
            case QOQ -> switch (p) {
                case Period.Quarter q -> q.previous();
                case Period.Instant i -> monthEndBefore(i.date(), 3);
                default -> null;
            };
            case HOH -> switch (p) {
                case Period.Half h -> h.half() == 2 ? new Period.Half(h.year(), 1, h.fiscal()) : new Period.Half(h.year() - 1, 2, h.fiscal());
                case Period.Instant i -> monthEndBefore(i.date(), 6);
                default -> null;
            };
        };
    }

    /** The month end {@code months} before a month-end instant; null for other dates. */
    private static Period monthEndBefore(LocalDate d, int months) {
        if (d.getDayOfMonth() != d.lengthOfMonth()) return null;
        return new Period.Instant(YearMonth.from(d).minusMonths(months).atEndOfMonth());
    }
}
