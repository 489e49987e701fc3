package io.finlens.fact;

import io.finlens.model.Period;
import io.finlens.text.Chars;
import io.finlens.text.KeyedPattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period expressions in normalized text, each a small named rule: explicit ones (2025年第一季度, 2024财年第一季度,
 * 2025年3月31日, Q3 2022, fiscal 2024), ones without a year (一季度, 上半年, 前三季度, 全年) and relative words
 * (去年同期, 上季度, 本季度). A mention resolves against the document's own period.
 */
final class PeriodMentions {
    enum Kind { QUARTER, HALF, NINE_MONTHS, YEAR, MONTH, INSTANT, RELATIVE }

    /**
     * A period expression: year (0 when the text gives none), the number within the year (quarter, half, month),
     * a date for instants, a relative meaning, and the rule that found it.
     */
    record Mention(int start, int end, Kind kind, int year, int number, boolean fiscal, LocalDate date, String relative,
                   String rule) {
        boolean hasYear() {
            return year > 0;
        }
    }

    /**
     * A period rule, all it is in one value: its id (which facts carry), its pattern, the characters every match starts
     * with (empty: tried at every position), what it cannot match without (one of {@link PeriodRuleKeys}' key characters
     * in Chinese, a word in English, so that a window without them is skipped) and how a match becomes a
     * {@link Mention} (a function of {@link PeriodBuilds}).
     */
    private record Rule(String id, Pattern pattern, PeriodBuilds.Build build, KeyedPattern keyed, int needBits, String needWord) {
    }

    /** The first characters of a rule whose every match starts with a year of four digits, 19xx or 20xx. */
    private static final String YEAR = "year";

    private static Rule rule(String id, String regex, String starts, String needs, PeriodBuilds.Build build) {
        boolean english = id.startsWith("en.");
        if (starts.equals(YEAR) && !regex.startsWith("((?:19|20)\\d\\d)")) throw new IllegalStateException(id + " does not start with a year");
        // a year rule is tried only where 19 or 20 stands: 1 and 2 alone are in every other figure
        KeyedPattern keyed = starts.isEmpty() ? null : starts.equals(YEAR) ? KeyedPattern.prefixed(List.of("19", "20"), regex)
                : new KeyedPattern(starts, regex);
        return new Rule(id, keyed != null ? keyed.pattern() : Pattern.compile(regex), build, keyed,
                english ? 0 : PeriodRuleKeys.bits(needs), english && !needs.isEmpty() ? PeriodRuleKeys.word(needs) : null);
    }

    /**
     * A Chinese rule whose needed char stands at most {@code reach} chars after every match's first ({@code 12月末}: 月
     * one or two after the first digit): tried only where a first char has that char so near, not at every digit.
     */
    private static Rule near(String id, String regex, String starts, String needs, int reach, PeriodBuilds.Build build) {
        if (id.startsWith("en.") || needs.length() != 1) throw new IllegalStateException(id + ": a near rule is Chinese and needs one char");
        KeyedPattern keyed = KeyedPattern.anchored(starts, needs.charAt(0), reach, regex);
        return new Rule(id, keyed.pattern(), build, keyed, PeriodRuleKeys.bits(needs), null);
    }

    private static final String Q = "([一二三四1-4])";
    private static final List<Rule> RULES = List.of(
            // 截至2025年6月30日止六个月, 截至2024年12月31日止年度: a Hong Kong filing's period, named by the day it ends
            rule("zh.period.months-ended", "截至((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日止(?:的)?(三个月|六个月|九个月|十二个月|年度|财政年度|半年度)", "截", "月", PeriodBuilds::zhMonthsEnded),
            rule("zh.period.date", "((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日", YEAR, "月", PeriodBuilds::zhDate),
            rule("zh.period.month-end", "((?:19|20)\\d\\d)年(\\d{1,2})月(?:末|底|份末)", YEAR, "月", PeriodBuilds::zhMonthEnd),
            // 2023/24财年第一财季, 2023/2024财年: a fiscal year spanning two calendar years is named by the one it ends in
            rule("zh.period.fiscal-year-span", "((?:19|20)\\d\\d)\\s?/\\s?((?:19|20)?\\d\\d)\\s?财年(?:的|度)?(?:第?" + Q + "(?:财季|财政季度|季度|季))?", YEAR, "年", PeriodBuilds::zhFiscalYearSpan),
            // 2023自然年第一季度: a calendar quarter named as such in a text about fiscal periods
            rule("zh.period.calendar-quarter", "((?:19|20)\\d\\d)\\s?(?:自然年|日历年)(?:的|度)?第?" + Q + "(?:季度|季)", YEAR, "季", PeriodBuilds::zhCalendarQuarter),
            rule("zh.period.fiscal-quarter", "((?:19|20)\\d\\d)\\s?财年的?第?" + Q + "(?:财季|财政季度|季度|季)", YEAR, "季", PeriodBuilds::zhFiscalQuarter),
            rule("zh.period.year-quarter", "((?:19|20)\\d\\d)年?(?:的|度)?第?" + Q + "(?:季度|季)", YEAR, "季", PeriodBuilds::yearQuarter),
            rule("en.period.year-q", "((?:19|20)\\d\\d)\\s?Q([1-4])", YEAR, "q", PeriodBuilds::yearQuarter),
            rule("en.period.q-year", "Q([1-4])\\s?((?:19|20)?\\d\\d)\\b", "Q", "q", PeriodBuilds::enQYear),
            rule("zh.period.year-half", "((?:19|20)\\d\\d)年(?:度)?(上半年|下半年|上半财年|中期|半年度)", YEAR, "半中", PeriodBuilds::zhYearHalf),
            // 年中 is mid-year, but 2007年中国移动 is a year and then 中国 (中华): no mid-year there
            rule("zh.period.mid-year", "(当年|今年|去年)?(?:中期末|年中(?![国华])|中期)(?!业绩|报告|财报)", "当今去中年", "中", PeriodBuilds::zhMidYear),
            rule("zh.period.year-nine-months", "((?:19|20)\\d\\d)年(?:的)?前三(?:个)?(?:季度|季)", YEAR, "季", PeriodBuilds::zhYearNineMonths),
            rule("zh.period.year-same-period", "((?:19|20)\\d\\d)年(?:的)?同期", YEAR, "同", PeriodBuilds::zhYearSamePeriod),
            rule("zh.period.year-months-to-date", "((?:19|20)\\d\\d)年1-(3|6|9|12)月", YEAR, "月", PeriodBuilds::zhYearMonthsToDate),
            rule("zh.period.year-month", "((?:19|20)\\d\\d)年(\\d{1,2})月(?!\\d|日)", YEAR, "月", PeriodBuilds::zhYearMonth),
            rule("zh.period.fiscal-year", "((?:19|20)\\d\\d)\\s?(?:财年|财政年度|年年度|年度|年全年度|全年度|全年|年全年|年)", YEAR, "年", PeriodBuilds::zhFiscalYear),
            near("zh.period.nine-months", "前三(?:个)?(?:季度|季)", "前", "季", 3, PeriodBuilds::nineMonthsNoYear),
            // 今年前六个月, 前9个月: the first half, the first nine months, of the year the text is about
            near("zh.period.first-months", "(?:今年|本年)?前([六6九9])个月", "今本前", "月", 5, PeriodBuilds::zhFirstMonths),
            // 第二财季, 财年一季度, 第四财政季度: a fiscal quarter whose year the text gives elsewhere
            rule("zh.period.fiscal-quarter-no-year", "(?:财年(?:的)?第?" + Q + "(?:季度|季)|第?" + Q + "(?:财季|财政季度))", "财第一二三四1234", "季", PeriodBuilds::zhFiscalQuarterNoYear),
            near("zh.period.quarter", "第?" + Q + "(?:季度|季)(?!度?末)", "第一二三四1234", "季", 2, PeriodBuilds::zhQuarter),
            near("zh.period.half", "(上半年|下半年)", "上下", "半", 1, PeriodBuilds::zhHalf),
            // 12月季度, 9月当季: the quarter that ends in that month (a US company's December quarter)
            near("zh.period.month-quarter", "(?<![\\d年])(3|6|9|12)月(?:份)?(?:当季|季度|的季度)", "1369", "月", 2, PeriodBuilds::zhMonthQuarter),
            near("zh.period.month-end-no-year", "(?<![\\d年])(\\d{1,2})月(?:末|底)", "0123456789", "月", 2, PeriodBuilds::zhMonthEndNoYear),
            near("zh.period.date-no-year", "(\\d{1,2})月(\\d{1,2})日", "0123456789", "月", 2, PeriodBuilds::zhDateNoYear),
            near("zh.period.month-no-year", "(?<![\\d年\\-])(1[0-2]|[1-9])月份?(?![\\d日末底初中下上])", "123456789", "月", 2, PeriodBuilds::zhMonthNoYear),
            // (年度同比: year on year, a comparison's word, not the year)
            rule("zh.period.full-year", "(全年|年度(?!同比)|今年)", "全年今", "年", PeriodBuilds::zhFullYear),
            rule("zh.period.last-year", "(去年|上年|上一年)(?!同期|同季|度同期)", "去上", "年", PeriodBuilds::lastYear),
            rule("en.period.fiscal-year-quarter", 
                    "(?i)\\bfiscal (?:year )?((?:19|20)\\d\\d) (first|second|third|fourth) quarter", "fF", "fiscal", PeriodBuilds::enFiscalYearQuarter),
            // Second Quarter FY24, third quarter of fiscal '23: the fiscal year after the quarter
            rule("en.period.ordinal-quarter-fy", 
                    "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: of)?,? (?:FY|fiscal(?: year)?) ?'?((?:19|20)\\d\\d|\\d\\d)\\b", "fstFST1234", "quarter", PeriodBuilds::enOrdinalQuarterFy),
            rule("en.period.ordinal-quarter", 
                    "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: of)?( fiscal)?(?: year)?(?:,? ((?:19|20)\\d\\d|'\\d\\d))?", "fstFST1234", "quarter", PeriodBuilds::enOrdinalQuarter),
            // "after 1.89 in quarter one": the quarter by its number, as calls say it
            rule("en.period.quarter-number", "(?i)\\bquarter (one|two|three|four)\\b(?:,? ((?:19|20)\\d\\d)\\b)?", "qQ", "quarter", PeriodBuilds::enQuarterNumber),
            // Q2 FY24, Q4 fiscal 2023, Q3 of fiscal '22: a fiscal quarter in a release's shorthand
            rule("en.period.q-fy", "\\bQ([1-4])\\s?(?:of )?(?:FY|F|fiscal )\\s?'?((?:19|20)?\\d\\d)\\b", "Q", "q", PeriodBuilds::enQFy),
            rule("en.period.q-alone", "\\bQ([1-4])\\b", "Q", "q", PeriodBuilds::enQAlone),
            // FY24, FY 2023, fiscal year 2024 written as FY2024
            rule("en.period.fy", "\\bFY\\s?'?((?:19|20)\\d\\d|\\d\\d)\\b", "F", "fy", PeriodBuilds::enFy),
            rule("en.period.fiscal-year", "(?i)\\bfiscal(?: year)? (?:'(\\d\\d)|((?:19|20)\\d\\d))", "fF", "fiscal", PeriodBuilds::enFiscalYear),
            rule("en.period.as-of", "(?i)\\b(?:as of|at|on) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})(?:, ((?:19|20)\\d\\d))?", "aoAO", "", PeriodBuilds::enAsOf),
            rule("en.period.months-ended", "(?i)\\b(three|six|nine|twelve) months ended (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}),? ((?:19|20)\\d\\d)", "tsnTSN", "months ended", PeriodBuilds::enMonthsEndedMdy),
            // Hong Kong and British order: "six months ended 30 June 2025", "year ended 31 December 2024"
            rule("en.period.months-ended-dmy", "(?i)\\b(three|six|nine|twelve) months ended (\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? ((?:19|20)\\d\\d)", "tsnTSN", "months ended", PeriodBuilds::enMonthsEndedDmy),
            // "June 2025 quarter", "the December 2024 quarter": the quarter that ends in that month
            rule("en.period.month-quarter", "\\b(March|June|September|December) ((?:19|20)\\d\\d) quarter\\b", "MJSD", "quarter", PeriodBuilds::enMonthQuarter),
            rule("en.period.year-ended", "(?i)\\byear ended (?:(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})),? ((?:19|20)\\d\\d)", "yY", "year ended", PeriodBuilds::enYearEnded),
            rule("en.period.nine-months", "(?i)\\b(?:first )?nine months(?: of)?(?: the)?(?: fiscal)?(?: year)?(?:,? ((?:19|20)\\d\\d))?", "fnFN", "nine", PeriodBuilds::enNineMonths),
            rule("en.period.half", "(?i)\\b(first|second) half(?: of)?(?: the)?(?: fiscal)?(?: year)?(?:,? ((?:19|20)\\d\\d))?", "fsFS", "half", PeriodBuilds::enHalf),
            // (not "for the year-to-date period", which is year to date)
            rule("en.period.full-year", "(?i)\\b(full[ -]year|for the year|this year|the year)(?![ -]to[ -]date)(?:,? (?:of )?((?:19|20)\\d\\d))?\\b", "ftFT", "year", PeriodBuilds::enFullYear),
            rule("en.period.year-to-date", "(?i)\\byear[ -]to[ -]date\\b", "yY", "year", PeriodBuilds::enYearToDate),
            rule("en.period.next-year", "(?i)\\bnext year\\b", "nN", "year", PeriodBuilds::enNextYear),
            rule("en.period.year", "(?i)\\b(?:in|for|of|during|through) ((?:19|20)\\d\\d)\\b", "ifodtIFODT", "", PeriodBuilds::enYear));

    private PeriodMentions() {
    }

    /** Whether "since " stands right before {@code at}. */
    private static boolean sinceBefore(String s, int at) {
        return at >= 6 && s.regionMatches(true, at - 6, "since ", 0, 6);
    }

    static List<Mention> find(String s, FactLexicon lex) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        // every period expression holds one of the anchor characters; the words and patterns only run in small windows
        // around them, so text without dates costs one scan
        Windows windows = Windows.of(s);
        relativeWords(s, lex, windows.bounds(), taken, out);
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        for (Rule r : RULES) run(r, s, windows, taken, out);
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The windows of text a period can be in ({@code bounds}: start and end, in pairs), which script each holds (Chinese rules
     * need a Han character, English ones a Latin letter), and which of the characters the Chinese rules hinge on each holds
     * ({@code present}: a rule runs only where its character is).
     */
    private record Windows(int[] bounds, boolean[] han, boolean[] latin, int[] present) {
        static Windows of(String s) {
            int[] windows = windows(s);
            boolean[] han = new boolean[windows.length / 2], latin = new boolean[windows.length / 2];
            for (int w = 0; w < windows.length; w += 2) {
                for (int k = windows[w]; k < windows[w + 1] && !(han[w / 2] && latin[w / 2]); k++) {
                    char c = s.charAt(k);
                    if (Chars.isHan(c)) han[w / 2] = true;
                    else if (Chars.isLatin(c)) latin[w / 2] = true;
                }
            }
            int[] present = new int[windows.length / 2];
            for (int w = 0; w < windows.length; w += 2) {
                if (!han[w / 2]) continue;
                for (int k = windows[w]; k < windows[w + 1]; k++) present[w / 2] |= PeriodRuleKeys.bitOf(s.charAt(k));
            }
            return new Windows(windows, han, latin, present);
        }
    }

    /** The lexicon's period words (zh.period.relative, en.period.current-year), but none where a span of time begins (en.period.since). */
    private static void relativeWords(String s, FactLexicon lex, int[] windows, boolean[] taken, List<Mention> out) {
        for (int w0 = 0; w0 < windows.length; w0 += 2) {
            for (int i = windows[w0]; i < windows[w0 + 1]; i++) {
                if (taken[i]) continue;
                var w = lex.periodWordsZh.at(s, i);
                if (w == null || anyTaken(taken, w.start(), w.end())) continue;
                if (!sinceBefore(s, w.start())) {
                    // period.current-year: "in the current year" (of a fourth-quarter release) names the year, not the quarter
                    out.add(w.value().equals("doc-year") ? new Mention(w.start(), w.end(), Kind.YEAR, 0, 0, false, null, null, "en.period.current-year")
                            : new Mention(w.start(), w.end(), Kind.RELATIVE, 0, 0, false, null, w.value(), "zh.period.relative"));
                }
                // (en.period.since: "Since last year, the dollar has strengthened": where a span of time begins, no figure's period)
                for (int k = w.start(); k < w.end(); k++) taken[k] = true;
                i = w.end() - 1;
            }
        }
    }

    /** Rule {@code r} in each window of its script that holds its key. */
    private static void run(Rule r, String s, Windows windows, boolean[] taken, List<Mention> out) {
        KeyedPattern.Finder finder = r.keyed == null ? null : r.keyed.in(s, 0, s.length());
        Matcher m = finder != null ? finder.matcher() : r.pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        boolean english = r.id.startsWith("en.");
        boolean keyed = english ? r.needWord != null : r.needBits != 0;
        int[] bounds = windows.bounds();
        for (int w = 0; w < bounds.length; w += 2) {
            if (english ? !windows.latin()[w / 2] : !windows.han()[w / 2]) continue;
            if (!english && keyed && (windows.present()[w / 2] & r.needBits) == 0) continue;
            if (keyed) aroundKeys(r, m, finder, s, bounds[w], bounds[w + 1], taken, out);
            else match(r, m, finder, bounds[w], bounds[w + 1], taken, out);
        }
    }

    /**
     * In text dense with dates the windows merge into one; a rule then runs only around its own key character or word within
     * the window {@code [from, to)}, one region for each run of keys close together.
     */
    private static void aroundKeys(Rule r, Matcher m, KeyedPattern.Finder finder, String s, int from, int to, boolean[] taken, List<Mention> out) {
        boolean english = r.id.startsWith("en.");
        int before = english ? 40 : 20, after = english ? 48 : 24; // English says it in longer words
        int hit = PeriodRuleKeys.nextKey(s, from, to, english, r.needBits, r.needWord);
        while (hit >= 0) {
            int a = Math.max(from, hit - before), b = Math.min(to, hit + after);
            int next = PeriodRuleKeys.nextKey(s, hit + 1, to, english, r.needBits, r.needWord);
            while (next >= 0 && next - before <= b) {
                b = Math.min(to, next + after);
                next = PeriodRuleKeys.nextKey(s, next + 1, to, english, r.needBits, r.needWord);
            }
            match(r, m, finder, a, b, taken, out);
            hit = next;
        }
    }

    /** Merged windows {@code [start, end)} around the characters every period expression contains. */
    static int[] windows(String s) {
        int n = s.length();
        int[] buf = new int[16];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean anchor = c == '季' || c == '年' || c == '月' || c == '半' || c == 'Q'
                    || (c == '期' && (i > 0 && s.charAt(i - 1) == '告' || i + 1 < n && s.charAt(i + 1) == '内')) // 报告期, 期内
                    || (c == '中' && i + 1 < n && s.charAt(i + 1) == '期') || (c == '中' && i > 0 && s.charAt(i - 1) == '年')
                    || ((c == 'q' || c == 'Q') && s.startsWith("uarter", i + 1)) || ((c == 'y' || c == 'Y') && s.startsWith("ear", i + 1))
                    || (c == '1' && i + 3 < n && s.charAt(i + 1) == '9' || c == '2' && i + 3 < n && s.charAt(i + 1) == '0')
                            && Chars.isDigit(s.charAt(i + 2)) && Chars.isDigit(s.charAt(i + 3)) && (i == 0 || !Chars.isDigit(s.charAt(i - 1)))
                            && (i + 4 >= n || !Chars.isDigit(s.charAt(i + 4))) && (i + 4 >= n || !Chars.isHan(s.charAt(i + 4)))
                    || (c >= 'A' && c <= 'S') && isMonthName(s, i)
                    || ((c == 'f' || c == 'F') && s.startsWith("iscal", i + 1)) || (c == 'F' && i + 1 < n && s.charAt(i + 1) == 'Y')
                    || ((c == 'n' || c == 'N') && s.startsWith("ine months", i + 1)) || (c == 'h' && s.startsWith("alf", i + 1))
                    || ((c == 'm' || c == 'M') && s.regionMatches(true, i + 1, "onths ended", 0, 11));
            if (!anchor) continue;
            int a = Math.max(0, i - 14), b = Math.min(n, i + 20);
            if (len > 0 && a <= buf[len - 1]) {
                buf[len - 1] = Math.max(buf[len - 1], b);
            } else {
                if (len + 2 > buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                buf[len++] = a;
                buf[len++] = b;
            }
        }
        return java.util.Arrays.copyOf(buf, len);
    }


    /** The rules' patterns by id, for the check that their first characters hold every match's first char. */
    static java.util.Map<String, Pattern> patterns() {
        java.util.Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (Rule r : RULES) out.put(r.id, r.pattern);
        return out;
    }

    /** The keyed patterns of the rules that declare their first characters, by id (rules tried everywhere left out). */
    static java.util.Map<String, KeyedPattern> keyed() {
        java.util.Map<String, KeyedPattern> out = new java.util.LinkedHashMap<>();
        for (Rule r : RULES) if (r.keyed != null) out.put(r.id, r.keyed);
        return out;
    }

    /**
     * Runs one rule's pattern over {@code [a, b)}, keeping the matches no earlier rule took. A rule whose matches start
     * with one of a few characters is found by its {@link KeyedPattern} finder, tried only where they stand.
     */
    private static void match(Rule r, Matcher m, KeyedPattern.Finder keyed, int a, int b, boolean[] taken, List<Mention> out) {
        if (keyed != null) keyed.region(a, b);
        else m.region(a, b);
        while (keyed != null ? keyed.find() : m.find()) {
            if (anyTaken(taken, m.start(), m.end())) continue;
            Mention men = build(r, m);
            if (men == null) continue;
            out.add(men);
            for (int t = m.start(); t < m.end(); t++) taken[t] = true;
        }
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private static boolean isMonthName(String s, int i) {
        char c = s.charAt(i);
        if ("JFMASOND".indexOf(c) < 0 || i > 0 && Chars.isLatin(s.charAt(i - 1))) return false;
        // only the months of this first letter (every capital letter of an English text comes here)
        for (String m : MONTHS) if (m.charAt(0) == c && s.startsWith(m, i)) return true;
        return false;
    }

    private static boolean anyTaken(boolean[] t, int a, int b) {
        for (int k = a; k < b; k++) if (t[k]) return true;
        return false;
    }

    /** The rule's mention of a match, or null; a date that does not exist (2月30日) is no mention. */
    private static Mention build(Rule r, Matcher m) {
        try {
            return r.build.from(m, r.id);
        } catch (RuntimeException e) { // 2月30日 and the like: not a date
            return null;
        }
    }

    /** Resolves a mention against the document period; {@code future} for guidance. Null when it cannot. */
    static Period resolve(Mention m, Period doc, boolean future) {
        int docYear = docYear(doc);
        switch (m.kind) {
            case INSTANT -> {
                if (m.hasYear()) return new Period.Instant(m.date);
                if ("last-year".equals(m.relative)) return new Period.Instant(m.date.withYear(docYear - 1));
                LocalDate d = m.date.getDayOfMonth() == m.date.lengthOfMonth()
                        ? java.time.YearMonth.of(docYear, m.date.getMonthValue()).atEndOfMonth() : m.date.withYear(docYear);
                if (d.isAfter(doc.end()) && !future) d = d.minusYears(1);
                return new Period.Instant(d);
            }
            case QUARTER -> {
                boolean fiscal = m.fiscal || doc.fiscal() && !m.rule.equals("zh.period.calendar-quarter");
                if (m.hasYear()) return new Period.Quarter(m.year, m.number, fiscal);
                if (doc instanceof Period.Quarter dq) {
                    int y = dq.year();
                    if (m.number > dq.quarter() && !future) y--;
                    if (m.number < dq.quarter() && future && dq.quarter() == 4) y++; // guidance for the first quarter, given in the fourth
                    return new Period.Quarter(y, m.number, dq.fiscal());
                }
                return new Period.Quarter(docYear, m.number, fiscal);
            }
            case HALF -> {
                return new Period.Half(m.hasYear() ? m.year : docYear, m.number, m.fiscal || doc.fiscal());
            }
            case NINE_MONTHS -> {
                return new Period.NineMonths(m.hasYear() ? m.year : docYear, m.fiscal || doc.fiscal());
            }
            case MONTH -> {
                if (m.hasYear()) return new Period.Month(m.year, m.number);
                int y = docYear;
                if (java.time.YearMonth.of(y, m.number).atDay(1).isAfter(doc.end()) && !future) y--;
                return new Period.Month(y, m.number);
            }
            case YEAR -> {
                if (m.hasYear()) return new Period.Year(m.year);
                // an outlook for the full year given with the fourth quarter is for the next year
                if (future && doc instanceof Period.Quarter dq && dq.quarter() == 4) return new Period.Year(docYear + 1);
                return new Period.Year(docYear);
            }
            case RELATIVE -> {
                return switch (m.relative) {
                    case "doc" -> doc;
                    case "prior-year" -> doc.previousYear();
                    case "prior-quarter" -> doc instanceof Period.Quarter dq ? dq.previous() : doc.previousYear();
                    case "next-quarter" -> doc instanceof Period.Quarter dq ? dq.next() : doc;
                    case "last-year" -> doc instanceof Period.Year ? doc : new Period.Year(docYear - 1);
                    case "next-year" -> new Period.Year(docYear + 1);
                    case "last-year-instant" -> null;
                    case "same-period" -> withYear(doc, m.year);
                    default -> null;
                };
            }
            default -> {
                return null;
            }
        }
    }

    /** The document's kind of period in another year: 2022年同期 in a 2023Q3 article is 2022Q3. */
    static Period withYear(Period doc, int year) {
        return switch (doc) {
            case Period.Quarter q -> new Period.Quarter(year, q.quarter(), q.fiscal());
            case Period.Half h -> new Period.Half(year, h.half(), h.fiscal());
            case Period.NineMonths n -> new Period.NineMonths(year, n.fiscal());
            case Period.Year y -> new Period.Year(year);
            case Period.Month mo -> new Period.Month(year, mo.month());
            case Period.Instant i -> new Period.Instant(i.date().withYear(year));
        };
    }

    /**
     * {@code zh.period.reported-next-year}: whether a report of period {@code doc} comes out in the year after it (a
     * year, a calendar fourth quarter, a second half), so that its 去年 is the period's own year.
     */
    static boolean reportedNextYear(Period doc) {
        return doc instanceof Period.Year || doc instanceof Period.Quarter q && q.quarter() == 4 && !q.fiscal()
                || doc instanceof Period.Half h && h.half() == 2;
    }

    static int docYear(Period doc) {
        return switch (doc) {
            case Period.Quarter q -> q.year();
            case Period.Half h -> h.year();
            case Period.NineMonths n -> n.year();
            case Period.Year y -> y.year();
            case Period.Month mo -> mo.year();
            case Period.Instant i -> i.date().getYear();
        };
    }
}
