package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words fact rules use, loaded once from the TSV files beside this class and checked at load. */
final class FactLexicon {
    enum Kind { FLOW, STOCK, RATIO }

    /** What a metric's value is: MULTIPLE is a ratio stated in times (6.4x, a book-to-bill of 1.38), written as a ratio. */
    enum MetricUnit { MONEY, COUNT, RATIO, MULTIPLE, ANY }

    /**
     * perShare: the value is money per share (EPS, FFO per share), never a company total in millions; atInstant: a
     * ratio of balances (leverage, NPL ratio, capital ratios) is read at the day the period ends, as a stock is.
     */
    record Metric(String id, Kind kind, MetricUnit unit, boolean perShare, boolean atInstant) {
    }

    record Alias(Metric metric, String basis) {
    }

    final Map<String, Metric> metrics = new LinkedHashMap<>();
    final WordList<Alias> aliasesZh;
    final WordList<Alias> aliasesEn;
    final WordList<String> basisCues;
    final WordList<String> periodWordsZh;
    final WordList<String> guidanceCuesZh;
    /** How a forecast moved against the one before it (raising, 上调, reaffirm…): guidance-moves.tsv. */
    final WordList<String> guidanceMoves;
    final WordList<String> segmentPrefixStop;
    final WordList<String> segmentSuffixStop;
    final WordList<String> companies;
    final java.util.Set<String> segmentStopEn = new java.util.HashSet<>();
    /** Words no business line's name holds (派发, 累计: a verb of the sentence, not a name). */
    final java.util.List<String> segmentInsideStop = new java.util.ArrayList<>();
    /** Words that are no business line's name when they are all that is left (营运, 平台, 季度). */
    final java.util.Set<String> segmentWholeStop = new java.util.HashSet<>();
    /**
     * Words of a kind of business, product, market or client group (游戏, 云, 出行, 银行): a line named by the company's name
     * and one of them (X游戏) is that business of the company; a name without one after the company's (X日产, a joint
     * venture's or a brand's) is a name of its own.
     */
    final java.util.List<String> businessWords = new java.util.ArrayList<>();
    /** The company's own product named before a count (电动车产量): the whole company's count, not a segment's. */
    final java.util.Set<String> productWords = new java.util.HashSet<>();

    /** Counts of goods or deals whose figure in money is their value, not their number (metric-readings.tsv: units). */
    final java.util.Set<String> pricedUnits = new java.util.HashSet<>();

    /** A money metric and the ratio that states it as a share of revenue (rd_expense → rd_expense_ratio). */
    final Map<String, Metric> shareOfRevenue = new LinkedHashMap<>();

    private static final FactLexicon INSTANCE = new FactLexicon();

    static FactLexicon get() {
        return INSTANCE;
    }

    private FactLexicon() {
        loadMetrics();
        loadReadings();
        aliasesZh = new WordList<>(aliases("metric-aliases-zh.tsv"), true);
        aliasesEn = new WordList<>(aliases("metric-aliases-en.tsv"), true);
        // cue words of both languages live in one list each: Latin words only match at word boundaries
        Map<String, String> basis = pairs("basis-cues.tsv", "non-gaap", "consensus");
        basis.putAll(pairs("basis-cues-en.tsv", "non-gaap", "consensus"));
        basisCues = new WordList<>(basis, false);
        Map<String, String> periodWords = pairs("period-words-zh.tsv", "doc", "prior-year", "prior-quarter", "next-quarter");
        periodWords.putAll(pairs("period-words-en.tsv", "doc", "doc-year", "prior-year", "prior-quarter", "next-quarter"));
        periodWordsZh = new WordList<>(periodWords, true);
        guidanceMoves = new WordList<>(pairs("guidance-moves.tsv", "raised", "lowered", "reaffirmed", "narrowed"), true);
        Map<String, String> guidance = pairs("guidance-cues-zh.tsv", "guidance");
        guidance.putAll(pairs("guidance-cues-en.tsv", "guidance"));
        guidanceCuesZh = new WordList<>(guidance, true);
        Map<String, String> pre = new LinkedHashMap<>(), suf = new LinkedHashMap<>();
        loadSegmentStopsZh(pre, suf);
        segmentPrefixStop = new WordList<>(pre, true);
        segmentSuffixStop = new WordList<>(suf, true);
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "segment-stopwords-en.tsv", 2, 2)) {
            if (!r.get(0).equals(r.get(0).toLowerCase(java.util.Locale.ROOT))) throw r.error("stop words are lower case: " + r.get(0));
            segmentStopEn.add(r.get(0));
        }
        loadShareOfRevenue();
        Map<String, String> co = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "companies.tsv", 2, 2)) co.put(r.get(0), r.get(1));
        companies = new WordList<>(co, true);
    }

    /** metrics.tsv: id, kind and unit; a ratio metric, and only one, has unit ratio or multiple. */
    private void loadMetrics() {
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "metrics.tsv", 3, 3)) {
            if (!Regex.matches(r.get(0), "[a-z][a-z0-9_]*")) throw r.error("metric id is not snake_case: " + r.get(0));
            MetricUnit unit = enumOf(MetricUnit.class, r, 2);
            Kind kind = enumOf(Kind.class, r, 1);
            if ((kind == Kind.RATIO) != (unit == MetricUnit.RATIO || unit == MetricUnit.MULTIPLE)) {
                throw r.error("a ratio metric has unit ratio or multiple, and only a ratio metric has: " + r.get(0));
            }
            if (metrics.put(r.get(0), new Metric(r.get(0), kind, unit, false, false)) != null) throw r.error("metric listed twice: " + r.get(0));
        }
    }

    /** metric-readings.tsv: metrics read per share, at an instant, or counted in units priced in money. */
    private void loadReadings() {
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "metric-readings.tsv", 2, 2)) {
            Metric m = metrics.get(r.get(0));
            if (m == null) throw r.error("unknown metric id: " + r.get(0));
            metrics.put(m.id(), reading(m, r));
        }
    }

    private Metric reading(Metric m, Tsv.Row r) {
        return switch (r.get(1)) {
            case "per-share" -> {
                if (m.unit() != MetricUnit.MONEY) throw r.error("a per-share metric is money: " + r.get(0));
                yield new Metric(m.id(), m.kind(), m.unit(), true, m.atInstant());
            }
            case "instant" -> {
                if (m.kind() != Kind.RATIO) throw r.error("only a ratio is read at an instant (a stock always is): " + r.get(0));
                yield new Metric(m.id(), m.kind(), m.unit(), m.perShare(), true);
            }
            case "units" -> {
                if (m.unit() != MetricUnit.COUNT) throw r.error("only a count is a count of units: " + r.get(0));
                pricedUnits.add(m.id());
                yield m;
            }
            default -> throw r.error("per-share, instant or units expected: " + r.get(1));
        };
    }

    /** segment-stopwords-zh.tsv: prefix and suffix stop words into {@code pre} and {@code suf}, the other kinds into their lists. */
    private void loadSegmentStopsZh(Map<String, String> pre, Map<String, String> suf) {
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "segment-stopwords-zh.tsv", 2, 2)) {
            switch (r.get(1)) {
                case "prefix" -> pre.put(r.get(0), "prefix");
                case "suffix" -> suf.put(r.get(0), "suffix");
                case "inside" -> segmentInsideStop.add(r.get(0));
                case "product" -> productWords.add(r.get(0));
                case "whole" -> segmentWholeStop.add(r.get(0));
                case "business" -> businessWords.add(r.get(0));
                default -> throw r.error("prefix, suffix, inside, whole, product or business expected: " + r.get(1));
            }
        }
    }

    /** share-of-revenue.tsv: a money metric, then the ratio that states it as a share of revenue. */
    private void loadShareOfRevenue() {
        for (Tsv.Row r : Tsv.load(FactLexicon.class, "share-of-revenue.tsv", 2, 2)) {
            Metric from = metrics.get(r.get(0)), to = metrics.get(r.get(1));
            if (from == null || to == null) throw r.error("unknown metric id: " + (from == null ? r.get(0) : r.get(1)));
            if (from.unit() != MetricUnit.MONEY || to.unit() != MetricUnit.RATIO) throw r.error("a money metric, then a ratio metric");
            shareOfRevenue.put(from.id(), to);
        }
    }

    private Map<String, Alias> aliases(String file) {
        Map<String, Alias> m = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(FactLexicon.class, file, 3, 3)) {
            Metric met = metrics.get(r.get(1));
            if (met == null) throw r.error("unknown metric id: " + r.get(1));
            String basis = r.get(2).equals("-") ? null : r.get(2);
            if (basis != null && !basis.equals("non-gaap")) throw r.error("basis must be non-gaap or -: " + basis);
            if (m.put(r.get(0), new Alias(met, basis)) != null) throw r.error("duplicate alias: " + r.get(0));
        }
        return m;
    }

    private static Map<String, String> pairs(String file, String... allowed) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(FactLexicon.class, file, 2, 2)) {
            if (!java.util.List.of(allowed).contains(r.get(1))) throw r.error("unknown value: " + r.get(1));
            m.put(r.get(0), r.get(1));
        }
        return m;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Tsv.Row r, int col) {
        try {
            return Enum.valueOf(type, r.get(col).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown " + type.getSimpleName() + ": " + r.get(col));
        }
    }
}
