package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Span;
import io.finlens.text.WordList;
import io.finlens.model.Qualifier;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code consistency}: one key (entity, metric, segment, basis, period, guidance), two different values.
 * <ul>
 * <li>pass: the two agree within their rounding (a rounded repeat: 512亿 and 512.40亿), or a value lies beyond
 * a threshold as the threshold says (超30亿 and 32.1亿);</li>
 * <li>fail: they disagree (the title says 1,800, the body 1,798), or one is the other with a wrong scale word
 * (362,845辆 and 362,845万辆);</li>
 * <li>warn instead of fail where the reading of one figure is in doubt: it is also the value of another metric
 * stated for the period (it may be linked to the wrong metric), it follows a comparison word (超过某车企（16.42%）:
 * it may be another company's or period's figure), the sentence (or the one before) names another kind of
 * period and not its own, it is approximate, it is a threshold, or both are outlooks (an earlier outlook and a
 * revised one).</li>
 * </ul>
 */
final class Consistency implements CheckRule {
    private static final List<Integer> SCALE_TYPOS = List.of(4, 8, 12);

    public String id() {
        return "consistency";
    }

    /**
     * Distinct values of one key compared pair by pair. A key stated with more (a list of figures read as one
     * metric, not a restatement) has its first ones compared and one warning saying so: the pairs, and the time,
     * stay bounded on any text (a 10 MB line of figures gave millions of pairs).
     */
    static final int MAX_VALUES = 12;
    /** How far before and after its evidence a figure's period words are looked for (its sentence and the one before). */
    static final int PERIOD_BEFORE = 600;
    static final int PERIOD_AFTER = 300;

    /** Facts by what {@link #doubt} and {@link #basisTwin} look for, built once per run instead of a scan per pair. */
    private record Index(java.util.Map<List<Object>, List<Fact>> sameFigure, java.util.Map<Key, List<Fact>> basisless) {
        static Index of(Doc doc) {
            java.util.Map<List<Object>, List<Fact>> same = new java.util.HashMap<>();
            java.util.Map<Key, List<Fact>> basisless = new java.util.HashMap<>();
            for (Fact h : doc.facts) {
                if (h.value() != null) same.computeIfAbsent(figure(h), x -> new ArrayList<>()).add(h);
                basisless.computeIfAbsent(doc.key(h).withBasis(null), x -> new ArrayList<>()).add(h);
            }
            return new Index(same, basisless);
        }

        /** Period, entity, absolute value and unit: the figure as {@link #doubt} compares it. */
        static List<Object> figure(Fact f) {
            return java.util.Arrays.asList(f.period().id(), f.entity(), f.value().abs().stripTrailingZeros(), f.unit());
        }
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        Index index = null;
        for (Key k : doc.keys()) {
            List<Fact> all = new ArrayList<>();
            for (Fact f : doc.withKey(k)) if (f.value() != null && f.range() == null) all.add(f);
            if (all.size() < 2) continue;
            Set<BigDecimal> values = new java.util.LinkedHashSet<>();
            for (Fact f : all) values.add(f.value().stripTrailingZeros());
            if (values.size() > MAX_VALUES) {
                Fact a = all.get(0), b = null;
                for (Fact f : all) if (b == null && f.value().compareTo(a.value()) != 0) b = f;
                emit(run, Status.WARN, a, b, Doc.name(a) + " stated " + all.size() + " times with " + values.size()
                        + " different values (a list of figures, or figures read for the wrong metric): the first "
                        + MAX_VALUES + " values are compared");
            }
            List<Fact> fs = paired(all, new ArrayList<>(values).subList(0, Math.min(MAX_VALUES, values.size())));
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i < fs.size(); i++) {
                for (int j = i + 1; j < fs.size(); j++) {
                    Fact a = fs.get(i), b = fs.get(j);
                    if (a.value().compareTo(b.value()) == 0) continue;
                    String pair = a.value().stripTrailingZeros() + "|" + b.value().stripTrailingZeros();
                    if (!pairs.add(pair)) continue;
                    if (index == null) index = Index.of(doc);
                    compare(run, index, a, b);
                }
            }
        }
    }

    /**
     * The facts the pair loop below needs, in order: for each value, its first fact, and after it the first fact of
     * each other value. Each ordered pair of values is compared once, on its first facts in text order, so these
     * give the same comparisons as all the facts (a figure restated a hundred times adds nothing), at most
     * {@code v * v} facts for {@code v} values.
     */
    private static List<Fact> paired(List<Fact> all, List<BigDecimal> values) {
        java.util.Map<BigDecimal, Integer> first = new java.util.HashMap<>();
        Set<BigDecimal> wanted = new HashSet<>(values);
        for (int i = 0; i < all.size(); i++) {
            BigDecimal v = all.get(i).value().stripTrailingZeros();
            if (wanted.contains(v)) first.putIfAbsent(v, i);
        }
        java.util.BitSet keep = new java.util.BitSet(all.size());
        for (int i0 : first.values()) {
            keep.set(i0);
            Set<BigDecimal> seen = new HashSet<>();
            for (int i = i0 + 1; i < all.size() && seen.size() < wanted.size(); i++) {
                BigDecimal v = all.get(i).value().stripTrailingZeros();
                if (wanted.contains(v) && seen.add(v)) keep.set(i);
            }
        }
        List<Fact> out = new ArrayList<>(keep.cardinality());
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) out.add(all.get(i));
        return out;
    }

    private void compare(Run run, Index index, Fact a, Fact b) {
        Doc doc = run.doc;
        boolean boundA = bound(a), boundB = bound(b);
        if (boundA && boundB) return;
        String head = doc.units.full(a) + " vs " + doc.units.full(b) + ": " + Doc.name(a) + " stated twice";
        String quotes = "; " + doc.quote(a) + " / " + doc.quote(b);
        if (boundA || boundB) {
            Fact t = boundA ? a : b, v = boundA ? b : a;
            BigDecimal slack = Doc.half(t).add(Doc.half(v));
            boolean ok = t.qualifier() == Qualifier.OVER ? v.value().compareTo(t.value().subtract(slack)) >= 0
                    : v.value().compareTo(t.value().add(slack)) <= 0;
            String word = t.qualifier() == Qualifier.OVER ? "over" : "under";
            if (ok) emit(run, Status.PASS, a, b, head + ": " + doc.units.bare(v) + " is " + word + " " + doc.units.bare(t) + " as stated" + quotes);
            else emit(run, Status.WARN, a, b, head + ": " + doc.units.bare(v) + " is not " + word + " " + doc.units.bare(t)
                    + "; a threshold (超过, 破) may belong to another period or figure" + quotes);
            return;
        }
        Integer typo = scaleTypo(a.value(), b.value());
        if (typo != null) {
            emit(run, Status.FAIL, a, b, head + ": the same digits a factor of 10^" + typo + " apart, a wrong scale word ("
                    + (typo == 4 ? "万" : typo == 8 ? "亿" : "万亿") + ")" + quotes);
            return;
        }
        if (Doc.interval(a).overlaps(Doc.interval(b))) {
            emit(run, Status.PASS, a, b, head + ": the two agree within their rounding" + quotes);
            return;
        }
        BigDecimal diff = a.value().subtract(b.value()).abs();
        String apart;
        if (a.unit().dimension() == Dimension.RATIO) {
            int d = Math.max(Units.percentDecimals(a), Units.percentDecimals(b));
            apart = ", " + diff.movePointRight(2).setScale(d, java.math.RoundingMode.HALF_EVEN).toPlainString() + " pt apart";
        } else {
            int sa = doc.units.scaleOf(a), sb = doc.units.scaleOf(b);
            int scale = sa == 0 || sb == 0 ? Math.max(sa, sb) : Math.min(sa, sb);
            apart = ", " + doc.units.amount(diff, a.unit(), scale, Math.max(Units.decimals(a, scale), Units.decimals(b, scale)))
                    + " (" + SegmentsSum.percentOf(diff, a.value()) + ") apart";
        }
        String doubt = doubt(doc, index, a, b);
        if (doubt == null) doubt = doubt(doc, index, b, a);
        if (doubt == null && (Doc.approximate(a) || Doc.approximate(b))) doubt = "an approximate figure (约) is involved";
        if (doubt == null && a.guidance()) doubt = "two outlooks for one period may be an earlier one and a revised one";
        if (doubt != null) {
            emit(run, Status.WARN, a, b, head + apart + "; " + doubt + quotes);
        } else {
            String twin = basisTwin(doc, index, a, b);
            if (twin == null) twin = basisTwin(doc, index, b, a);
            emit(run, Status.FAIL, a, b, head + " with different values" + apart + (twin == null ? "" : "; " + twin) + quotes);
        }
    }

    private void emit(Run run, Status status, Fact a, Fact b, String message) {
        run.check(id(), status, List.of(a, b), a.value(), b.value(), message);
    }

    private static boolean bound(Fact f) {
        return f.qualifier() == Qualifier.OVER || f.qualifier() == Qualifier.UNDER;
    }

    /** The power of ten between two values with the same digits (362845 and 3628450000: 4), or null. */
    static Integer scaleTypo(BigDecimal x, BigDecimal y) {
        if (x.signum() == 0 || y.signum() == 0 || x.signum() != y.signum()) return null;
        BigDecimal big = x.abs().max(y.abs()), small = x.abs().min(y.abs());
        for (int e : SCALE_TYPOS) if (small.scaleByPowerOfTen(e).compareTo(big) == 0) return e;
        return null;
    }

    /**
     * Why the text may state {@code f}: it is, within rounding, the figure of the same key on another basis (the
     * title's 净亏损7.21亿元 is the adjusted loss of 7.208亿元, its basis dropped), or null. An explanation, not a
     * doubt: the text does say both.
     */
    private static String basisTwin(Doc doc, Index index, Fact f, Fact other) {
        for (Fact h : index.basisless().getOrDefault(doc.key(f).withBasis(null), List.of())) {
            if (h == f || h == other || !Doc.usable(h) || java.util.Objects.equals(h.basis(), f.basis())) continue;
            if (!doc.key(h).withBasis(f.basis()).equals(doc.key(f))) continue;
            if (Doc.interval(h).overlaps(Doc.interval(f))) {
                return doc.units.full(f) + " is the " + (h.basis() == null ? "reported" : h.basis()) + " figure ("
                        + doc.units.full(h) + ") rounded: the text states it without its basis";
            }
        }
        return null;
    }

    /** The kind of a period, as the period words name it; null for an instant or a month. */
    static String kind(Period p) {
        return switch (p) {
            case Period.Quarter q -> "quarter";
            case Period.Half h -> "half";
            case Period.NineMonths n -> "nine-months";
            case Period.Year y -> "year";
            default -> null;
        };
    }

    /**
     * A period word in the sentences stating {@code f} (and the sentence before each) that names another kind of
     * period, when none names its own kind (上半年…研发费用为12亿元 read as a full year), or null.
     */
    private static String otherPeriod(Doc doc, Fact f) {
        String own = kind(f.period());
        if (own == null) return null;
        WordList<String> words = doc.vocab.periodWords;
        String other = null;
        for (Span s : f.evidence()) {
            // the sentence stating it and the one before, where a period named for both often stands
            int si = doc.layout.sentenceIndex(s.start());
            int start = doc.layout.sentenceStart(Math.max(0, si - 1)), end = doc.layout.sentenceEnd(doc.layout.sentenceIndex(Math.max(s.start(), s.end() - 1)));
            // a sentence rarely runs longer; a text without sentence ends (one long line of figures) is not read whole per figure
            start = Math.max(start, s.start() - PERIOD_BEFORE);
            end = Math.min(end, s.end() + PERIOD_AFTER);
            for (int i = start; i < end; i++) {
                WordList.Match<String> m = words.at(doc.text, i);
                if (m == null) continue;
                if (m.value().equals(own)) return null;
                if (other == null) other = m.word();
                i = m.end() - 1;
            }
        }
        return other;
    }

    /** Why the reading of {@code f} may be wrong, or null. */
    private static String doubt(Doc doc, Index index, Fact f, Fact other) {
        String period = f.period().id();
        for (Fact h : index.sameFigure().getOrDefault(Index.figure(f), List.of())) {
            if (h == f || h == other || h.value() == null || h.metric().equals(f.metric())) continue;
            if (!h.period().id().equals(period) || !java.util.Objects.equals(h.entity(), f.entity())) continue;
            if (h.value().abs().compareTo(f.value().abs()) == 0 && h.unit().equals(f.unit())) {
                return doc.units.full(f).replace(Units.MINUS, "") + " is also the " + h.metric()
                        + (h.segment() == null ? "" : " of " + h.segment()) + " stated for " + h.period().id()
                        + ": the figure may be read for the wrong metric";
            }
        }
        String word = otherPeriod(doc, f);
        if (word != null) {
            return "the sentence of " + doc.units.full(f) + " speaks of " + word + " and not of a " + kind(f.period())
                    + ": the figure may belong to another period";
        }
        boolean prior = f.rules().stream().anyMatch(r -> r.contains("prior-period"));
        if (!prior) {
            String ev = doc.evidenceText(f);
            for (String cue : doc.vocab.comparisonCues) {
                if (ev.contains(cue)) {
                    return doc.units.full(f) + " is stated after " + cue + ": it may be another company's or another period's figure";
                }
            }
        }
        return null;
    }
}
