package io.finlens.check;

import io.finlens.model.Fact;
import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.Language;
import io.finlens.text.WordList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document as the checks see it: its facts in input order, its text and layout, and look-ups by key.
 * Facts are compared by their canonical segment (see {@link Vocabulary#canonicalSegment}).
 */
final class Doc {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** One place a fact is stated. */
    record Mention(Fact fact, Span span) {
    }

    /** What identifies a figure apart from its value: {@link Fact.Key} with the segment compared canonically. */
    record Key(String entity, String metric, String segment, String basis, String period, boolean guidance, String unit) {
        Key withMetric(String m) {
            return new Key(entity, m, segment, basis, period, guidance, unit);
        }

        Key withPeriod(String p) {
            return new Key(entity, metric, segment, basis, p, guidance, unit);
        }

        Key withSegment(String s) {
            return new Key(entity, metric, s, basis, period, guidance, unit);
        }

        Key withBasis(String b) {
            return new Key(entity, metric, segment, b, period, guidance, unit);
        }

        Key withGuidance(boolean g) {
            return new Key(entity, metric, segment, basis, period, g, unit);
        }

        Key withUnit(String u) {
            return new Key(entity, metric, segment, basis, period, guidance, u);
        }
    }

    final List<Fact> facts;
    final String text;
    final Layout layout;
    final Vocabulary vocab;
    final Units units;
    final List<Mention> mentions;
    private final Map<String, Fact> byId = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<Key, List<Fact>> byKey = new LinkedHashMap<>();
    private final Map<Fact, Key> keys = new java.util.IdentityHashMap<>();
    private final Map<Key, List<Key>> byKeyWithoutUnit = new LinkedHashMap<>();
    /** Mentions of facts that may take part in a structure (see {@link StructureInference#figure}), by start. */
    final List<Mention> figures;
    private final int[] figureStarts;

    Doc(List<Fact> facts, io.finlens.text.Document document, Vocabulary vocab) {
        this.facts = List.copyOf(facts);
        this.text = Objects.requireNonNull(document, "document").original();
        this.vocab = vocab;
        this.layout = new Layout(document);
        this.units = new Units(Language.detect(text.length() > 4000 ? text.substring(0, 4000) : text) == Language.ZH);
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < this.facts.size(); i++) {
            Fact f = this.facts.get(i);
            if (byId.put(f.id(), f) != null) throw new IllegalArgumentException("two facts have the id " + f.id());
            order.put(f.id(), i);
            Key k = new Key(f.entity(), f.metric(), vocab.canonicalSegment(f.segment()), f.basis(), f.period().id(), f.guidance(),
                    f.unit().code());
            keys.put(f, k);
            if (!byKey.containsKey(k)) byKeyWithoutUnit.computeIfAbsent(k.withUnit(""), x -> new ArrayList<>()).add(k);
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            for (Span s : f.evidence()) {
                if (s.end() > text.length()) {
                    throw new IllegalArgumentException("evidence of " + f.id() + " " + s + " lies outside the text (length "
                            + text.length() + "): are the spans still in normalized coordinates?");
                }
                ms.add(new Mention(f, s));
            }
        }
        ms.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end())
                .thenComparingInt(m -> order.get(m.fact().id())));
        this.mentions = List.copyOf(ms);
        List<Mention> fs = new ArrayList<>();
        for (Mention m : mentions) if (StructureInference.figure(this, m.fact())) fs.add(m);
        this.figures = List.copyOf(fs);
        this.figureStarts = figures.stream().mapToInt(m -> m.span().start()).toArray();
    }

    /** The figure mentions starting in {@code [start, end)}, in order. */
    List<Mention> figuresIn(int start, int end) {
        int lo = java.util.Arrays.binarySearch(figureStarts, start);
        if (lo < 0) lo = -lo - 1;
        while (lo > 0 && figureStarts[lo - 1] >= start) lo--;
        int hi = lo;
        while (hi < figureStarts.length && figureStarts[hi] < end) hi++;
        return figures.subList(lo, hi);
    }

    private List<WordList.Match<String>> cues;

    /**
     * The structure cues in the text, in order, in one pass: the longest where several start together, none
     * inside another, any case, a Latin cue only as a whole word. The match's value is the cue's kind.
     *
     * <p>Only paragraphs where a figure mention starts are read: a structure rule reads a cue with the figures after
     * it in its paragraph (to the end of its clause, sentence or paragraph) and does nothing for a cue without them.
     * Reading paragraph by paragraph finds the same cues there as reading the whole text: a cue is one run of letters,
     * Han characters and inner spaces (checked at load), so no match crosses a line break into a paragraph or out of
     * it; the word-boundary tests still look at the text around.
     */
    List<WordList.Match<String>> cues() {
        if (cues != null) return cues;
        // The cues are compared with text.toLowerCase(ROOT), or with the text as it is when lower-casing changes its
        // length. That copy of the whole text is not made: lower-casing character by character gives the same
        // comparisons. The two differ only in context (Greek final sigma) and inside surrogate pairs, never in
        // whether a character is a given ASCII or Han character (all a cue holds, checked at load) or a Latin letter;
        // and only U+0130 (İ) changes the length.
        boolean fold = text.indexOf('\u0130') < 0;
        List<WordList.Match<String>> out = new ArrayList<>();
        // no cue starts with this character (lower-cased when the text is): most are passed over without lower-casing
        boolean[] first = fold ? vocab.cueFirstCharsAnyCase : vocab.cueFirstChars;
        for (Layout.Paragraph p : layout.paragraphs()) {
            if (figuresIn(p.start(), p.end()).isEmpty()) continue;
            cues(p.start(), p.end(), fold, first, out);
        }
        cues = List.copyOf(out);
        return cues;
    }

    /** The cues in {@code [from, to)} (see {@link #cues()}). */
    private void cues(int from, int to, boolean fold, boolean[] first, List<WordList.Match<String>> out) {
        int n = text.length();
        for (int i = from; i < to; i++) {
            if (!first[text.charAt(i)]) continue;
            char c = lower(i, fold);
            // inside a Latin word no cue starts (a Latin cue needs a word boundary before it): most letters are that
            if (Chars.isLatin(c) && i > 0 && Chars.isLatin(lower(i - 1, fold))) continue;
            String[] words = vocab.cuesStartingWith(c);
            if (words == null) continue;
            for (String w : words) {
                if (!startsWith(w, i, fold)) continue;
                boolean latin = Chars.isLatin(w.charAt(0));
                if (latin && (i > 0 && Chars.isLatin(lower(i - 1, fold))
                        || i + w.length() < n && Chars.isLatin(lower(i + w.length(), fold)))) continue;
                out.add(new WordList.Match<>(text.substring(i, i + w.length()), vocab.cueKind(w), i, i + w.length()));
                i += w.length() - 1;
                break;
            }
        }
    }

    /** Character {@code i} of the text as {@link #cues()} compares it. */
    private char lower(int i, boolean fold) {
        char c = text.charAt(i);
        if (!fold) return c;
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // Character.toLowerCase, for ASCII
        return Character.toLowerCase(c);
    }

    /** Whether the lower-case cue {@code w} stands at {@code i} (see {@link #cues()}). */
    private boolean startsWith(String w, int i, boolean fold) {
        if (i + w.length() > text.length()) return false;
        for (int k = 0; k < w.length(); k++) if (lower(i + k, fold) != w.charAt(k)) return false;
        return true;
    }

    Fact fact(String id) {
        return byId.get(id);
    }

    Key key(Fact f) {
        Key k = keys.get(f);
        return k != null ? k : new Key(f.entity(), f.metric(), vocab.canonicalSegment(f.segment()), f.basis(), f.period().id(),
                f.guidance(), f.unit().code());
    }

    /** The facts with exactly this key, in input order. */
    List<Fact> withKey(Key k) {
        return byKey.getOrDefault(k, List.of());
    }

    /** All keys, in the order their first fact came. */
    List<Key> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The fact to compute with for a key: usable, the most precisely stated, then the first. */
    Fact best(Key k) {
        Fact best = null;
        for (Fact f : withKey(k)) {
            if (!usable(f)) continue;
            if (best == null || half(f).compareTo(half(best)) < 0) best = f;
        }
        return best;
    }

    /** The best fact for a key in whatever unit it was stated (not a ratio), the first such key in order. */
    Fact bestInAnyUnit(Key k) {
        for (Key other : byKeyWithoutUnit.getOrDefault(k.withUnit(""), List.of())) {
            if (!other.unit().equals("ratio")) {
                Fact f = best(other);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** A figure one can compute with: a single value, not a band or a threshold. */
    static boolean usable(Fact f) {
        return f.value() != null && f.range() == null && f.qualifier() != Qualifier.OVER && f.qualifier() != Qualifier.UNDER;
    }

    /**
     * Half a unit in the last place the figure was stated to (921亿: 0.5亿); an approximate figure (约) is allowed a
     * whole unit. Without a stated precision the last non-zero digit is taken as the last stated place.
     */
    static BigDecimal half(Fact f) {
        Precision p = f.precision();
        BigDecimal h;
        if (p != null) {
            h = p.halfUnit();
        } else if (f.value() == null || f.value().signum() == 0) {
            h = BigDecimal.ZERO;
        } else {
            BigDecimal v = f.value().stripTrailingZeros();
            h = BigDecimal.ONE.scaleByPowerOfTen(-v.scale()).divide(BigDecimal.valueOf(2));
        }
        return f.qualifier() == Qualifier.ABOUT ? h.multiply(BigDecimal.valueOf(2)) : h;
    }

    static Interval interval(Fact f) {
        return Interval.of(f.value(), half(f));
    }

    static boolean approximate(Fact f) {
        return f.qualifier() == Qualifier.ABOUT;
    }

    /** Where the fact is first stated. */
    static int firstPosition(Fact f) {
        int p = Integer.MAX_VALUE;
        for (Span s : f.evidence()) p = Math.min(p, s.start());
        return p;
    }

    /** The text of the fact's evidence, all mentions joined, for word cues. */
    String evidenceText(Fact f) {
        StringBuilder sb = new StringBuilder();
        for (Span s : f.evidence()) sb.append(text, s.start(), s.end()).append('\n');
        return sb.toString();
    }

    /** A short quotation of where the fact is stated: the first mention that shows its figure. */
    String quote(Fact f) {
        Span s = f.evidence().get(0);
        if (f.value() != null && f.precision() != null) {
            String digits = f.value().abs().movePointLeft(f.precision().scaleExponent()).stripTrailingZeros().toPlainString();
            for (Span e : f.evidence()) {
                if (text.substring(e.start(), e.end()).replace(",", "").contains(digits)) {
                    s = e;
                    break;
                }
            }
        }
        String q = SPACES.matcher(text.substring(s.start(), Math.min(s.end(), s.start() + 40))).replaceAll(" ");
        return "“" + q + (s.end() - s.start() > 40 ? "…" : "") + "”";
    }

    /** The document's words for a key's unit, e.g. {@code 亿元}. */
    String suffix(Unit unit, int scale) {
        return units.suffix(unit, scale);
    }

    /** The rest of a fact's key, for a message: {@code revenue 2025Q1}, {@code 2025Q1 non-gaap}. */
    static String context(Fact f, boolean withMetric) {
        StringBuilder sb = new StringBuilder();
        if (withMetric) sb.append(f.metric()).append(' ');
        sb.append(f.period().id());
        if (f.basis() != null) sb.append(' ').append(f.basis());
        if (f.guidance()) sb.append(" guidance");
        if (f.entity() != null) sb.append(", ").append(f.entity());
        return sb.toString();
    }

    /** A human name for a fact: {@code revenue 增值服务业务 2025Q1}. */
    static String name(Fact f) {
        StringBuilder sb = new StringBuilder(f.metric());
        if (f.segment() != null) sb.append(' ').append(f.segment());
        if (f.basis() != null) sb.append(" (").append(f.basis()).append(')');
        sb.append(' ').append(f.period().id());
        if (f.guidance()) sb.append(" guidance");
        return sb.toString();
    }
}
