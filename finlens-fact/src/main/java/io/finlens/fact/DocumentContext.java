package io.finlens.fact;

import io.finlens.model.Period;
import io.finlens.text.Chars;
import io.finlens.text.KeyedPattern;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document is about: its title, its reporting entity and its own period, from the title and first
 * lines, with the body as fallback for a year the title leaves out; and the fiscal calendar its words state.
 */
record DocumentContext(String title, int titleEnd, String entity, Period period, List<String> aliases, List<String> others,
                       java.time.LocalDate periodEnd, int calendarShift, io.finlens.fact.table.FiscalCalendar calendar) {

    /** 标的公司（格力钛）: another company the document introduces by name. */
    private static final KeyedPattern OTHER_COMPANY = new KeyedPattern("标目子附合联", "(?:标的公司|目标公司|子公司|附属公司|合营公司|联营公司)[(（]([\\p{IsHan}A-Za-z]{2,12})[)）]");

    /** 蓝山科技控股有限公司（以下简称“蓝山”）, 云帆控股有限公司("云帆"): the short name a document defines for itself. */
    private static final KeyedPattern DEFINED_ALIAS = new KeyedPattern("(（", "[(（](?:以下简称|下称|简称)?[“\"「]([\\p{IsHan}A-Za-z]{1,12})[”\"」][)）]");

    /** "the first quarter of fiscal 2025, which ended January 26, 2025": the day a fiscal period closed. */
    private static final KeyedPattern PERIOD_ENDED = new KeyedPattern("qpymQPYM", "(?i)\\b(?:quarter|period|year|months)\\b[^.\\n]{0,40}?\\bended,? "
            + "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}),? ((?:19|20)\\d\\d)");
    /** A comparison right before a period: its year is the one before the report's. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)(?:compared (?:to|with)|versus|vs\\.?|from|than|over)\\b(?:[^.;\\n]|\\.(?=\\d)){0,40}$|(?:较|比|相比|对比)[^。；\\n]{0,10}$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s?(?:年|财年)");
    private static final Pattern EN_YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

    /** The context of normalized text {@code s} whose title line the document found at {@code titleSpan}. */
    static DocumentContext of(String s, io.finlens.model.Span titleSpan, List<PeriodMentions.Mention> periods, FactLexicon lex) {
        int titleEnd = titleSpan.end();
        String title = s.substring(titleSpan.start(), titleEnd).strip();
        Period period = docPeriod(s, titleEnd, periods);
        ReportingCompany.Found found = ReportingCompany.find(s, titleEnd, title);
        String entity = found.name();
        List<String> aliases = new java.util.ArrayList<>();
        KeyedPattern.Finder am = DEFINED_ALIAS.in(s, 0, Math.min(s.length(), 3000));
        while (am.find()) if (!aliases.contains(am.group(1))) aliases.add(am.group(1));
        if (!aliases.contains(entity)) aliases.add(entity);
        // every name the document gave the same company (东风汽车集团股份公司, 东风集团), and each without its endings
        List<String> names = new java.util.ArrayList<>(List.of(entity));
        for (ReportingCompany.Candidate c : found.candidates()) if (ReportingCompany.sameCompany(c.name(), entity)) names.add(c.name());
        for (String name : names) {
            for (String form : ReportingCompany.shorterForms(name)) if (!aliases.contains(form)) aliases.add(form);
        }
        // 理想汽车 is also 理想, 格力电器 also 格力
        for (String suffix : new String[] {"汽车", "集团", "控股", "科技", "电器", "股份", "有限公司", "公司"}) {
            if (entity.endsWith(suffix) && entity.length() - suffix.length() >= 2) {
                String stem = entity.substring(0, entity.length() - suffix.length());
                if (!aliases.contains(stem)) aliases.add(stem);
            }
        }
        aliases.sort(java.util.Comparator.comparingInt(String::length).reversed());
        List<String> others = new java.util.ArrayList<>();
        KeyedPattern.Finder om = OTHER_COMPANY.in(s, 0, s.length());
        boolean mayName = s.contains("公司(") || s.contains("公司（"); // most texts have none
        while (mayName && om.find()) if (!others.contains(om.group(1)) && !aliases.contains(om.group(1))) others.add(om.group(1));
        java.time.LocalDate periodEnd = null;
        KeyedPattern.Finder pe = PERIOD_ENDED.in(s, 0, Math.min(s.length(), 1500));
        if (pe.find()) {
            try {
                java.time.LocalDate d = java.time.LocalDate.of(Integer.parseInt(pe.group(3)),
                        java.time.Month.valueOf(pe.group(1).toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(pe.group(2)));
                // only a close near the period's calendar end: a fiscal calendar, not another date
                // (a fiscal quarter named by the year its fiscal year ends in may close up to a year before that calendar quarter)
                long off = java.time.temporal.ChronoUnit.DAYS.between(d, period.end());
                if (Math.abs(off) <= 100 || period.fiscal() && off > 0 && off <= 400) periodEnd = d;
            } catch (java.time.DateTimeException e) {
                periodEnd = null; // "February 30": no date
            }
        }
        if (periodEnd == null && period.fiscal() && period instanceof Period.Quarter) periodEnd = fiscalEndBeforeDateline(s, titleEnd, period);
        return new DocumentContext(title, titleEnd, entity, period, List.copyOf(aliases), List.copyOf(others), periodEnd,
                period.fiscal() ? calendarShift(periods) : 0, io.finlens.fact.table.FiscalCalendar.of(s));
    }

    /** The title line, as [start, end) of normalized text {@code s} (see {@link io.finlens.text.Document#title()}). */
    static int[] titleLine(String s) {
        io.finlens.model.Span t = io.finlens.text.Document.titleLine(s);
        return new int[] {t.start(), t.end()};
    }

    /** 1月29日，X发布了2026财年第二季度财报: a dateline's month and day (the year left out), in the lead. */
    private static final Pattern ZH_MONTH_DAY = Pattern.compile("(?m)^[#\\s]*(\\d{1,2})月(\\d{1,2})日[，,]");

    /**
     * Rule period.fiscal-end-before-dateline: a fiscal quarter released on a day of the lead (1月29日) ended at the last
     * calendar quarter's end before that day, in the year before the quarter's nominal end.
     */
    private static java.time.LocalDate fiscalEndBeforeDateline(String s, int titleEnd, Period period) {
        Matcher m = ZH_MONTH_DAY.matcher(s).region(Math.min(titleEnd, s.length()), Math.min(s.length(), titleEnd + 1500));
        if (!m.find()) return null;
        int month = Integer.parseInt(m.group(1)), day = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        java.time.LocalDate end = period.end();
        for (int y = end.getYear(); y >= end.getYear() - 1; y--) {
            java.time.LocalDate released;
            try {
                released = java.time.LocalDate.of(y, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            if (released.isAfter(end.plusMonths(3))) continue;
            java.time.YearMonth q = java.time.YearMonth.from(released).minusMonths(1);
            while (q.getMonthValue() % 3 != 0) q = q.minusMonths(1);
            java.time.LocalDate close = q.atEndOfMonth();
            return close.isAfter(end) || end.minusYears(1).isAfter(close) ? null : close;
        }
        return null;
    }

    /** The period of the title's first period word; its year from the title, else from the body. */
    static Period docPeriod(String s, int titleEnd, List<PeriodMentions.Mention> periods) {
        PeriodMentions.Mention first = headPeriod(s, titleEnd, periods);
        if (first == null && s.startsWith("CORPORATE PARTICIPANTS")) first = rosterQuarter(periods);
        if (first == null) first = firstWithYear(s, periods);
        PeriodMentions.Mention fiscalLead = fiscalInLead(periods, titleEnd, first);
        if (fiscalLead != null) first = fiscalLead;
        if (first == null) return new Period.Year(firstYear(s));
        Dated dated = dated(s, titleEnd, first, periods);
        int year = dated.year() == 0 ? firstYear(s) : dated.year();
        boolean fiscal = dated.fiscal() || countFiscal(s) >= 3; // a call saying "fiscal 2021", "fiscal year '22" again and again
        return switch (first.kind()) {
            case QUARTER -> new Period.Quarter(year, first.number(), fiscal);
            case HALF -> new Period.Half(year, first.number());
            case NINE_MONTHS -> new Period.NineMonths(year);
            default -> new Period.Year(year);
        };
    }

    /** The first period named in the head of the text, one in the title before any other; none a span since a date begins with. */
    private static PeriodMentions.Mention headPeriod(String s, int titleEnd, List<PeriodMentions.Mention> periods) {
        int head = Math.min(s.length(), Math.max(titleEnd, 600));
        PeriodMentions.Mention first = null;
        for (PeriodMentions.Mention m : periods) {
            if (m.start() >= head) break;
            if (m.kind() == PeriodMentions.Kind.RELATIVE || m.kind() == PeriodMentions.Kind.INSTANT || m.kind() == PeriodMentions.Kind.MONTH) continue;
            if (m.kind() == PeriodMentions.Kind.YEAR && !m.hasYear() && m.relative() != null) continue;
            if (since(s, m)) continue;
            if (first == null || (m.start() < titleEnd) && !(first.start() < titleEnd)) first = m;
            if (first.start() < titleEnd) break;
        }
        return first;
    }

    /** A call transcript that opens on its roster: the quarter the opening remarks name most ("Third Quarter 2022"), or null. */
    private static PeriodMentions.Mention rosterQuarter(List<PeriodMentions.Mention> periods) {
        java.util.Map<String, Integer> votes = new java.util.TreeMap<>();
        java.util.Map<String, PeriodMentions.Mention> byKey = new java.util.HashMap<>();
        for (PeriodMentions.Mention m : periods) {
            if (m.start() > 6000) break;
            if (m.kind() != PeriodMentions.Kind.QUARTER || !m.hasYear()) continue;
            String key = m.year() + "Q" + m.number();
            votes.merge(key, 1, Integer::sum);
            byKey.putIfAbsent(key, m);
        }
        PeriodMentions.Mention first = null;
        int bestVotes = 0;
        for (var e : votes.entrySet()) if (e.getValue() >= bestVotes) { bestVotes = e.getValue(); first = byKey.get(e.getKey()); }
        return first;
    }

    /** The first period with a year anywhere in the text, none an instant or a span since a date; or null. */
    private static PeriodMentions.Mention firstWithYear(String s, List<PeriodMentions.Mention> periods) {
        for (PeriodMentions.Mention m : periods) {
            if (m.kind() != PeriodMentions.Kind.RELATIVE && m.kind() != PeriodMentions.Kind.INSTANT && m.hasYear() && !since(s, m)) return m;
        }
        return null;
    }

    /** The year of the document's period (0: not known) and whether it is a fiscal one. */
    private record Dated(int year, boolean fiscal) {
    }

    /**
     * The year of period {@code first}: its own, else the one its dateline falls after (period.dateline), else that of the same
     * kind of period with a year anywhere in the text (a fiscal quarter only from a fiscal one).
     */
    private static Dated dated(String s, int titleEnd, PeriodMentions.Mention first, List<PeriodMentions.Mention> periods) {
        if (first.hasYear()) return new Dated(first.year(), first.fiscal());
        java.time.LocalDate dateline = !first.fiscal() ? Datelines.find(s, titleEnd) : null;
        if (dateline != null) return new Dated(Datelines.yearBefore(dateline, first.kind(), first.number()), first.fiscal()); // period.dateline
        for (PeriodMentions.Mention m : periods) {
            if (m.kind() == first.kind() && m.hasYear() && m.number() == first.number() && (m.fiscal() || !first.fiscal())) {
                // "compared with $40.1 million in the fourth quarter of 2021": the year before the report's
                int year = COMPARED_BEFORE.matcher(s.substring(Math.max(0, m.start() - 50), m.start())).find() ? m.year() + 1 : m.year();
                return new Dated(year, m.fiscal());
            }
        }
        return new Dated(0, first.fiscal());
    }

    /** 2007年以来, 2015年起: where a span starts, never the period a report is of. */
    private static final Pattern SINCE_AFTER = Pattern.compile("以来|起|至今|开始|之前|以前");

    /** 2007年以来, 从2003年的356亿元增至2012年的1293亿元: an end of a span the text looks back over, not the report's period. */
    private static boolean since(String s, PeriodMentions.Mention m) {
        if (m.start() > 0 && "从自至到".indexOf(s.charAt(m.start() - 1)) >= 0) return true;
        return SINCE_AFTER.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 2)).lookingAt();
    }

    /**
     * How many quarters a fiscal quarter's number runs ahead of the calendar quarter it is, when the text says so
     * itself: 第二财季（2023自然年第一季度） is 1. 0 when it does not.
     */
    static int calendarShift(List<PeriodMentions.Mention> periods) {
        for (int i = 0; i + 1 < periods.size(); i++) {
            PeriodMentions.Mention a = periods.get(i), b = periods.get(i + 1);
            if (b.start() - a.end() > 6 || a.kind() != PeriodMentions.Kind.QUARTER || b.kind() != PeriodMentions.Kind.QUARTER) continue;
            PeriodMentions.Mention fiscal = a.fiscal() ? a : b.fiscal() ? b : null;
            PeriodMentions.Mention calendar = a.rule().equals("zh.period.calendar-quarter") ? a
                    : b.rule().equals("zh.period.calendar-quarter") ? b : null;
            if (fiscal != null && calendar != null) return Math.floorMod(fiscal.number() - calendar.number(), 4);
        }
        return 0;
    }

    /**
     * Rule period.shifted-quarter-end: the last day of fiscal quarter {@code q} in a text that equates its fiscal quarters
     * with calendar ones (第四财季, 即自然年第三季度: a shift of one), the end of the calendar quarter it is; null when the
     * text states no shift or {@code q} is no fiscal quarter.
     */
    Period shiftedQuarterEnd(Period q) {
        if (calendarShift == 0 || !(q instanceof Period.Quarter fq) || !fq.fiscal()) return null;
        int n = fq.quarter() - calendarShift, y = fq.year();
        if (n <= 0) {
            n += 4;
            y--;
        }
        return new Period.Instant(java.time.YearMonth.of(y, 3 * n).atEndOfMonth());
    }

    /**
     * A period mention resolved against the document's period; in a fiscal document whose text equates its fiscal
     * quarters with calendar ones, a plain quarter (一季度 where the report is the second fiscal quarter) is the fiscal one.
     */
    Period resolve(PeriodMentions.Mention m, boolean future) {
        if (calendarShift != 0 && m.kind() == PeriodMentions.Kind.QUARTER && !m.fiscal() && !m.hasYear()
                && (m.rule().equals("zh.period.quarter") || m.rule().equals("zh.period.month-quarter"))) {
            int n = Math.floorMod(m.number() - 1 + calendarShift, 4) + 1;
            m = new PeriodMentions.Mention(m.start(), m.end(), m.kind(), 0, n, true, null, null, m.rule() + "+fiscal-calendar");
        }
        Period p = PeriodMentions.resolve(m, period, future);
        // period.fiscal-part: a half or nine months of a company whose year does not end in December is of its fiscal year
        // (the first half of fiscal 2025 is FY2025H1)
        if (!calendar.calendar() && !m.rule().startsWith("zh.period.calendar")) {
            if (p instanceof Period.Half h && !h.fiscal()) return new Period.Half(h.year(), h.half(), true);
            if (p instanceof Period.NineMonths n && !n.fiscal()) return new Period.NineMonths(n.year(), true);
        }
        return p;
    }

    /**
     * 苹果一季报… then 发布了第二财季财报（2023自然年第一季度业绩）: when the title names a calendar period and the lead a
     * fiscal one of the same kind, the report is the fiscal one; null when the lead names none.
     */
    private static PeriodMentions.Mention fiscalInLead(List<PeriodMentions.Mention> periods, int titleEnd, PeriodMentions.Mention first) {
        if (first == null || first.fiscal() || first.rule().startsWith("en.")) return null;
        for (PeriodMentions.Mention m : periods) {
            if (m.start() < titleEnd) continue;
            if (m.start() > titleEnd + 600) break;
            if (m.fiscal() && m.kind() == first.kind() && m.rule().startsWith("zh.")) return m;
        }
        return null;
    }

    private static int countFiscal(String s) {
        int n = 0;
        for (int i = s.indexOf("fiscal"); i >= 0 && n < 3; i = s.indexOf("fiscal", i + 6)) n++;
        return n;
    }

    /** The year the text names most often (the later one on a tie), for a title without one. */
    private static int firstYear(String s) {
        Matcher m = YEAR.matcher(s);
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        if (!counts.isEmpty()) {
            int best = 0, n = -1;
            for (var e : counts.entrySet()) if (e.getValue() >= n) { best = e.getKey(); n = e.getValue(); }
            return best;
        }
        m = EN_YEAR.matcher(s);
        if (m.find()) return Integer.parseInt(m.group(1));
        return 2000;
    }

}
