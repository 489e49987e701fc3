package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Span;
import io.finlens.text.Chars;
import io.finlens.text.KeyedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a document reports on, read from the document itself and never from a list of companies: the name
 * before a ticker bracket, the subject of a reporting verb in the title or lead, a release's "X Reports…" title, a
 * call's welcome line or roster, the short name a document defines; each such cue proposes a candidate with a
 * weight, and how often the text names a candidate adds to it. The best candidate wins; every candidate keeps the
 * span and the rule that proposed it.
 */
final class ReportingCompany {
    private ReportingCompany() {
    }

    /** A name the document proposes as its reporting company. */
    record Candidate(String name, Span span, String rule, double weight) {
        Candidate {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("candidate without a name");
        }
    }

    /** The winner and the candidates it was chosen from (in the order proposed). */
    record Found(String name, Span span, String rule, List<Candidate> candidates) {
        static final Found NONE = new Found("unknown", null, "none", List.of());
    }

    /** 云帆控股（01234.HK）, 星河药业（SH600001，…）, 蓝山资源（600002）, Acme Inc. (NYSE: ACME): a name before its ticker. */
    private static final KeyedPattern TICKER = new KeyedPattern("(（",
            "[(（](?:(?:SH|SZ|BJ|sh|sz)\\d{6}|\\d{6}(?:\\.(?:SH|SZ|BJ|sh|sz))?|\\d{4,5}\\.(?:HK|hk)|\\d{4,5}(?:HK|hk)|"
                    + "(?:NYSE|NASDAQ|Nasdaq|NasdaqGS|NYSE American|TSX|TSXV|LSE|ASX|HKEX|SEHK|港交所|纽交所|纳斯达克|美股|港股|A股)[:：]?\\s*[A-Z0-9.]{1,8}|"
                    + "[A-Z]{1,5}\\.(?:US|N|O|HK))[,，;；)）/、]");
    /** Acme Inc. Reports Second Quarter 2023 Results; MGM RESORTS INTERNATIONAL REPORTS FOURTH QUARTER…. */
    private static final Pattern REPORTS_TITLE = Pattern.compile(
            "^\\W*([A-Z][\\w&.,'’ -]{1,70}?)\\s+(?i:Reports|Announces|Posts|Delivers|Releases|Interim Report|Half-Year Report|"
                    + "Quarterly Report|Annual Report|Year-End Report|Provides|Completes|Achieves)\\b");
    /** The period words of a call's or a release's title: Third Quarter 2022, Q3 2022, Fiscal 2023, FY24, 2022. */
    private static final String EN_TITLE_PERIOD = "(?:(?:Fiscal\\s+)?(?:First|Second|Third|Fourth|1st|2nd|3rd|4th)\\s+Quarter|Full[- ]Year|"
            + "Fiscal|Q[1-4]|H[12]|FY\\s?'?\\d{2,4}|(?:19|20)\\d{2})";
    /** Acme Corp Third Quarter 2022 Earnings Call; Q2 2023 Acme Inc Earnings Call; Acme Q4 2022 Results Conference Call. */
    private static final Pattern CALL_TITLE = Pattern.compile(
            "^\\W*(?:" + EN_TITLE_PERIOD + "(?:\\s+(?:19|20)\\d{2})?\\s+([A-Z][\\w&.,'’ -]{1,60}?)|([A-Z][\\w&.,'’ -]{1,60}?)\\s+"
                    + EN_TITLE_PERIOD + "\\b[^\\n]{0,30}?)\\s+(?i:Earnings|Results|Financial Results|Conference Call|Earnings Call)\\b");
    /** Welcome to the Hannon Armstrong Third Quarter 2022 Earnings Conference Call. */
    private static final Pattern WELCOME = Pattern.compile(
            "(?i:welcome to (?:the |today's )?)([A-Z][\\w&.,'’ -]{1,60}?)(?:'s|’s)?\\s+(?i:(?:fiscal |first |second |third |fourth |full[- ]year |"
                    + "Q[1-4] |FY|\\d{4} |[a-z]+ quarter)[^.\\n]{0,60}?(?:earnings|results|conference|financial)[^.\\n]{0,30}?call|"
                    + "(?:earnings|conference|quarterly)[^.\\n]{0,30}?call)");
    /** Jeffrey Lipson\nAcme Capital, Inc. - Executive VP, CFO: a call roster line naming the company and a title. */
    private static final Pattern ROSTER_LINE = Pattern.compile("(?m)^\\s*([A-Z][\\w&.,'’ -]{1,70}?)\\s+[-–—]\\s+[A-Z][^\\n]{1,80}$");
    /** (“Acme” or the “Company”), (the "Company" or "Acme"): the short name a release defines. */
    private static final KeyedPattern EN_DEFINED = new KeyedPattern("(（", "[(（][“\"]([A-Z][\\w&.'’ -]{1,40})[”\"] or (?:the )?[“\"]Company[”\"][)）]");
    /** 以下简称“蓝山”, （简称“蓝山”）, （“蓝山”）: the short name a Chinese document defines. */
    private static final KeyedPattern ZH_DEFINED = new KeyedPattern("(（", "[(（](?:以下简称|下称|简称)[:：]?[“\"「]([\\p{IsHan}A-Za-z]{2,12})[”\"」][)）]");
    /** …发布2025年度业绩预增公告, 公布了最新财报, 披露年报: a reporting verb and, soon after, what it reports (keys: the
     * first chars of the adverbs and verbs). */
    private static final KeyedPattern ZH_REPORTS = new KeyedPattern("正今昨近日晚盘于发公披交递",
            "(?:正式|今日|昨日|近日|日前|晚间|今天|昨天|盘后|于)?(?:发布|公布|披露|交出|公告|递交|发出)了?[^。；\\n]{0,24}?"
                    + "(?:财报|业绩|年报|季报|中报|半年报|年度报告|季度报告|成绩单|公告|预告|预警|快报|报告)");
    /** 蓝山科技创始人、董事长王某: a company named before one of its officers (keys: each title's first char). */
    private static final KeyedPattern ZH_OFFICER = new KeyedPattern("创董首C总行财发",
            "(?:创始人|董事长|首席执行官|首席财务官|CEO|CFO|总裁|行长|董事会主席|总经理|财务总监|发言人)");
    /** 蓝山科技第二季度营收…, 东方XX发布…: a title clause's subject before a period, a report word or a verb. */
    private static final Pattern ZH_TITLE_SUBJECT = Pattern.compile(
            "([\\p{IsHan}A-Za-z&]{2,12}?)(?:发布|公布|披露|公告|交出|截至|(?:19|20)\\d\\d(?:年|财年)|第?[一二三四1-4]季度|Q[1-4]|第[一二三四]财季|"
                    + "上半年|下半年|前三季度|全年|年度|半年度|财报|业绩|年报|营收|净利|收入|去年|今年)");
    /** Centene Corporation (CNC) Q3 2021 Earnings Call Transcript: a title naming the company and its bare ticker. */
    private static final Pattern TICKER_TITLE = Pattern.compile("^\\W*([A-Z][\\w&.,'’ -]{1,60}?)\\s*\\((?:[A-Z]+:\\s?)?[A-Z.]{1,6}\\)");
    /** A news headline or lead: "Harbor Freightways beats profit estimates", "Harbor Freightways Inc on Wednesday reported". */
    private static final Pattern NEWS_SUBJECT = Pattern.compile(
            "(?m)^(?:[A-Z][A-Za-z .,'-]{0,40}\\([A-Za-z ]{2,20}\\) *[-–—] *)?((?:[A-Z][\\w&'.-]*)(?: (?:[A-Z][\\w&'.-]*|&|of|de)){0,4}?)"
                    + "(?: (?:Inc|Corp|Co|Ltd|Holdings|Group|Corporation|Incorporated|plc|PLC|SA|AG|NV|SE|Limited)\\.?,?)?"
                    + "(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? (?:beats?|misses|missed|posts?|posted|reports?|reported|"
                    + "raises?|raised|cuts?|tops?|topped|warns?|warned|forecasts?|forecast|says|said|lifts?|lifted|trims?|trimmed|sees|expects?|"
                    + "announced|announces)\\b");
    /** 嘉禾國際控股有限公司, Harbour Holdings Limited: a filing whose first line is the company's name alone. */
    private static final Pattern NAME_LINE = Pattern.compile("^#*\\s*([\\p{IsHan}A-Za-z（）()]{2,24}?(?:股份有限公司|有限公司|控股|集团|公司)"
            + "|[A-Z][\\w&.,' -]{1,60}? (?:Limited|Ltd\\.?|Inc\\.?|Incorporated|Corporation|Corp\\.?|Holdings|Group|plc|PLC|AG|SA|N\\.V\\.|AB|ASA))\\s*$");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:(?:\\d{1,2}月\\d{1,2}日|今日|昨日|近日|日前|今天|昨天|本周|上周|周[一二三四五六日])(?:晚间|晚|早间|盘后|午间)?|据悉|另外|同时|其中|此外)+");
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:今日|昨日|近日|日前|今天|昨天|晚间|盘后|正式|也|则|已|已经|将|于|在|再度|再次|刚刚|率先|相继|同期|今年|去年|周[一二三四五六日]|本周|上周|突然|对外|公开|集体|同步|紧急|首度|首次|最新|随后|当天|当日|同日|今晨|昨晚|今晚)+$");
    private static final Pattern LEADING_CONNECTOR = Pattern.compile("^(?:和|与|及|以及|而|但|对于|至于|其中)");
    private static final Pattern INNER_CONNECTOR = Pattern.compile(".的|[A-Za-z](?:和|与|及)|(?:和|与|及)[A-Za-z]");
    private static final Pattern APPOSITION = Pattern.compile("^[\\p{IsHan}]{2,8}(?:母公司|旗下|子公司)([A-Za-z][A-Za-z&. ]{1,30})$");
    private static final Pattern EN_TRAILING = Pattern.compile("(?i)[\\s,]+(?:today|on|has|have|yesterday|the|said)$");
    /** Words that are never a company's name on their own (what precedes a verb in many sentences). */
    private static final List<String> NOT_A_NAME = List.of("公司", "该公司", "本公司", "集团", "我们", "记者", "作者", "多家公司",
            "上市公司", "分析师", "机构", "市场", "行业", "投资者", "官方", "财报", "公告", "数据", "报告", "央行", "统计局");
    /** 两大石油央企, 多家上市公司, 去年合计: words about companies in general, or about time, not a name. */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:两|三|多|几|各|这|该|本|其|此|某|上述|相关|国内|海外|全球|预计|预期|预告|有望|或将|拟|首次|再度|成功|实现|业绩|股价|今日|市值)|(?:上市公司|央企|企业|公司们|同行|巨头|龙头|概念股)$|年|月|合计|累计|同比|环比|营收|利润|多家|行业|近期");
    private static final String[] ZH_SUFFIXES = {"股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团股份", "控股集团", "集团公司",
            "控股", "集团", "股份", "公司"};
    private static final Pattern EN_SUFFIX = Pattern.compile(
            "(?i)[,\\s]+(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|Co\\.?|Company|Ltd\\.?|Limited|Holdings|Group|plc|PLC|SA|AG|NV|N\\.V\\.|SE|AB|ASA|L\\.P\\.|LLC)$");

    /** The reporting company of normalized text {@code s} whose title ends at {@code titleEnd}. */
    static Found find(String s, int titleEnd, String title) {
        int headEnd = Math.min(s.length(), titleStart(s, title) + 5000);
        List<Candidate> cs = new ArrayList<>();
        tickers(s, headEnd, cs);
        reportsTitle(s, titleEnd, title, cs);
        englishTitleAndLead(s, title, cs);
        callTitle(s, title, cs);
        welcome(s, Math.min(s.length(), 8000), cs);
        roster(s, Math.min(s.length(), 4000), cs);
        // the Chinese rules each need a Han character in what they read (a cue word, or a name they keep): a head of
        // Latin text is not run through them
        if (Chars.hasHan(s, 0, headEnd) || Chars.hasHan(title)) {
            defined(s, Math.min(s.length(), 4000), cs);
            zhReports(s, headEnd, cs);
            zhTitleSubject(title, titleStart(s, title), cs);
            zhOfficers(s, headEnd, cs);
        }
        if (cs.isEmpty()) return Found.NONE;
        cs = resolveDescriptors(s, cs);
        // votes: each candidate's cue weight, plus the cue weights of candidates that are the same company, plus how often it is named
        Candidate best = null;
        double bestScore = -1;
        String firstInTitle = firstInTitle(title, cs);
        for (Candidate c : cs) {
            // the strongest cue of each rule that names this company, so that a rule firing twice counts once
            java.util.Map<String, Double> byRule = new java.util.TreeMap<>();
            for (Candidate o : cs) if (o == c || sameCompany(o.name(), c.name())) byRule.merge(o.rule(), o.weight(), Math::max);
            double score = 0;
            for (double w : byRule.values()) score += w;
            score += Math.min(6.0, mentions(s, c.name()) / 3.0);
            if (title.contains(stem(c.name()))) score += 2; // the title names it
            if (firstInTitle != null && sameCompany(firstInTitle, c.name())) score += 1; // and names it first
            boolean earlier = best != null && c.span().start() < best.span().start();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && earlier)) {
                best = c;
                bestScore = score;
            }
        }
        Candidate strongest = best;
        for (Candidate c : cs) if (sameCompany(c.name(), best.name()) && c.weight() > strongest.weight()) strongest = c;
        String name = preferredForm(strongest, cs);
        return new Found(name, strongest.span(), strongest.rule(), List.copyOf(cs));
    }

    private static final Pattern DESCRIPTOR = Pattern.compile("[\\p{IsHan}]{2,8}(?:母公司|旗下)$");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3}");

    /** 云帆母公司, where the text also writes 云帆母公司Skyline: the candidate is the name the descriptor stands before. */
    private static List<Candidate> resolveDescriptors(String s, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Candidate r = c;
            if (DESCRIPTOR.matcher(c.name()).find()) {
                for (int i = s.indexOf(c.name()); i >= 0 && r == c; i = s.indexOf(c.name(), i + 1)) {
                    Matcher m = LATIN_NAME.matcher(s).region(i + c.name().length(), Math.min(s.length(), i + c.name().length() + 40));
                    if (m.lookingAt()) r = new Candidate(m.group(), new Span(m.start(), m.end()), c.rule(), c.weight());
                }
            }
            out.add(r);
        }
        return out;
    }

    /** The candidate whose stem the title names first, or null. */
    private static String firstInTitle(String title, List<Candidate> cs) {
        String first = null;
        int at = Integer.MAX_VALUE;
        for (Candidate c : cs) {
            int i = title.indexOf(stem(c.name()));
            if (i >= 0 && i < at) {
                at = i;
                first = c.name();
            }
        }
        return first;
    }

    private static int titleStart(String s, String title) {
        int i = s.indexOf(title);
        return Math.max(0, i);
    }

    private static void tickers(String s, int to, List<Candidate> out) {
        KeyedPattern.Finder m = TICKER.in(s, 0, to);
        while (m.find()) {
            Named n = nameBefore(s, m.start());
            if (n != null) out.add(new Candidate(n.name(), n.span(), "company.ticker", 6));
        }
    }

    private static void reportsTitle(String s, int titleEnd, String title, List<Candidate> out) {
        Matcher m = REPORTS_TITLE.matcher(title);
        if (m.find()) {
            String name = cleanEnglish(m.group(1));
            int at = titleStart(s, title) + m.start(1);
            if (name != null) out.add(new Candidate(name, new Span(at, at + m.group(1).length()), "en.company.reports-title", 6));
        }
        // a release whose headline is not its first line: the first lines, up to a few hundred characters
        Matcher h = Regex.of("(?m)^\\W*([A-Z][\\w&.,'’ -]{1,70}?)\\s+(?i:Reports|Announces)\\s+(?i:(?:First|Second|Third|Fourth|Full[- ]Year|Fiscal|Q[1-4]|\\d{4})\\b)")
                .matcher(s).region(0, Math.min(s.length(), 1500));
        if (h.find() && h.start(1) >= titleEnd) {
            String name = cleanEnglish(h.group(1));
            if (name != null) out.add(new Candidate(name, new Span(h.start(1), h.end(1)), "en.company.reports-headline", 5));
        }
    }

    private static void englishTitleAndLead(String s, String title, List<Candidate> out) {
        int at = titleStart(s, title);
        Matcher t = TICKER_TITLE.matcher(title);
        if (t.find()) {
            String name = cleanEnglish(t.group(1));
            if (name != null) out.add(new Candidate(name, new Span(at + t.start(1), at + t.end(1)), "en.company.ticker-title", 6));
        }
        Matcher own = NAME_LINE.matcher(title.strip());
        if (own.matches()) {
            int st = at + title.indexOf(own.group(1));
            out.add(new Candidate(own.group(1), new Span(st, st + own.group(1).length()), "company.name-line", 4));
        }
        Matcher n = NEWS_SUBJECT.matcher(s).region(at, Math.min(s.length(), at + 600));
        while (n.find()) {
            String name = n.group(1).strip();
            if (Regex.matches(name, "(?i)(?:the|a|an|it|this|we|our|shares|analysts|investors|by|staff|company|revenue|sales|net)\\b.*") || name.length() < 3) continue;
            out.add(new Candidate(name, new Span(n.start(1), n.start(1) + name.length()), "en.company.news-subject", 3));
            break;
        }
    }

    /** {@code en.company.call-title}: the name a call's or results' title gives before or after its period. */
    private static void callTitle(String s, String title, List<Candidate> out) {
        Matcher m = CALL_TITLE.matcher(title);
        if (!m.find()) return;
        int g = m.group(1) != null ? 1 : 2;
        String name = cleanEnglish(m.group(g));
        int at = titleStart(s, title) + m.start(g);
        if (name != null) out.add(new Candidate(name, new Span(at, at + m.group(g).length()), "en.company.call-title", 5));
    }

    private static void welcome(String s, int to, List<Candidate> out) {
        Matcher m = WELCOME.matcher(s).region(0, to);
        if (m.find()) {
            String name = cleanEnglish(m.group(1));
            if (name != null) out.add(new Candidate(name, new Span(m.start(1), m.start(1) + m.group(1).length()), "en.company.call-welcome", 5));
        }
    }

    /** The company most roster lines name (the corporate participants come first), when the text has a roster. */
    private static void roster(String s, int to, List<Candidate> out) {
        int at = s.indexOf("CORPORATE PARTICIPANTS");
        if (at < 0 || at > 600) at = s.indexOf("Corporate Participants");
        if (at < 0 || at > 600) return;
        int end = s.indexOf("CONFERENCE CALL PARTICIPANTS", at);
        if (end < 0) end = to;
        Matcher m = ROSTER_LINE.matcher(s).region(at, Math.min(to, end));
        java.util.Map<String, int[]> seen = new java.util.LinkedHashMap<>();
        while (m.find()) seen.computeIfAbsent(m.group(1).strip(), k -> new int[] {m.start(1), 0})[1]++;
        String best = null;
        int most = 0;
        for (var e : seen.entrySet()) if (e.getValue()[1] > most) { best = e.getKey(); most = e.getValue()[1]; }
        if (best != null) {
            int start = seen.get(best)[0];
            out.add(new Candidate(best, new Span(start, start + best.length()), "en.company.roster", 5));
        }
    }

    private static void defined(String s, int to, List<Candidate> out) {
        KeyedPattern.Finder f = ZH_DEFINED.in(s, 0, to);
        while (f.find()) {
            Matcher m = f.matcher();
            Named full = nameBefore(s, m.start());
            if (full != null) out.add(new Candidate(full.name(), full.span(), "zh.company.defined-alias", 3));
            else out.add(new Candidate(m.group(1), new Span(m.start(1), m.end(1)), "zh.company.defined-alias", 3));
        }
        KeyedPattern.Finder fe = EN_DEFINED.in(s, 0, to);
        while (fe.find()) {
            Matcher e = fe.matcher();
            out.add(new Candidate(e.group(1), new Span(e.start(1), e.end(1)), "en.company.defined-alias", 3));
        }
    }

    private static void zhReports(String s, int to, List<Candidate> out) {
        KeyedPattern.Finder m = ZH_REPORTS.in(s, 0, to);
        while (m.find()) {
            Named n = nameBefore(s, m.start());
            if (n != null) out.add(new Candidate(n.name(), n.span(), "zh.company.reports", 4));
        }
    }

    private static void zhTitleSubject(String title, int offset, List<Candidate> out) {
        String t = title;
        int pos = 0;
        for (String clause : Regex.split(t, "[,，:：!！?？|｜\\s—–]", -1)) {
            int lead = 0;
            while (lead < clause.length() && !Chars.isHan(clause.charAt(lead)) && !Chars.isLatin(clause.charAt(lead))) lead++;
            Matcher m = ZH_TITLE_SUBJECT.matcher(clause).region(lead, clause.length());
            if (m.lookingAt()) {
                String g = trimName(m.group(1));
                if (g != null && Chars.hasHan(g)) {
                    int at = offset + pos + lead;
                    out.add(new Candidate(g, new Span(at, at + g.length()), "zh.company.title-subject", 2));
                }
            }
            pos += clause.length() + 1;
        }
    }

    private static void zhOfficers(String s, int to, List<Candidate> out) {
        KeyedPattern.Finder m = ZH_OFFICER.in(s, 0, to);
        int found = 0;
        while (m.find() && found < 6) {
            Named n = nameBefore(s, m.start());
            if (n == null || !Chars.hasHan(n.name())) continue;
            out.add(new Candidate(n.name(), n.span(), "zh.company.officer", 0.5));
            found++;
        }
    }

    /** A name and where the text writes it. */
    record Named(String name, Span span) {
    }

    /** {@link #nameRunBefore} with the span of the name in {@code s}; null when there is no name. */
    static Named nameBefore(String s, int end) {
        String name = nameRunBefore(s, end);
        if (name == null) return null;
        int at = s.lastIndexOf(name, end);
        if (at < 0 || end - at > 60) return null;
        return new Named(name, new Span(at, at + name.length()));
    }

    /** The name that ends right before {@code end}: a run of Han or Latin letters after a delimiter, without time words. */
    static String nameRunBefore(String s, int end) {
        int i = end;
        while (i > 0 && s.charAt(i - 1) == ' ') i--;
        int stop = i;
        int k = i;
        while (k > 0 && stop - k < 40) {
            char c = s.charAt(k - 1);
            if (Chars.isHan(c) || Chars.isLatin(c) || c == '&' || c == '·' || c == '.' || c == '\'' || c == '’'
                    || (c == ' ' && k - 2 >= 0 && latinOrAmp(s.charAt(k - 2)) && latinOrAmp(s.charAt(k)))
                    || (Chars.isDigit(c) && k < stop && Chars.isLatin(s.charAt(k)))) {
                k--;
            } else {
                break;
            }
        }
        String run = s.substring(k, stop);
        if (run.isEmpty()) return null;
        if (Chars.isLatin(run.charAt(run.length() - 1)) || Chars.isLatin(run.charAt(0)) && !Chars.hasHan(run)) {
            return cleanEnglish(run);
        }
        return trimName(run);
    }

    private static boolean latinOrAmp(char c) {
        return Chars.isLatin(c) || c == '&';
    }

    private static String trimName(String run) {
        String name = LEADING_TIME.matcher(run).replaceFirst("");
        name = TRAILING_TIME.matcher(name).replaceFirst("");
        name = LEADING_CONNECTOR.matcher(name).replaceFirst("");
        // 谷歌母公司Alphabet: a descriptor, then the name itself
        Matcher apposition = APPOSITION.matcher(name);
        if (apposition.matches()) name = apposition.group(1);
        if (INNER_CONNECTOR.matcher(name).find()) return null; // Alphabet和谷歌的: two names, or a name and more
        if (name.length() < 2 || name.length() > 16 || NOT_A_NAME.contains(name) || GENERIC.matcher(name).find()) return null;
        for (int i = 0; i < name.length(); i++) if (!Chars.isHan(name.charAt(i)) && !Chars.isLatin(name.charAt(i)) && "&·".indexOf(name.charAt(i)) < 0) return null;
        return name;
    }

    private static String cleanEnglish(String raw) {
        String name = EN_TRAILING.matcher(raw.strip()).replaceFirst("").strip();
        name = Regex.replaceAll(name, "^(?i:the)\\s+", "");
        if (name.length() < 2 || Regex.split(name, "\\s+").length > 8) return null;
        if (Regex.matches(name, "(?i)(?:ladies and gentlemen|good (?:morning|afternoon|evening)|thank you|operator|hello|hi)\\b.*")) return null;
        if (!Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))) return null;
        return name;
    }

    /** The stem of a name for counting and comparing: without legal and group endings (蓝山科技集团 → 蓝山科技, Acme Inc. → Acme). */
    static String stem(String name) {
        List<String> forms = endingsOff(name, true);
        return forms.get(forms.size() - 1);
    }

    /** A name and each shorter form its endings leave (东风集团股份公司, 东风集团股份, 东风集团, 东风), at least two characters. */
    static List<String> shorterForms(String name) {
        return endingsOff(name, false);
    }

    /** The name, then each form left as Chinese (and, when asked, English) legal and group endings come off, in order. */
    private static List<String> endingsOff(String name, boolean english) {
        List<String> out = new ArrayList<>();
        String n = name.strip();
        out.add(n);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suf : ZH_SUFFIXES) {
                if (n.endsWith(suf) && n.length() - suf.length() >= 2) {
                    n = n.substring(0, n.length() - suf.length());
                    if (!out.contains(n)) out.add(n);
                    changed = true;
                }
            }
            Matcher m = english ? EN_SUFFIX.matcher(n) : null;
            if (m != null && m.find() && m.start() >= 2) {
                n = n.substring(0, m.start());
                if (!out.contains(n)) out.add(n);
                changed = true;
            }
        }
        return out;
    }

    static boolean sameCompany(String a, String b) {
        String x = stem(a).toLowerCase(Locale.ROOT), y = stem(b).toLowerCase(Locale.ROOT);
        if (x.equals(y)) return true;
        int min = Math.min(x.length(), y.length());
        if (min < 2) return false;
        // 零跑 and 零跑汽车, 光大银行 and 中国光大银行, Hannon Armstrong and Hannon Armstrong Sustainable…
        return (x.startsWith(y) || y.startsWith(x) || (min >= 3 && (x.endsWith(y) || y.endsWith(x))));
    }

    /** How often the text names a company: its stem, counted without overlaps (capped). */
    static int mentions(String s, String name) {
        String st = stem(name);
        if (st.length() < 2) return 0;
        boolean latin = !Chars.hasHan(st);
        String hay = s;
        int n = 0;
        for (int i = hay.indexOf(st); i >= 0 && n < 60; i = hay.indexOf(st, i + st.length())) n++;
        if (latin) {
            String first = Regex.split(st, "\\s+")[0];
            if (first.length() >= 3 && !first.equals(st)) {
                int m = 0;
                for (int i = hay.indexOf(first); i >= 0 && m < 60; i = hay.indexOf(first, i + first.length())) m++;
                n = Math.max(n, m / 2);
            }
        }
        return n;
    }

    /** The form to report: the title's, else the winner as written, in mixed case where another cue wrote the same company so. */
    private static String preferredForm(Candidate best, List<Candidate> cs) {
        // the form the title uses (蓝山科技 rather than 蓝山科技控股有限公司 from the lead)
        for (Candidate c : cs) if (c.rule().equals("zh.company.title-subject") && sameCompany(c.name(), best.name())) return c.name();
        String name = best.name();
        if (isUpperCase(name)) {
            for (Candidate c : cs) if (!isUpperCase(c.name()) && c.name().equalsIgnoreCase(name)) return c.name();
            for (Candidate c : cs) if (!isUpperCase(c.name()) && sameCompany(c.name(), name)) return c.name();
        }
        return name;
    }

    private static boolean isUpperCase(String t) {
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

}
