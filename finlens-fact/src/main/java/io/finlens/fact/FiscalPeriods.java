package io.finlens.fact;

import io.finlens.fact.table.FiscalCalendar;
import io.finlens.model.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code period.fiscal-quarter-ended}: a quarter named by the day or month it ends ("three months ended March 31, 2025",
 * "June 2025 quarter") is the fiscal quarter of the calendar the document states (a year ending in June makes it
 * FY2025Q4, not 2025Q2). Mentions are read before the calendar is known; this places them once it is.
 */
final class FiscalPeriods {
    private FiscalPeriods() {
    }

    /** {@code periods} with each quarter named by its end placed in {@code cal}; the same list when the calendar is December's. */
    static List<PeriodMentions.Mention> place(List<PeriodMentions.Mention> periods, FiscalCalendar cal) {
        if (cal.calendar()) return periods;
        List<PeriodMentions.Mention> out = new ArrayList<>(periods.size());
        for (PeriodMentions.Mention m : periods) out.add(placed(m, cal));
        return out;
    }

    private static PeriodMentions.Mention placed(PeriodMentions.Mention m, FiscalCalendar cal) {
        boolean byEnd = m.rule().startsWith("en.period.months-ended") || m.rule().equals("en.period.month-quarter");
        if (!byEnd || m.kind() != PeriodMentions.Kind.QUARTER || m.fiscal() || !m.hasYear()) return m;
        Period p = cal.ended(java.time.YearMonth.of(m.year(), m.number() * 3).atEndOfMonth(), 3);
        if (!(p instanceof Period.Quarter q)) return m;
        return new PeriodMentions.Mention(m.start(), m.end(), PeriodMentions.Kind.QUARTER, q.year(), q.quarter(), q.fiscal(), null, null,
                m.rule());
    }
}
