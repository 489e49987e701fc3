package io.finlens.fact.table;

import io.finlens.text.Regex;
import io.finlens.fact.FactExtractor;
import io.finlens.text.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of tables, loaded and checked once: line items (the sentence rules' metric aliases and
 * {@code table-line-items.tsv}), unit lines ({@code table-units.tsv}), currencies, total words and the metrics whose
 * bracketed figures are amounts; and the grammar of a row label: footnote marks, "(loss)" alternatives, the
 * reconciliation prefixes (Non-GAAP, Adjusted, GAAP…), "attributable to", a list of measures.
 */
final class LineItems {
    record Item(String metric, String basis) {
    }

    record MetricInfo(String kind, String unit) {
    }

    record UnitPhrase(String phrase, int exponent, String currency) {
    }

    static final Pattern FOOTNOTE = Pattern.compile("(?:\\s*(?:\\(\\d{1,2}\\)|\\([a-z]\\)|[¹²³⁴⁵⁶⁷⁸⁹*#†‡]+|\\[\\d{1,2}\\]))+$");

    static final Pattern LOSS_ALTERNATIVE = Pattern.compile("(?i)\\s*/?\\s*\\((?:loss|losses|income|earnings|profit)\\)(?=\\s|$)");

    static final Pattern GLUED_FOOTNOTE = Pattern.compile("(?<=[A-Za-z)])\\d{1,2}(?:,\\d{1,2})*$|\\s+\\d{1,2}(?:,\\d{1,2})*$");

    static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]*\\)$");

    static final Pattern LEADING_MARK = Pattern.compile("^[-－—–·•\\s]+");

    static final Set<String> DILUTED = Set.of("diluted", "摊薄", "稀释", "攤薄", "稀釋");

    static final Set<String> BASIC = Set.of("basic", "基本");

    final Map<String, Item> items = new HashMap<>();

    final Map<String, MetricInfo> metrics = new HashMap<>();

    final List<UnitPhrase> units = new ArrayList<>();

    final List<String[]> currencies = new ArrayList<>();

    final Set<String> magnitude = new HashSet<>();

    final Set<String> totalWords = new HashSet<>();

    LineItems() {
        for (Tsv.Row r : Tsv.load(FactExtractor.class, "metrics.tsv", 3, 3)) metrics.put(r.get(0), new MetricInfo(r.get(1), r.get(2)));
        // our own line items first: they win over the sentence aliases
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-line-items.tsv", 3, 3)) putItem(r, true);
        for (String f : new String[] {"metric-aliases-zh.tsv", "metric-aliases-en.tsv"}) {
            for (Tsv.Row r : Tsv.load(FactExtractor.class, f, 3, 3)) putItem(r, false);
        }
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-units.tsv", 3, 3)) {
            int exp;
            try {
                exp = Integer.parseInt(r.get(1));
            } catch (NumberFormatException e) {
                throw r.error("exponent is not a number: " + r.get(1));
            }
            String cur = r.get(2).equals("-") ? null : r.get(2);
            if (cur != null && !io.finlens.model.Unit.isCurrencyCode(cur)) throw r.error("not an ISO 4217 code: " + cur);
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("phrases are lower case: " + r.get(0));
            units.add(new UnitPhrase(r.get(0), exp, cur));
        }
        units.sort(Comparator.comparingInt((UnitPhrase u) -> -u.phrase().length()));
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-currencies.tsv", 2, 2)) {
            if (!io.finlens.model.Unit.isCurrencyCode(r.get(1))) throw r.error("not an ISO 4217 code: " + r.get(1));
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("words are lower case: " + r.get(0));
            currencies.add(new String[] {r.get(0), r.get(1)});
        }
        currencies.sort(Comparator.comparingInt((String[] c) -> -c[0].length()));
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-total-words.tsv", 1, 1)) {
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("words are lower case: " + r.get(0));
            totalWords.add(r.get(0));
        }
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-metrics.tsv", 2, 2)) {
            if (!metrics.containsKey(r.get(0))) throw r.error("unknown metric id: " + r.get(0));
            switch (r.get(1)) {
                case "magnitude" -> magnitude.add(r.get(0));
                case "signed" -> {
                }
                default -> throw r.error("magnitude or signed expected: " + r.get(1));
            }
        }
    }

    void putItem(Tsv.Row r, boolean own) {
        if (!metrics.containsKey(r.get(1))) throw r.error("unknown metric id: " + r.get(1));
        String basis = r.get(2).equals("-") ? null : r.get(2);
        if (basis != null && !basis.equals("non-gaap")) throw r.error("basis must be non-gaap or -: " + basis);
        String key = r.get(0).toLowerCase(Locale.ROOT);
        if (own && items.containsKey(key)) throw r.error("duplicate line item: " + r.get(0));
        items.putIfAbsent(key, new Item(r.get(1), basis));
    }

    static String normalize(String label) {
        String t = label.replace('（', '(').replace('）', ')').replace('：', ':').replace('\u00A0', ' ');
        t = LEADING_MARK.matcher(t).replaceFirst("");
        t = FOOTNOTE.matcher(t.strip()).replaceFirst("");
        // "Net Earnings/(Loss)", "Operating income (loss)", "Income (loss) before taxes": the loss alternative goes
        t = LOSS_ALTERNATIVE.matcher(t).replaceAll("");
        // footnote numbers set against the word: "Adjusted Net Earnings1,4", "Operational Sales1,2"
        t = GLUED_FOOTNOTE.matcher(t).replaceFirst("");
        t = Regex.replaceAll(Regex.replaceAll(t, ":$", ""), "\\s+", " ").strip().toLowerCase(Locale.ROOT);
        // traditional characters as the sentence rules read them: 母公司擁有人應佔溢利 is 母公司拥有人应占溢利
        StringBuilder folded = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) folded.append(io.finlens.text.Normalizer.simplified(t.charAt(i)));
        return folded.toString();
    }

    Item lookup(String label) {
        String t = normalize(label);
        Item it = exact(t);
        if (it != null && !it.metric().equals("net_income_attributable")) return it;
        Item attributable = attributable(t);
        if (attributable != null) return attributable;
        if (it != null) return it;
        // a reconciliation's rows: "Non-GAAP income from operations", "Adjusted EBIT" are the line item on the non-GAAP
        // basis; "GAAP net income", "Reported EPS" the line item itself
        // "Adjusted Operational EPS": the prefixes one after the other
        boolean nonGaap = false, prefixed = false;
        // "Core gross margin, non-GAAP measure (a)", "Reported operating profit, GAAP measure": the basis said after the item
        Matcher suffix = BASIS_SUFFIX.matcher(t);
        if (suffix.find()) {
            nonGaap = suffix.group(1) != null;
            prefixed = true;
            t = t.substring(0, suffix.start()).strip();
            Item named = exact(t);
            if (named != null) return nonGaap ? new Item(named.metric(), "non-gaap") : named;
        }
        Matcher m = BASIS_PREFIX.matcher(t);
        while (m.find()) {
            nonGaap |= m.group(1) != null;
            prefixed = true;
            t = t.substring(m.end()).strip();
            m = BASIS_PREFIX.matcher(t);
        }
        if (!prefixed) return attributable(t);
        Item base = attributable(t);
        if (base == null) base = exact(t);
        if (base == null) return null;
        return nonGaap ? new Item(base.metric(), "non-gaap") : base;
    }

    static final Pattern ATTRIBUTABLE = Pattern.compile(
            "^(?:(diluted )?(?:net )?(?:income|earnings|profit)(?: per share)?) attributable to (?!non-?controlling|minority|noncontrolling)"
                    + "[^,;]{2,60}?(?:( per (?:common )?share| per diluted share)(?: ?[-–—] ?(diluted|basic))?)?$");

    /**
     * Rule table.attributable: "Net income attributable to &lt;the company&gt;" is the attributable net income, "… per
     * common share – diluted" (or "Diluted earnings per share attributable to …") its EPS; the non-controlling
     * interests' share is no line item.
     */
    static Item attributable(String t) {
        Matcher m = ATTRIBUTABLE.matcher(t);
        if (!m.find()) return null;
        if ("basic".equals(m.group(3))) return null;
        boolean perShare = m.group(1) != null || m.group(2) != null || t.startsWith("diluted") || t.contains(" per share ");
        return new Item(perShare ? "eps" : "net_income_attributable", null);
    }

    static final Pattern BASIS_PREFIX = Pattern.compile(
            "^(?:(non-gaap|non gaap|adjusted|core|comparable|underlying|operational|organic)|(?:gaap|reported|u\\.s\\. gaap))\\s+");

    static final Pattern BASIS_SUFFIX = Pattern.compile(",\\s*(?:(non-gaap|non gaap)|gaap|u\\.s\\. gaap)\\s+measures?$");

    static final Pattern SHARE_CLASS_SUFFIX = Pattern.compile("\\s*(?:[-–—,:]\\s*|\\()(?:diluted|basic)\\)?$");

    Item exact(String t) {
        Item it = items.get(t);
        if (it != null) return it;
        // "Earnings per share - diluted", "EPS (basic)": the per-share line item (diluted wins over basic later)
        Matcher sc = SHARE_CLASS_SUFFIX.matcher(t);
        if (sc.find() && sc.start() > 0) {
            Item base = items.get(t.substring(0, sc.start()));
            if (base != null && base.metric().equals("eps")) return base;
        }
        String bare = TRAILING_BRACKET.matcher(t).replaceFirst("").strip();
        it = items.get(bare);
        if (it != null) return it;
        it = items.get(Regex.replaceAll(bare, "^total ", ""));
        if (it != null) return it;
        // "Adjusted EBIT / Sales %", "Income before tax by segment": the line item without its unit or its breakdown
        String plain = UNIT_OR_BREAKDOWN.matcher(bare).replaceFirst("").strip();
        return plain.equals(bare) || plain.isEmpty() ? null : items.get(plain);
    }

    static final Pattern UNIT_OR_BREAKDOWN = Pattern.compile(
            "\\s*\\(?%\\)?$|\\s+by (?:reportable |business |operating )?(?:segments?|business(?:es)?|divisions?|regions?)$");

    String labelCurrency(String label) {
        String t = label.toLowerCase(Locale.ROOT);
        Matcher m = Regex.of("[（(]([^()（）]*)[)）]").matcher(t);
        while (m.find()) {
            for (String[] c : currencies) if (m.group(1).contains(c[0])) return c[1];
        }
        return null;
    }

    static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    /**
     * Rule table.metric-list-row: the adjusted total of a reconciliation whose columns are measures ("Adjusted EBITDA,
     * EBIT, Net income and EPS" over EBITDA | EBIT | Net Income | EPS per period): the label's measures, in order, once
     * per period column. Only on the non-GAAP side (the GAAP row's EBIT is no statement line). Null when the label
     * lists no two known measures.
     */
    List<Item> metricList(String norm) {
        Matcher m = BASIS_PREFIX.matcher(norm);
        if (!m.find() || m.group(1) == null) return null;
        String rest = norm.substring(m.end());
        if (!rest.contains(",") && !rest.contains(" and ")) return null;
        List<Item> out = new ArrayList<>();
        for (String piece : LIST_SPLIT.split(rest)) {
            Item it = exact(piece.strip());
            if (it == null) return null;
            out.add(new Item(it.metric(), "non-gaap"));
        }
        return out.size() >= 2 ? out : null;
    }

    /** A total row's label: "Total …", "Worldwide", "Consolidated", 合计 (table-total-words.tsv). */
    boolean total(String norm) {
        return norm.startsWith("total") || totalWords.contains(norm);
    }

    boolean flowMoney(Item it) {
        MetricInfo info = metrics.get(it.metric());
        return "flow".equals(info.kind()) && "money".equals(info.unit());
    }

    /** A measure a growth-rate table or row states the change of: a money flow, or earnings per share. */
    boolean changeMeasure(Item it) {
        return flowMoney(it) || it.metric().equals("eps");
    }
}
