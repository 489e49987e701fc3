package io.finlens.fact;

import io.finlens.text.Sentences;
import io.finlens.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mention finding, companies: which company a sentence names, so that a figure after another company's name is that
 * company's (rule of the fact's entity; no rule id of its own). Known names from {@code companies.tsv}, names the
 * document introduced itself (标的公司（格力钛）), and names with a company ending before a reporting word
 * (白鹭科技第三季度营收…).
 */
final class CompanyMentions {
    private CompanyMentions() {
    }

    /** A company named in a sentence: where, and the entity it makes the subject of what follows. */
    record CompanyMention(int start, int end, String entity) {
    }

    /** The companies a sentence names, in order: known names, ones the document introduced, names with a company ending. */
    static List<CompanyMention> find(String s, Sentences.Sentence sent, DocumentContext doc, FactLexicon lex) {
        List<CompanyMention> out = new ArrayList<>();
        Matcher named = NAMED_COMPANY.matcher(s); // one matcher for the sentence's clause starts
        for (int i = sent.start(); i < sent.end(); i++) {
            String other = otherAt(s, i, doc, named);
            if (other != null) {
                int at = s.indexOf(other, i); // after a description (行业龙头) the name starts later
                out.add(new CompanyMention(at, at + other.length(), other));
                i = at + other.length() - 1;
                continue;
            }
            var m = lex.companies.at(s, i);
            if (m == null) continue;
            out.add(new CompanyMention(m.start(), m.end(), entityOf(doc, lex, s.substring(m.start(), m.end()), m.value())));
            i = m.end() - 1;
        }
        if (!out.isEmpty()) ownNamedAgain(s, sent, doc, out);
        return out;
    }

    /**
     * 茅台毛利率超90%，…而…的中国移动，只有不到30%的毛利率: in a sentence that names another company, the reporting company
     * named after it takes the figures back (its own names, where no other mention already covers them).
     */
    private static void ownNamedAgain(String s, Sentences.Sentence sent, DocumentContext doc, List<CompanyMention> out) {
        List<CompanyMention> own = new ArrayList<>();
        for (String a : doc.aliases()) {
            if (a.length() < 2) continue;
            // (looked for within the sentence only, not to the end of the text for each sentence)
            for (int i = s.indexOf(a, sent.start(), sent.end()); i >= 0 && i + a.length() <= sent.end();
                 i = s.indexOf(a, Math.min(i + a.length(), sent.end()), sent.end())) {
                boolean covered = false;
                for (CompanyMention c : out) covered |= c.start() < i + a.length() && i < c.end();
                for (CompanyMention c : own) covered |= c.start() < i + a.length() && i < c.end();
                if (!covered) own.add(new CompanyMention(i, i + a.length(), doc.entity()));
            }
        }
        if (own.isEmpty()) return;
        out.addAll(own);
        out.sort(java.util.Comparator.comparingInt(CompanyMention::start));
    }

    /** A company the document introduced itself (标的公司（格力钛）) named at {@code i}, or null. */
    private static String otherAt(String s, int i, DocumentContext doc, Matcher m) {
        List<String> others = doc.others(); // by index: an iterator for every char of every sentence is most of this stage's garbage
        for (int k = 0; k < others.size(); k++) if (s.startsWith(others.get(k), i)) return others.get(k);
        if (Chars.isHan(s.charAt(i)) && (i == 0 || "，,;；。、:：\n".indexOf(s.charAt(i - 1)) >= 0 || s.startsWith("同行", Math.max(0, i - 2))
                || s.charAt(i - 1) == '而')) {
            // a company ending can start only 2 to 4 chars after the clause start: most clause starts have none
            boolean ending = Chars.anyIn(s, i + 2, i + 5, ENDING_FIRSTS) && m.region(i, Math.min(s.length(), i + 12)).lookingAt();
            String name = ending ? m.group(1) : announcing(s, i);
            if (name == null) return null;
            // 开源证券发布研报称…: a broker whose report is the source, not a company whose figures follow
            if (ending && RESEARCH_AFTER.matcher(s).region(m.end(1), Math.min(s.length(), m.end(1) + 8)).lookingAt()) return null;
            if (name.length() > 4 && LEADING_CONJUNCTION.indexOf(name.charAt(0)) >= 0) return null; // 但零跑汽车: 但 + the name
            if (!doc.aliases().contains(name) && !name.equals(doc.entity()) && !doc.entity().startsWith(name)) return name;
        }
        return null;
    }

    /** The first chars of the company endings of {@link #NAMED_COMPANY}. */
    private static final String ENDING_FIRSTS = "集科汽控股银证保医电传";

    /** 厦门某业同期发布业绩快报, 某某有色也公告表示: a name whose company publishes results or a notice of its own. */
    private static final Pattern ANNOUNCING = Pattern.compile(
            "([\\p{IsHan}]{2,10}?)(?:也|亦|同期|同日|近日|此前|日前|随后)?(?:(?:发布|公布|披露)了?[\\p{IsHan}]{0,2}?(?:业绩|年报|年度报告|财报|快报|预告)"
                    + "|公告(?:表示|称|显示))");
    /** 行业龙头, 同行: a description before the name of the company that announces. */
    private static final Pattern ANNOUNCER_DESCRIPTION = Pattern.compile("^(?:行业|业内|全球|国内)?(?:龙头|巨头)(?:企业|公司)?|^同行");
    /** 多家公司, 上市公司, 该公司: who announces is no name. */
    private static final Pattern NO_NAME = Pattern.compile("公司|企业|集团$|多家|上市|我们|其|该|本|记者|机构|券商|分析|媒体|行业|市场|政府|部门");

    /** {@code i} opens the name of a company that announces its own results or a notice (厦门某业同期发布业绩快报), or null. */
    private static String announcing(String s, int i) {
        int to = Math.min(s.length(), i + 24);
        if (!reportingVerb(s, i + 2, to)) return null; // the pattern is costly at every clause start; most have no such verb
        Matcher a = ANNOUNCING.matcher(s);
        a.region(i, to);
        if (!a.lookingAt()) return null;
        String name = ANNOUNCER_DESCRIPTION.matcher(a.group(1)).replaceFirst("");
        return name.length() >= 2 && name.length() <= 6 && !NO_NAME.matcher(name).find() ? name : null;
    }

    /** Whether 发布, 公布, 披露 or 公告 (the verbs of {@link #ANNOUNCING}) stands within {@code [from, to)}. */
    private static boolean reportingVerb(String s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            char c = s.charAt(k), d = s.charAt(k + 1);
            if (c == '发' && d == '布' || c == '公' && (d == '布' || d == '告') || c == '披' && d == '露') return true;
        }
        return false;
    }

    /** 发布研报, 研报称, 分析师: what a broker named as a source does. */
    private static final Pattern RESEARCH_AFTER = Pattern.compile("(?:发布)?(?:研报|研究报告|报告称|分析师|研究员)");

    /** A word that joins a clause to the one before (但, 而, 并…): a name after it starts one character later. */
    private static final String LEADING_CONJUNCTION = "但而且并和与及即则故因使让令虽若如";

    /** 远帆汽车预计…, 白鹭科技第三季度…: a name with a company's ending, as the subject of what follows. */
    private static final Pattern NAMED_COMPANY = Pattern.compile(
            "([\\p{IsHan}]{2,4}(?:集团|科技|汽车|控股|股份|银行|证券|保险|医药|电器|传媒))"
                    + "(?=预计|公布|发布|表示|宣布|披露|实现|第|本季度|今年|上半年|前三季度|全年|去年|\\d)");

    /** The document's own entity when a name is one of its aliases or shares its canonical name, else the name. */
    private static String entityOf(DocumentContext doc, FactLexicon lex, String written, String canonical) {
        if (doc.aliases().contains(written) || written.equals(doc.entity())) return doc.entity();
        var own = lex.companies.at(doc.entity(), 0);
        if (own != null && own.end() == doc.entity().length() && own.value().equals(canonical)) return doc.entity();
        return written;
    }
}
