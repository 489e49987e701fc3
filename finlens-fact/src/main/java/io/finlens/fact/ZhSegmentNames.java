package io.finlens.fact;

import io.finlens.text.Chars;
import java.util.regex.Pattern;

/**
 * Chinese segment names: the business line a Chinese metric mention is about, read from the words before it in its
 * clause (no rule id of its own: the segment is part of the fact's key). Framing is stripped until none is left:
 * <ul>
 *   <li>brackets, basis words, symbols, bullets, the company's own names (星河集团在游戏业务的收入 → 游戏);</li>
 *   <li>prefix and suffix stop words of the lexicon ({@code segment-prefix-stop}, {@code segment-suffix-stop}), known
 *       company names, 其 and a leading connector (和, 与, 及; 在 only after framing, since 在线 is a word);</li>
 *   <li>the head noun after an attributive 的 (占总收入一半的iPhone → iPhone) and without a ranking
 *       (最大市场美洲地区 → 美洲地区);</li>
 *   <li>a leading conjunction or attribution (但, 因此, 华尔街预计) and reported speech (年初曾警告称iPad → iPad).</li>
 * </ul>
 * What is left is no name when it is empty, too long, a total (电动车总产量), the company itself, a verb of the
 * sentence (拟向全体股东每股派发), what is left of a metric's words (营运, 平台) or holds digits or comparison words.
 */
final class ZhSegmentNames {
    private static final Pattern SYMBOLS = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}&/·.+\\- 、]");

    static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");

    /** 1. , 2、, (3): a list's bullet; digits before a letter (7nm, 5G) start a name and stay. */
    private static final Pattern BULLETS = Pattern.compile("^(?:[-*•·\\s.、)]|\\d+(?![A-Za-z\\d]))+");

    /** 但, 若, 因此, 这代表, 华尔街还预计: a sentence's connective or attribution before a line's name, never part of it. */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile(
            "^(?:但是?|若|如果|即|因此|所以|这代表|这意味着|而且?|且|并且?|同时|此外|另外|其中|尽管|虽然|不过|以及|加上|华尔街还?预计|市场还?预计|分析师还?预计|预计|预期)+");

    /** 警告称, 表示, 数据显示: a frame of reported speech before a name, never part of it. */
    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "^.{0,8}?(?:警告称|指出|表示|声称|宣称|预言|认为|数据显示|报告显示|称)(?=.{2})");

    /** 最大市场, 第二大市场, 主要业务: a ranking or role before a business line's name, not part of it. */
    private static final Pattern RANK_DESCRIPTOR = Pattern.compile(
            "^(?:第?[一二三四五六七八九十\\d]*大|最大|最重要|主要|核心|第一)(?:的)?(?:市场|业务|产品|板块|收入来源|营收来源)(?=.{2})");

    /** What makes the words before 的 a description rather than a name: a share, a rank, a comparison, a verb. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "[一二三四五六七八九十半两几\\d%]|分之|占|最|较|超|近|约|达|比|增长|下降|贡献|带动|推出|发布|新|主要|核心|其中|旗下|包括|所有|全部");

    /** 中信银行, 远航证券, 招行: a bank's or a broker's name, which a company's figures are never the line of. */
    private static final Pattern OTHER_COMPANY = Pattern.compile("[\\p{IsHan}]{2,4}(?:银行|证券)|[\\p{IsHan}]行");

    /** 零售银行, 私人银行, 本行, 分行, 出行: a kind of bank, a bank's business line or branch, or a word ending in 行. */
    private static final Pattern BANK_WORD = Pattern.compile(
            "(?:手机|网上|网络|私人|直销|投资|商业|零售|公司|交易|数字|开放|村镇|民营|城商|农商|国有|股份制|外资|中资|上市|同业|其他)银行"
                    + "|[本该我全同分支总各两此他出发进执运流旅银]行");

    /** 汽车, 科技, 集团: what is left of the company's full name once its short name is cut (青川汽车 → 汽车). */
    private static final Pattern COMPANY_ENDING = Pattern.compile("汽车|科技|集团|控股|股份|公司|网络|电子|电器|医药|传媒|银行|证券|保险|国际|实业");

    /** Whether {@code cand} is what is left of {@code before} once one of the company's names was cut from its start. */
    private static boolean strippedAlias(String before, String cand, DocumentContext doc) {
        for (String alias : doc.aliases()) if (before.contains(alias + cand)) return true;
        return before.contains(doc.entity() + cand);
    }

    private ZhSegmentNames() {
    }

    /**
     * Rule zh.segment.company-prefixed-name: 青川丰禾的销量 where the company is 青川: a name made of the company's name and
     * a few more characters that name no kind of business (a joint venture's or a brand's, 青川丰禾) is a name of its own,
     * kept whole; 青川游戏 (a business word after the name) is the company's 游戏.
     */
    static boolean ownName(String cand, String alias, FactLexicon lex) {
        if (alias.isEmpty() || !Chars.isHan(alias.charAt(0))) return false;
        String rest = cand.substring(alias.length());
        if (rest.endsWith("的")) rest = rest.substring(0, rest.length() - 1);
        if (rest.length() < 2 || rest.length() > 4) return false;
        for (int k = 0; k < rest.length(); k++) if (!Chars.isHan(rest.charAt(k))) return false;
        if ("的在和与及其而并或本该旗之".indexOf(rest.charAt(0)) >= 0 || lex.segmentPrefixStop.at(rest, 0) != null
                || lex.segmentWholeStop.contains(rest) || lex.productWords.contains(rest)) return false;
        for (String w : lex.businessWords) if (rest.contains(w)) return false;
        for (String w : lex.segmentInsideStop) if (rest.contains(w)) return false;
        return true;
    }

    /**
     * 招行的分红率为35.01%，中信银行的分红率为28.01%: what names a bank or broker before a metric, when it is not the
     * reporting company, is the company the figure belongs to, not a line; null otherwise.
     */
    static String otherCompany(String seg, DocumentContext doc) {
        if (seg == null || !OTHER_COMPANY.matcher(seg).matches() || BANK_WORD.matcher(seg).matches()) return null;
        if (seg.equals(doc.entity()) || doc.aliases().contains(seg) || doc.entity().startsWith(seg)) return null;
        return seg;
    }

    /** The business line {@code cand} (the words before a metric, periods cut out) names; null for the whole company. */
    static String name(String cand, DocumentContext doc, FactLexicon lex) {
        int dash = cand.lastIndexOf('—');
        if (dash >= 0) cand = cand.substring(dash + 1); // 第二大的成本支出——2022年其折旧摊销: a dash ends what came before
        String before0 = SYMBOLS.matcher(cand).replaceAll("").strip();
        // framing: basis words, brackets, the entity
        cand = BRACKETED.matcher(cand).replaceAll("").replace("Non-IFRS", "").replace("Non-GAAP", "").strip();
        // symbols and emoji are decoration, never part of a business line's name
        cand = SYMBOLS.matcher(cand).replaceAll("");
        cand = BULLETS.matcher(cand).replaceFirst("");
        for (String alias : doc.aliases()) if (cand.startsWith(alias) && !ownName(cand, alias, lex)) cand = cand.substring(alias.length());
        while (!cand.isEmpty()) {
            String next = stripOnce(cand, !cand.equals(before0), doc, lex);
            if (next == null) break;
            cand = next;
        }
        return finalName(cand, before0, doc, lex);
    }

    /** {@code cand} with one piece of framing stripped from its start or end, or null when there is none to strip. */
    private static String stripOnce(String cand, boolean strippedAny, DocumentContext doc, FactLexicon lex) {
        var p = lex.segmentPrefixStop.at(cand, 0);
        if (p != null) {
            return cand.substring(p.end()).strip();
        }
        var co = lex.companies.at(cand, 0);
        if (co != null && (co.end() == cand.length() || "的在和与及按于 ".indexOf(cand.charAt(co.end())) >= 0
                || lex.segmentPrefixStop.at(cand, co.end()) != null || lex.companies.at(cand, co.end()) != null)) {
            return cand.substring(co.end()).strip();
        }
        if (!doc.entity().isEmpty() && cand.startsWith(doc.entity())) {
            return cand.substring(doc.entity().length()).strip();
        }
        var b = lex.basisCues.at(cand, 0);
        if (b != null) {
            return cand.substring(b.end()).strip();
        }
        var suf = lex.segmentSuffixStop.before(cand, cand.length());
        if (suf != null) {
            return cand.substring(0, suf.start()).strip();
        }
        if (cand.startsWith("其") && (cand.length() == 1 || "他它余".indexOf(cand.charAt(1)) < 0)) {
            return cand.substring(1);
        }
        // a connector never starts a business line's name; 在 only after framing (星河集团在…), since 在线 is a word
        if ((strippedAny && cand.startsWith("在")) || cand.startsWith("和") || cand.startsWith("与") || cand.startsWith("及")) {
            return cand.substring(1);
        }
        return null;
    }

    /** The name framing leaves, after its head noun and leading conjunctions; null when what is left is no name. */
    private static String finalName(String cand, String before, DocumentContext doc, FactLexicon lex) {
        cand = LEADING_CONJUNCTION.matcher(cand).replaceFirst(""); // 但第二大市场欧洲: the connective first, then the rank
        cand = headNoun(cand);
        cand = LEADING_CONJUNCTION.matcher(cand).replaceFirst("");
        cand = REPORTED_SPEECH.matcher(cand).replaceFirst(""); // 年初曾警告称iPad → iPad
        for (String alias : doc.aliases()) {
            if (cand.startsWith(alias) && cand.length() > alias.length() && !ownName(cand, alias, lex)) cand = cand.substring(alias.length());
        }
        if (cand.isEmpty() || cand.length() > 20 || cand.endsWith("总")) return null; // 电动车总产量: the total
        // 该行 → 行, 但: what framing leaves is no name (周 stays: 周销量 is a week's figure, not the period's)
        if (cand.length() == 1 && Chars.isHan(cand.charAt(0)) && "周日月".indexOf(cand.charAt(0)) < 0) return null;
        for (String alias : doc.aliases()) if (cand.equals(alias)) return null; // the company itself
        if (COMPANY_ENDING.matcher(cand).matches() && strippedAlias(before, cand, doc)) return null; // 青川汽车 less 青川: the company
        // 平安 of 中国平安: the company's name without its leading 中国 is the company too
        if (cand.length() >= 2 && doc.entity().equals("中国" + cand)) return null;
        if (cand.length() == 1 && "在和与及其而并或本该".indexOf(cand.charAt(0)) >= 0) return null; // 本(年度): what is left of a period word
        for (String w : lex.segmentInsideStop) if (cand.contains(w)) return null; // 拟向全体股东每股派发: the sentence's verb
        if (lex.segmentWholeStop.contains(cand)) return null; // 营运, 平台: what is left of a metric's words
        // 合每股摊薄(净收益): the words of a per-share metric, not a line (a per-ADS phrase starting with 每 is read elsewhere)
        if (cand.contains("每股") && !cand.startsWith("每")) return null;
        if ("及和与、".indexOf(cand.charAt(cand.length() - 1)) >= 0) return null; // 等价物及: a name cut mid-phrase
        for (int k = 0; k < cand.length(); k++) {
            char c = cand.charAt(k);
            if ((Chars.isDigit(c) && !FactExtractor.hasLatin(cand)) || c == '%' || "为是将了被对从于由较同比环".indexOf(c) >= 0) return null;
        }
        return cand;
    }

    /**
     * The name a Chinese noun phrase ends on: what follows its last attributive 的 (占总收入一半的iPhone → iPhone), without
     * a ranking descriptor before it (最大市场美洲地区 → 美洲地区) (a region word after it stays: 美洲地区).
     */
    private static String headNoun(String cand) {
        int de = cand.lastIndexOf('的');
        // 的 after a description (占总收入一半的, 增长最快的) introduces the name; after a name (QQ的) it is possessive,
        // and a per-unit phrase (每股美国存托股份的摊薄盈利) is read whole elsewhere
        if (de >= 0 && de + 1 < cand.length() && !cand.startsWith("每") && (de == 0 || DESCRIPTION.matcher(cand.substring(0, de)).find())) {
            cand = cand.substring(de + 1);
        }
        cand = RANK_DESCRIPTOR.matcher(cand).replaceFirst("");
        return cand;
    }
}
