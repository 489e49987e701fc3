package io.finlens.fact;

import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Dimension;
import io.finlens.model.Direction;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.WordList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Links quantities to metrics, sentence by sentence. A value is claimed by the nearest metric mention before
 * it in its sentence; a change (a percent or points after 增长, 同比, 环比...) by the nearest mention too, across
 * clauses. Segment, basis, period and guidance come from the words around the mention. Every fact names the
 * rules that made it; {@link FactMerger} then folds repeats into one fact per key.
 */
public final class FactExtractor {
    private final FactLexicon lex = FactLexicon.get();

    /** The facts of one document, with the document's title, entity and period. */
    public record Result(String title, String entity, Period period, List<Fact> facts) {
    }

    /** Extracts facts from normalized text {@code s} (spans into it) and its quantities. */
    public Result extract(String s, List<Quantity> quantities, boolean chinese) {
        List<PeriodMentions.Mention> periods = PeriodMentions.find(s, lex);
        DocumentContext doc = DocumentContext.of(s, periods, lex);
        List<Fact> raw = new ArrayList<>();
        int qi = 0;
        for (Sentences.Sentence sent : Sentences.split(s)) {
            while (qi < quantities.size() && quantities.get(qi).span().start() < sent.start()) qi++;
            List<Quantity> qs = new ArrayList<>();
            for (int k = qi; k < quantities.size() && quantities.get(k).span().end() <= sent.end(); k++) qs.add(quantities.get(k));
            if (qs.isEmpty()) continue;
            new SentenceLinker(s, sent, qs, periods, doc, chinese ? lex.aliasesZh : lex.aliasesEn, raw).run();
        }
        return new Result(doc.title(), doc.entity(), doc.period(), FactMerger.merge(raw));
    }

    /** A metric mention and what has been claimed for it. */
    private static final class Slot {
        final int start, end;
        final FactLexicon.Metric metric;
        final String segment;
        String basis;
        Quantity value;
        final List<Change> changes = new ArrayList<>();
        final List<Span> evidence = new ArrayList<>();
        final List<String> rules = new ArrayList<>();
        Period period;
        boolean guidance;
        boolean negative;
        Quantity conversion;
        int lastEnd;

        Slot(int start, int end, FactLexicon.Metric metric, String segment, String basis) {
            this.start = start;
            this.end = end;
            this.metric = metric;
            this.segment = segment;
            this.basis = basis;
            this.lastEnd = end;
        }
    }

    private final class SentenceLinker {
        final String s;
        final Sentences.Sentence sent;
        final List<Quantity> qs;
        final List<PeriodMentions.Mention> periods;
        final DocumentContext doc;
        final WordList<FactLexicon.Alias> aliases;
        final List<Fact> out;
        final List<Slot> slots = new ArrayList<>();
        final List<Slot> extra = new ArrayList<>();

        SentenceLinker(String s, Sentences.Sentence sent, List<Quantity> qs, List<PeriodMentions.Mention> periods,
                       DocumentContext doc, WordList<FactLexicon.Alias> aliases, List<Fact> out) {
            this.s = s;
            this.sent = sent;
            this.qs = qs;
            this.periods = periods;
            this.doc = doc;
            this.aliases = aliases;
            this.out = out;
        }

        void run() {
            findMentions();
            if (slots.isEmpty()) return;
            for (Quantity q : qs) link(q);
            for (Slot sl : slots) emit(sl);
            for (Slot sl : extra) emit(sl);
        }

        private void findMentions() {
            int i = sent.start();
            while (i < sent.end()) {
                WordList.Match<FactLexicon.Alias> m = aliases.at(s, i);
                if (m == null || m.end() > sent.end() || insideQuantity(m.start())) {
                    i++;
                    continue;
                }
                String seg = segment(m.start());
                String basis = m.value().basis() != null ? m.value().basis() : nonGaapAround(m.start(), m.end());
                slots.add(new Slot(m.start(), m.end(), m.value().metric(), seg, basis));
                i = m.end();
            }
        }

        private boolean insideQuantity(int pos) {
            for (Quantity q : qs) if (q.span().start() <= pos && pos < q.span().end()) return true;
            return false;
        }

        private String nonGaapAround(int start, int end) {
            int cs = sent.clauseStartBefore(start);
            for (int k = cs; k < start; k++) {
                var m = lex.basisCues.at(s, k);
                if (m != null && m.value().equals("non-gaap") && m.end() <= start) return "non-gaap";
            }
            // a bracket right after the metric: 经营利润(Non-IFRS)
            if (end < s.length() && s.charAt(end) == '(') {
                int close = s.indexOf(')', end);
                if (close > 0 && close - end < 30) {
                    for (int k = end + 1; k < close; k++) {
                        var m = lex.basisCues.at(s, k);
                        if (m != null && m.value().equals("non-gaap")) return "non-gaap";
                    }
                }
            }
            return null;
        }

        /** The business line named just before a metric word, cleaned of framing words; null for the whole company. */
        private String segment(int mentionStart) {
            int from = sent.clauseStartBefore(mentionStart);
            for (Slot sl : slots) if (sl.end <= mentionStart && sl.end > from) from = sl.end;
            for (Quantity q : qs) if (q.span().end() <= mentionStart && q.span().end() > from) from = q.span().end();
            for (PeriodMentions.Mention p : periods) {
                if (p.end() <= mentionStart && p.end() > from && p.start() >= from - 0) from = p.end();
            }
            String cand = s.substring(from, mentionStart);
            // framing: basis words, brackets, the entity
            cand = cand.replaceAll("\\([^)]*\\)", "").replace("Non-IFRS", "").replace("Non-GAAP", "").strip();
            boolean changed = true;
            while (changed && !cand.isEmpty()) {
                changed = false;
                var p = lex.segmentPrefixStop.at(cand, 0);
                if (p != null) {
                    cand = cand.substring(p.end()).strip();
                    changed = true;
                    continue;
                }
                var co = lex.companies.at(cand, 0);
                if (co != null) {
                    cand = cand.substring(co.end()).strip();
                    changed = true;
                    continue;
                }
                if (!doc.entity().isEmpty() && cand.startsWith(doc.entity())) {
                    cand = cand.substring(doc.entity().length()).strip();
                    changed = true;
                    continue;
                }
                var b = lex.basisCues.at(cand, 0);
                if (b != null) {
                    cand = cand.substring(b.end()).strip();
                    changed = true;
                    continue;
                }
                var suf = lex.segmentSuffixStop.before(cand, cand.length());
                if (suf != null) {
                    cand = cand.substring(0, suf.start()).strip();
                    changed = true;
                    continue;
                }
                if (cand.startsWith("在") || cand.startsWith("和") || cand.startsWith("与") || cand.startsWith("及")) {
                    cand = cand.substring(1);
                    changed = true;
                }
            }
            if (cand.isEmpty() || cand.length() > 14) return null;
            for (int k = 0; k < cand.length(); k++) {
                char c = cand.charAt(k);
                if (Chars.isDigit(c) || c == '%' || "为是将在了被对从于由较同比环".indexOf(c) >= 0) return null;
            }
            return cand;
        }

        private Slot targetFor(Quantity q) {
            Slot best = null;
            for (Slot sl : slots) if (sl.end <= q.span().start()) best = sl;
            return best;
        }

        private boolean sameClause(int a, int b) {
            return sent.clauseStartBefore(a) == sent.clauseStartBefore(b);
        }

        private void link(Quantity q) {
            Slot t = targetFor(q);
            if (t == null) return;
            int qs0 = q.span().start();
            String between = s.substring(t.end, qs0);
            int clauseStart = sent.clauseStartBefore(qs0);
            String clauseBefore = s.substring(Math.max(clauseStart, sent.start()), qs0);
            boolean isRatioQ = q.unit().dimension() == Dimension.RATIO || q.unit().dimension() == Dimension.POINTS;
            char prev = qs0 > 0 ? s.charAt(qs0 - 1) : ' ';
            boolean valueMarker = prev == '至' || prev == '到' || prev == '为' || prev == '是' || prev == '达' || prev == ':';
            boolean changeCue = q.direction() != null || clauseBefore.contains("同比") || clauseBefore.contains("环比")
                    || clauseBefore.contains("增幅") || clauseBefore.contains("增速") || clauseBefore.contains("降幅");
            if (isRatioQ && (t.metric.unit() != FactLexicon.MetricUnit.RATIO || q.unit().dimension() == Dimension.POINTS)
                    && changeCue && !(valueMarker && t.metric.unit() == FactLexicon.MetricUnit.RATIO)) {
                if (between.length() > 60) return;
                addChange(t, q, clauseBefore);
                return;
            }
            if (isRatioQ && t.metric.unit() == FactLexicon.MetricUnit.RATIO && q.unit().dimension() == Dimension.RATIO) {
                if (!sameClause(t.end, qs0) && between.length() > 30) return;
                if (t.value != null && prev == '由') return;
                assignValue(t, q, between, clauseBefore);
                return;
            }
            if (isRatioQ) return;
            // a money or count value
            if (!compatible(t.metric, q)) return;
            if (!sameClause(t.end, qs0) && !hasPriorCue(clauseBefore) && !between.startsWith("(") && between.length() > 12) return;
            if (between.length() > 40) return;
            assignValue(t, q, between, clauseBefore);
        }

        private boolean compatible(FactLexicon.Metric m, Quantity q) {
            Dimension d = q.unit().dimension();
            return switch (m.unit()) {
                case MONEY -> d == Dimension.MONEY;
                case COUNT -> d == Dimension.COUNT || (d == Dimension.NUMBER && q.precision().scaleExponent() >= 3);
                case RATIO -> d == Dimension.RATIO;
                case ANY -> true;
            };
        }

        private boolean hasPriorCue(String text) {
            return text.contains("去年同期") || text.contains("上年同期") || text.contains("上季度") || text.contains("上一季度")
                    || text.contains("去年") || text.contains("上年");
        }

        private void addChange(Slot t, Quantity q, String clauseBefore) {
            ChangeBasis b = clauseBefore.contains("环比") || clauseBefore.contains("上季度") || clauseBefore.contains("上一季度")
                    || clauseBefore.contains("较上季") ? ChangeBasis.QOQ : ChangeBasis.YOY;
            boolean down = q.direction() == Direction.DOWN;
            Change c;
            if (q.unit().dimension() == Dimension.POINTS) {
                if (q.value() == null) return;
                c = Change.points(b, down ? q.value().negate() : q.value(), q.span());
            } else if (q.range() != null) {
                c = Change.band(b, down ? q.range().negate() : q.range(), q.span());
            } else {
                c = Change.relative(b, down ? q.value().negate() : q.value(), q.span());
            }
            for (Change e : t.changes) if (e.basis() == b) return;
            t.changes.add(c);
            t.rules.add("zh.change." + b.code() + (q.unit().dimension() == Dimension.POINTS ? "-points" : ""));
            t.lastEnd = Math.max(t.lastEnd, q.span().end());
            if (t.evidence.isEmpty()) t.evidence.add(new Span(t.start, q.span().end()));
        }

        private void assignValue(Slot t, Quantity q, String between, String clauseBefore) {
            Period p = periodFor(q.span().start(), t);
            boolean guidance = guidanceBefore(q.span().start());
            String consensus = consensusBetween(t, q);
            boolean prior = priorCue(t, q);
            if (between.startsWith("(") || (q.span().start() > 0 && s.charAt(q.span().start() - 1) == '(')) {
                if (t.value != null && q.unit().isMoney() && !q.unit().equals(t.value.unit())) {
                    if (t.conversion == null) t.conversion = q;
                    return;
                }
            }
            if (consensus != null || prior || (t.value != null)) {
                if (t.value == null && consensus == null && !prior) {
                    // fall through to the main slot
                } else {
                    Slot x = new Slot(t.start, t.end, t.metric, t.segment, consensus != null ? "consensus" : t.basis);
                    x.value = q;
                    x.period = prior ? priorPeriod(t, q) : p;
                    x.guidance = guidance && consensus == null;
                    x.negative = q.loss() || isLossWord(t);
                    x.rules.add(consensus != null ? "zh.fact.consensus" : prior ? "zh.fact.prior-period" : "zh.fact.metric-value");
                    x.evidence.add(new Span(Math.min(t.start, q.span().start()), q.span().end()));
                    if (t.value == null && !prior && consensus == null) return;
                    if (prior && t.metric.unit() == FactLexicon.MetricUnit.RATIO && t.value != null) {
                        // 由27%上升至32%: the change in points follows from the two
                    }
                    extra.add(x);
                    return;
                }
            }
            t.value = q;
            t.period = p;
            t.guidance = guidance;
            t.negative = q.loss() || isLossWord(t);
            t.rules.add("zh.fact.metric-value");
            t.lastEnd = q.span().end();
            t.evidence.clear();
            t.evidence.add(new Span(t.start, q.span().end()));
        }

        private boolean isLossWord(Slot t) {
            String w = s.substring(t.start, t.end);
            return w.contains("亏损") || w.contains("净亏") || w.toLowerCase().contains("loss");
        }

        private boolean priorCue(Slot t, Quantity q) {
            int from = Math.max(t.end, sent.clauseStartBefore(q.span().start()));
            String txt = s.substring(Math.min(from, q.span().start()), q.span().start());
            if (t.value != null && (txt.contains("去年同期") || txt.contains("上年同期") || txt.contains("上年") || txt.contains("去年")
                    || txt.contains("上季度") || txt.contains("上一季度") || txt.endsWith("由") || txt.endsWith("从"))) return true;
            return t.value == null && (txt.endsWith("由") || txt.endsWith("从")) && s.substring(q.span().end(), Math.min(s.length(), q.span().end() + 8)).matches("^(上升|下降|增长|增加|提升|降至|升至|减少|下滑).*");
        }

        private Period priorPeriod(Slot t, Quantity q) {
            int from = Math.max(t.end, sent.clauseStartBefore(q.span().start()));
            String txt = s.substring(Math.min(from, q.span().start()), q.span().start());
            Period base = t.period != null ? t.period : periodFor(q.span().start(), t);
            boolean qoq = txt.contains("上季度") || txt.contains("上一季度") || s.substring(sent.start(), q.span().start()).contains("环比");
            if (qoq && base instanceof Period.Quarter bq) return bq.previous();
            if (qoq && base instanceof Period.Instant bi) return new Period.Instant(bi.date().minusMonths(3).withDayOfMonth(1).plusMonths(1).minusDays(1));
            return base.previousYear();
        }

        private String consensusBetween(Slot t, Quantity q) {
            int from = t.end;
            for (Quantity o : qs) if (o.span().end() <= q.span().start() && o.span().end() > from) from = o.span().end();
            for (int k = from; k < q.span().start(); k++) {
                var m = lex.basisCues.at(s, k);
                if (m != null && m.value().equals("consensus")) return "consensus";
            }
            return null;
        }

        private boolean guidanceBefore(int pos) {
            int from = sent.start();
            for (int k = from; k < pos; k++) {
                var m = lex.guidanceCuesZh.at(s, k);
                if (m != null && m.end() <= pos) {
                    // 市场预期 / 分析师预期 are consensus, not guidance
                    var c = lex.basisCues.before(s, m.end());
                    if (c != null && c.value().equals("consensus")) continue;
                    return true;
                }
            }
            return false;
        }

        private Period periodFor(int pos, Slot t) {
            PeriodMentions.Mention best = null;
            for (PeriodMentions.Mention m : periods) {
                if (m.start() < sent.start()) continue;
                if (m.end() > pos) break;
                if (m.kind() == PeriodMentions.Kind.RELATIVE && ("prior-year".equals(m.relative()) || "prior-quarter".equals(m.relative()))) continue;
                best = m;
            }
            boolean future = guidanceBefore(pos);
            Period p = best == null ? doc.period() : PeriodMentions.resolve(best, doc.period(), future);
            if (p == null) p = doc.period();
            if (t.metric.kind() == FactLexicon.Kind.STOCK) {
                if (!(p instanceof Period.Instant)) p = new Period.Instant(p.end());
            } else if (p instanceof Period.Instant) {
                p = doc.period();
            }
            return p;
        }

        private void emit(Slot sl) {
            if (sl.value == null && sl.changes.isEmpty()) return;
            Period p = sl.period != null ? sl.period : periodFor(sl.evidence.isEmpty() ? sl.end : sl.evidence.get(0).end(), sl);
            Quantity v = sl.value;
            BigDecimal value = v == null ? null : v.value();
            Range range = v == null ? null : v.range();
            if (sl.negative && value != null) value = value.negate();
            if (sl.negative && range != null) range = range.negate();
            Unit unit;
            if (v != null) {
                unit = v.unit().dimension() == Dimension.NUMBER ? Unit.COUNT : v.unit();
            } else {
                unit = switch (sl.metric.unit()) {
                    case MONEY -> Unit.money(defaultCurrency());
                    case COUNT -> Unit.COUNT;
                    default -> Unit.RATIO;
                };
            }
            List<Span> ev = sl.evidence.isEmpty() ? List.of(new Span(sl.start, sl.lastEnd)) : sl.evidence;
            List<String> rules = new ArrayList<>(sl.rules);
            if (v != null) rules.add(v.rule());
            out.add(new Fact("F0", doc.entity(), sl.metric.id(), sl.segment, sl.basis, p, value, unit,
                    v == null ? null : v.qualifier(), range, sl.guidance, sl.changes, ev, rules, sl.conversion,
                    v == null ? null : v.precision()));
        }

        private String defaultCurrency() {
            for (Quantity q : qs) if (q.unit().isMoney()) return q.unit().currency();
            return "CNY";
        }
    }
}
