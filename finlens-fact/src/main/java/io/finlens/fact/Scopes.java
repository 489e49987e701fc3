package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.model.Period;
import io.finlens.text.Layout;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a heading sets for the paragraphs under it, until the next heading of its level or a higher one: a period
 * ("2023年全年财务要闻", "Fiscal 2024 Guidance"), guidance ("Outlook", "业绩展望"), the non-GAAP basis ("Non-GAAP
 * Results", "经调整业绩"), the business line ("Las Vegas Strip Resorts" over its bullets, in an English release, when the
 * document names that line again elsewhere). Inner sections override outer ones; a sentence's own words override its scope. The title
 * sets nothing: the document's period already says what it says.
 */
final class Scopes {
    /** What holds at a position, and the headings' rules that set it; fields are null or false where nothing is set. */
    record Scope(Period period, String basis, boolean guidance, String segment, List<String> rules) {
        static final Scope NONE = new Scope(null, null, false, null, List.of());

        Scope {
            rules = List.copyOf(rules);
        }
    }

    private static final Pattern GUIDANCE = Pattern.compile(
            "(?i)\\b(?:outlook|guidance|forecasts?)\\b|展望|业绩指引|指引|业绩预告|预测|全年目标");
    /** Headings about forecasts that are disclaimers, not forecasts. */
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)forward[- ]looking|safe harbor|cautionary|前瞻性");
    private static final Pattern NON_GAAP = Pattern.compile("(?i)non[- ]?gaap|non[- ]?ifrs|\\badjusted\\b|非公认会计|非国际财务报告|非通用会计|经调整");
    /** Sections that explain or reconcile measures: their figures are both bases, so the heading sets none. */
    private static final Pattern EXPLAINS = Pattern.compile("(?i)reconcil|presentation|definition|measures|explanat|调节|说明|释义|对账");

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\s*(?:亿|万|千|百万|%|％|million|billion|元|美元|港元)|[$€£¥]\\s?\\d");

    private final Layout layout;
    private final Map<Layout.Section, Scope> own = new IdentityHashMap<>();

    Scopes(String s, Layout layout, DocumentContext doc, List<PeriodMentions.Mention> periods, boolean chinese) {
        this.layout = layout;
        int pi = 0;
        for (Layout.Section section : layout.sections()) {
            Layout.Heading h = section.heading();
            String text = s.substring(h.start(), h.end());
            // the title (and its repetition) sets nothing; a headline stating figures is news, not a section's name
            if (h.start() < doc.titleEnd() || text.strip().equals(Regex.replaceFirst(doc.title(), "^#+\\s*", "").strip()) || FIGURE.matcher(text).find()) continue;
            boolean guidance = GUIDANCE.matcher(text).find() && !DISCLAIMER.matcher(text).find();
            String basis = NON_GAAP.matcher(text).find() && !EXPLAINS.matcher(text).find() ? "non-gaap" : null;
            while (pi < periods.size() && periods.get(pi).start() < h.start()) pi++;
            Period period = null;
            for (int k = pi; k < periods.size() && periods.get(k).start() < h.end(); k++) {
                PeriodMentions.Mention m = periods.get(k);
                if (m.kind() == PeriodMentions.Kind.RELATIVE || m.kind() == PeriodMentions.Kind.INSTANT) continue;
                period = doc.resolve(m, guidance);
                if (period != null) break;
            }
            String segment = period == null && !guidance && basis == null ? lineHeading(s, text, chinese, doc) : null;
            if (period == null && !guidance && basis == null && segment == null) continue;
            List<String> rules = new ArrayList<>();
            if (segment != null) rules.add("scope.segment");
            if (period != null) rules.add("scope.period");
            if (guidance) rules.add("scope.guidance");
            if (basis != null) rules.add("scope.basis");
            own.put(section, new Scope(period, basis, guidance, segment, rules));
        }
    }

    /** The scope at {@code pos}: the sections holding it, outermost first, each overriding what it sets. */
    Scope at(int pos) {
        if (own.isEmpty()) return Scope.NONE;
        Period period = null;
        String basis = null;
        String segment = null;
        boolean guidance = false;
        List<String> rules = new ArrayList<>();
        for (Layout.Section section : layout.sectionsAt(pos)) {
            Scope s = own.get(section);
            if (s == null) continue;
            if (s.segment() != null) segment = s.segment();
            if (s.period() != null) period = s.period();
            if (s.basis() != null) basis = s.basis();
            guidance |= s.guidance();
            rules.addAll(s.rules());
        }
        return rules.isEmpty() ? Scope.NONE : new Scope(period, basis, guidance, segment, rules);
    }

    /** A heading that names a line: one to five capitalized words, no generic heading word, named twice more in the text. */
    private static final Pattern LINE_HEADING = Pattern.compile("[A-Z][\\w&.'’-]*(?: (?:[A-Z][\\w&.'’-]*|and|&|of|the)){0,4}");

    /** 1. , 2、, 一、, （三）: the number of a heading in a numbered list of sections. */
    private static final String ZH_ENUMERATOR = "(?:\\d{1,2}\\\\?[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）])\\s*";

    /**
     * 房地产业务——为公司提供强大现金流, **新能源业务**, 2.国际业务: a Chinese heading that opens on a business line and its word
     * for one (or a paragraph that does, 在海外业务方面，…).
     */
    static final Pattern ZH_LINE_TOPIC = Pattern.compile(
            "^\\s*(?:#+\\s*)?(?:\\*\\*)?(?:" + ZH_ENUMERATOR + ")?在?([\\p{IsHan}A-Za-z]{2,10}?)(?:业务|板块|分部|事业部|事业群)(?:\\*\\*)?\\s*(?:——|—|:|：|$|方面[，,])");

    /** 1. 中国出行: a numbered heading that is a bare name and nothing else. */
    private static final Pattern ZH_NUMBERED_NAME = Pattern.compile(
            "^\\s*(?:\\*\\*)?" + ZH_ENUMERATOR + "([\\p{IsHan}A-Za-z]{2,8})(?:\\*\\*)?\\s*$");

    /** {@code scope.segment}: the business line a heading names, or null. */
    static String lineHeading(String s, String heading, boolean chinese, DocumentContext doc) {
        Matcher zh = ZH_LINE_TOPIC.matcher(heading);
        if (zh.find()) return zh.group(1);
        Matcher named = ZH_NUMBERED_NAME.matcher(heading);
        // 1. 中国出行 over its bullets, where the text calls it 中国出行业务 elsewhere: a numbered section of one line
        if (chinese && named.matches() && (s.contains(named.group(1) + "业务") || s.contains(named.group(1) + "板块"))) return named.group(1);
        if (chinese) return null; // an English name over a Chinese article's paragraphs is the company or a product, not a line
        String h = Regex.replaceAll(heading.strip(), "[:：]$", "").strip();
        if (EnSegmentNames.isEntityWord(h, doc)) return null;
        if (!LINE_HEADING.matcher(h).matches()) return null;
        for (String w : Regex.split(h.toLowerCase(java.util.Locale.ROOT), "[ &]+")) if (HeadingWords.GENERIC.contains(w)) return null;
        // named again inside lines (a table's row, a sentence), not only as a line of its own as a speaker's name is
        int inline = 0;
        for (int i = s.indexOf(h); i >= 0 && inline < 2; i = s.indexOf(h, i + h.length())) {
            int lineStart = s.lastIndexOf('\n', i) + 1;
            int lineEnd = s.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = s.length();
            if (!Regex.replaceAll(s.substring(lineStart, lineEnd).strip(), "[:：]$", "").equals(h)) inline++;
        }
        return inline >= 2 ? h : null;
    }
}
