package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.check.Doc.Mention;
import io.finlens.check.Structure.Breakdown;
import io.finlens.check.Structure.Kind;
import io.finlens.model.Fact;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers how the facts nest from how the text states them. Rules run in order; each adds breakdowns and may
 * read what earlier rules found (a part of a business line is no top-level business line):
 * <ol>
 * <li>{@link OfWhich} {@code structure.of-which}: 其中 / of which: the parts of the figure just stated.</li>
 * <li>{@link SegmentPrefix} {@code structure.segment-prefix}: 搜索服务其他 is a part of 搜索服务.</li>
 * <li>{@link BreakdownCue} {@code structure.breakdown-cue}: 分业务来看 / 按照地域划分: the business lines of the
 * total stated before, to the end of the paragraph and the paragraphs that go on with them.</li>
 * <li>{@link ParagraphRun} {@code structure.paragraph-run}: paragraphs in a row, each opening with a business
 * line of one figure: the top-level lines are the parts of its total stated before.</li>
 * <li>{@link BulletList} {@code structure.bullet-list}: a total, then bullets with its parts.</li>
 * <li>{@link ParagraphList} {@code structure.paragraph-list}: a total, then its parts in the same paragraph.</li>
 * </ol>
 * Only figures of metrics that add up take part ({@code additive-metrics.tsv}; a value or a change, not a band);
 * a whole needs a value. Business lines are compared by canonical label.
 */
final class StructureInference {
    interface Rule {
        String id();

        void apply(Doc doc, State state);
    }

    /** What the rules have found so far. */
    static final class State {
        final List<Breakdown> breakdowns = new ArrayList<>();

        /** Adds a breakdown unless one with the same parent already lists these parts (or more). */
        void add(Doc doc, Fact parent, List<Fact> children, Kind kind, String rule) {
            List<String> ids = new ArrayList<>();
            for (Fact c : children) if (!c.id().equals(parent.id()) && !ids.contains(c.id())) ids.add(c.id());
            if (ids.isEmpty()) return;
            for (Breakdown b : breakdowns) {
                if (sameFigure(doc, doc.fact(b.parent()), parent) && b.kind() == kind && covers(doc, b.children(), ids)) return;
            }
            for (String id : ids) if (isAncestor(id, parent.id())) return;
            // a wider list by a later rule replaces a narrower one for the same parent
            breakdowns.removeIf(b -> sameFigure(doc, doc.fact(b.parent()), parent) && b.kind() == kind && covers(doc, ids, b.children()));
            breakdowns.add(new Breakdown(parent.id(), ids, kind, rule));
        }

        /** One figure stated as two facts (电动车 and 电动汽车, 270.50 both): the same key and value. */
        private static boolean sameFigure(Doc doc, Fact a, Fact b) {
            return a == b || (doc.key(a).equals(doc.key(b)) && a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0);
        }

        /** Whether every part in {@code some} is, as a figure, in {@code all}. */
        private static boolean covers(Doc doc, List<String> all, List<String> some) {
            for (String s : some) {
                boolean found = false;
                for (String a : all) found |= sameFigure(doc, doc.fact(a), doc.fact(s));
                if (!found) return false;
            }
            return true;
        }

        private boolean isAncestor(String candidate, String of) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(of));
            while (!todo.isEmpty()) {
                String x = todo.remove(todo.size() - 1);
                if (!seen.add(x)) continue;
                for (Breakdown b : breakdowns) {
                    if (b.children().contains(x)) {
                        if (b.parent().equals(candidate)) return true;
                        todo.add(b.parent());
                    }
                }
            }
            return false;
        }

        /** Whether the fact is a part of a business line (a parent with a segment): not a top-level line. */
        boolean nested(Doc doc, Fact f) {
            for (Breakdown b : breakdowns) {
                if (b.kind() == Kind.SEGMENTS && b.children().contains(f.id()) && doc.fact(b.parent()).segment() != null) return true;
            }
            return false;
        }
    }

    private final List<Rule> rules = List.of(new OfWhich(), new SegmentPrefix(), new BreakdownCue(), new ParagraphRun(),
            new BulletList(), new ParagraphList());

    Structure infer(Doc doc) {
        State state = new State();
        for (Rule r : rules) r.apply(doc, state);
        return new Structure(state.breakdowns);
    }

    // ---- shared helpers ----

    /** A figure that can take part in a structure. */
    static boolean figure(Doc doc, Fact f) {
        return f.range() == null && (f.value() != null || !f.changes().isEmpty()) && doc.vocab.additive.containsKey(f.metric());
    }

    /** The key of a fact with the segment left out: the facts that may be business lines of one total. */
    static Key frame(Doc doc, Fact f) {
        return doc.key(f).withSegment(null);
    }

    /** The most precisely stated fact of the same key (512.40 over a rounded 512), else the fact itself. */
    static Fact preferred(Doc doc, Fact f) {
        Fact best = doc.best(doc.key(f));
        return best != null ? best : f;
    }

    static boolean sameSegment(Doc doc, Fact a, Fact b) {
        return java.util.Objects.equals(doc.key(a).segment(), doc.key(b).segment());
    }

    static List<Mention> mentionsIn(Doc doc, int start, int end) {
        return doc.figuresIn(start, end);
    }

    /**
     * Where the cue words of one kind stand in the text, in order (see {@link Doc#cues()}): only in paragraphs that
     * state a figure, as every rule reads a cue with the figures after it in its paragraph.
     */
    static List<WordList.Match<String>> cues(Doc doc, String kind) {
        List<WordList.Match<String>> out = new ArrayList<>();
        for (WordList.Match<String> m : doc.cues()) if (m.value().equals(kind)) out.add(m);
        return out;
    }

    /** The parts among {@code candidates} of the business lines of {@code frame}: one fact per label, in order. */
    static List<Fact> segmentParts(Doc doc, List<Mention> candidates, Key frame, String exceptSegment, State state,
                                   boolean topLevelOnly) {
        List<Fact> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Mention m : candidates) {
            Fact f = m.fact();
            String seg = doc.key(f).segment();
            if (seg == null || seg.equals(exceptSegment) || !frame(doc, f).equals(frame)) continue;
            if (topLevelOnly && state.nested(doc, f)) continue;
            if (labels.add(seg)) out.add(f);
        }
        return out;
    }

    /** The components among {@code candidates} of the whole {@code whole}: one fact per metric, in order. */
    static List<Fact> componentParts(Doc doc, List<Mention> candidates, Fact whole) {
        Key wk = doc.key(whole);
        List<Fact> out = new ArrayList<>();
        Set<String> metrics = new HashSet<>();
        for (Mention m : candidates) {
            Fact f = m.fact();
            if (!doc.vocab.isComponent(whole.metric(), f.metric())) continue;
            if (!doc.key(f).equals(wk.withMetric(f.metric()))) continue;
            if (metrics.add(f.metric())) out.add(f);
        }
        return out;
    }

    // ---- the rules ----

    /**
     * 其中 / of which: the parts of a figure stated in the sentence before (or earlier in the same sentence). The
     * parts run to the end of the sentence; a list in commas ends at the semicolon ({@code 其中A…，B…；C…}: A and B).
     */
    static final class OfWhich implements Rule {
        public String id() {
            return "structure.of-which";
        }

        public void apply(Doc doc, State state) {
            Layout l = doc.layout;
            for (WordList.Match<String> cue : cues(doc, "of-which")) {
                int c = cue.start();
                int si = l.sentenceIndex(c);
                int clauseEnd = l.clauseEnd(cue.end());
                List<Mention> scope = mentionsIn(doc, cue.end(), clauseEnd);
                if (distinctItems(doc, scope) < 2) scope = mentionsIn(doc, cue.end(), l.sentenceEnd(si));
                if (scope.isEmpty()) continue;
                int regionStart = si > 0 ? l.sentenceStart(si - 1) : l.sentenceStart(si);
                List<Mention> before = mentionsIn(doc, regionStart, c);
                if (before.isEmpty()) continue;
                // business lines of a figure of the same metric
                Map<Key, List<Mention>> byFrame = new LinkedHashMap<>();
                for (Mention m : scope) if (m.fact().segment() != null) byFrame.computeIfAbsent(frame(doc, m.fact()), k -> new ArrayList<>()).add(m);
                for (Map.Entry<Key, List<Mention>> e : byFrame.entrySet()) {
                    Set<String> childSegments = new HashSet<>();
                    for (Mention m : e.getValue()) childSegments.add(doc.key(m.fact()).segment());
                    Fact parent = null;
                    for (Mention m : before) {
                        if (m.fact().value() != null && frame(doc, m.fact()).equals(e.getKey())
                                && !childSegments.contains(doc.key(m.fact()).segment())) parent = m.fact();
                    }
                    if (parent == null) continue;
                    List<Fact> parts = segmentParts(doc, e.getValue(), e.getKey(), doc.key(parent).segment(),
                            state, false);
                    if (!parts.isEmpty()) state.add(doc, parent, parts, Kind.SEGMENTS, id());
                }
                // components of a whole of another metric
                Map<String, Fact> wholes = new LinkedHashMap<>();
                for (Mention m : before) if (m.fact().value() != null) wholes.put(m.fact().id(), m.fact());
                List<Fact> ws = new ArrayList<>(wholes.values());
                for (int i = ws.size() - 1; i >= 0; i--) {
                    List<Fact> parts = componentParts(doc, scope, ws.get(i));
                    if (!parts.isEmpty()) state.add(doc, ws.get(i), parts, Kind.COMPONENTS, id());
                }
            }
        }

        /** How many different figures a list names: business lines or metrics, whatever their periods. */
        private static int distinctItems(Doc doc, List<Mention> ms) {
            Set<String> items = new HashSet<>();
            for (Mention m : ms) items.add(m.fact().metric() + "|" + doc.key(m.fact()).segment());
            return items.size();
        }
    }

    /** 搜索服务其他 is a part of 搜索服务: a label that begins with another label of the same figure. */
    static final class SegmentPrefix implements Rule {
        public String id() {
            return "structure.segment-prefix";
        }

        public void apply(Doc doc, State state) {
            Map<Key, Map<String, Fact>> byFrame = new LinkedHashMap<>();
            for (Fact f : doc.facts) {
                if (!figure(doc, f) || f.segment() == null) continue;
                // one fact per label, a figure with a value before one with a change only
                byFrame.computeIfAbsent(frame(doc, f), k -> new LinkedHashMap<>())
                        .merge(doc.key(f).segment(), f, (a, b) -> a.value() == null && b.value() != null ? b : a);
            }
            for (Map<String, Fact> labels : byFrame.values()) {
                Map<String, List<Fact>> parts = new LinkedHashMap<>();
                for (Map.Entry<String, Fact> e : labels.entrySet()) {
                    String child = e.getKey();
                    String best = null;
                    for (String parent : labels.keySet()) {
                        if (child.length() > parent.length() && child.startsWith(parent) && isPart(doc, child.substring(parent.length()))
                                && (best == null || parent.length() > best.length())) best = parent;
                    }
                    if (best != null) parts.computeIfAbsent(best, k -> new ArrayList<>()).add(e.getValue());
                }
                for (Map.Entry<String, List<Fact>> e : parts.entrySet()) {
                    state.add(doc, labels.get(e.getKey()), e.getValue(), Kind.SEGMENTS, id());
                }
            }
        }

        private static boolean isPart(Doc doc, String rest) {
            for (String w : doc.vocab.notPart) if (rest.startsWith(w)) return false;
            return true;
        }
    }

    /**
     * 分业务来看 / 按照地域划分: the top-level business lines stated from the cue to the end of its paragraph, and on
     * through the paragraphs whose first sentence states another of them, are the parts of the total of the same
     * figure stated before the cue.
     */
    static final class BreakdownCue implements Rule {
        public String id() {
            return "structure.breakdown-cue";
        }

        public void apply(Doc doc, State state) {
            Layout l = doc.layout;
            for (WordList.Match<String> cue : cues(doc, "breakdown")) {
                Layout.Paragraph p = l.paragraphAt(cue.start());
                if (p == null) continue;
                int end = p.end();
                Set<Key> frames = new LinkedHashSet<>();
                for (Mention m : mentionsIn(doc, cue.end(), end)) if (m.fact().segment() != null) frames.add(frame(doc, m.fact()));
                if (frames.isEmpty()) continue;
                List<Layout.Paragraph> ps = l.paragraphs();
                for (int k = p.index() + 1; k < ps.size(); k++) {
                    Layout.Paragraph q = ps.get(k);
                    int firstSentenceEnd = l.sentenceEnd(l.sentenceIndex(q.start()));
                    boolean goesOn = false;
                    for (Mention m : mentionsIn(doc, q.start(), firstSentenceEnd)) {
                        if (m.fact().segment() != null && frames.contains(frame(doc, m.fact()))) goesOn = true;
                    }
                    if (!goesOn) break;
                    end = q.end();
                }
                List<Mention> scope = mentionsIn(doc, cue.end(), end);
                List<Mention> before = mentionsIn(doc, 0, cue.start());
                for (Key frame : frames) {
                    Fact total = null;
                    for (Mention m : before) {
                        if (m.fact().segment() == null && m.fact().value() != null && frame(doc, m.fact()).equals(frame)) total = m.fact();
                    }
                    if (total == null) continue;
                    total = preferred(doc, total);
                    List<Fact> parts = segmentParts(doc, scope, frame, null, state, true);
                    if (!parts.isEmpty()) state.add(doc, total, parts, Kind.SEGMENTS, id());
                }
            }
        }
    }

    /**
     * Paragraphs in a row (two or more), each opening with a business line of one figure (the first figure of
     * its first sentence): the top-level lines among them are the parts of the total of that figure stated
     * before the run. 搜索服务…455.30 / 云计算…50.60 / 其他业务…3.20 after 总营收512.40.
     */
    static final class ParagraphRun implements Rule {
        public String id() {
            return "structure.paragraph-run";
        }

        public void apply(Doc doc, State state) {
            Layout l = doc.layout;
            List<Layout.Paragraph> ps = l.paragraphs();
            int k = 0;
            while (k < ps.size()) {
                Key frame = opening(doc, ps.get(k));
                if (frame == null) {
                    k++;
                    continue;
                }
                int j = k + 1;
                while (j < ps.size() && frame.equals(opening(doc, ps.get(j)))) j++;
                if (j - k >= 2) {
                    List<Mention> scope = mentionsIn(doc, ps.get(k).start(), ps.get(j - 1).end());
                    Fact total = null;
                    for (Mention m : mentionsIn(doc, 0, ps.get(k).start())) {
                        if (m.fact().segment() == null && m.fact().value() != null && frame(doc, m.fact()).equals(frame)) total = m.fact();
                    }
                    List<Fact> parts = segmentParts(doc, scope, frame, null, state, true);
                    if (total != null && parts.size() >= 2) state.add(doc, preferred(doc, total), parts, Kind.SEGMENTS, id());
                }
                k = j;
            }
        }

        /** The figure whose business line opens the paragraph, or null. */
        private static Key opening(Doc doc, Layout.Paragraph p) {
            int end = doc.layout.sentenceEnd(doc.layout.sentenceIndex(p.start()));
            List<Mention> ms = mentionsIn(doc, p.start(), end);
            if (ms.isEmpty() || ms.get(0).fact().segment() == null) return null;
            return frame(doc, ms.get(0).fact());
        }
    }

    /** A total, then bullets: the business lines (or components) in the bullets that follow are its parts. */
    static final class BulletList implements Rule {
        public String id() {
            return "structure.bullet-list";
        }

        public void apply(Doc doc, State state) {
            List<Layout.Paragraph> ps = doc.layout.paragraphs();
            for (int k = 0; k < ps.size(); k++) {
                Layout.Paragraph p = ps.get(k);
                for (Mention total : mentionsIn(doc, p.start(), p.end())) {
                    Fact t = total.fact();
                    if (t.value() == null) continue;
                    Key frame = frame(doc, t);
                    List<Mention> scope = new ArrayList<>();
                    for (int j = k + 1; j < ps.size() && ps.get(j).bullet(); j++) {
                        List<Mention> ms = mentionsIn(doc, ps.get(j).start(), ps.get(j).end());
                        boolean anotherTotal = false;
                        for (Mention m : ms) {
                            if (m.fact() != t && sameSegment(doc, m.fact(), t) && frame(doc, m.fact()).equals(frame)) anotherTotal = true;
                        }
                        if (anotherTotal) break;
                        scope.addAll(ms);
                    }
                    if (scope.isEmpty()) continue;
                    if (t.segment() == null) {
                        List<Fact> parts = segmentParts(doc, scope, frame, null, state, true);
                        if (!parts.isEmpty()) state.add(doc, t, parts, Kind.SEGMENTS, id());
                    }
                    List<Fact> comps = componentParts(doc, scope, t);
                    if (!comps.isEmpty()) state.add(doc, t, comps, Kind.COMPONENTS, id());
                }
            }
        }
    }

    /** A total, then two or more of its business lines (or components) later in the same paragraph. */
    static final class ParagraphList implements Rule {
        /**
         * How many figures after a total are read as its possible parts: a bounded window, so a paragraph of thousands of
         * figures (one long line) costs linear time, not a pass over the rest of it for each figure.
         */
        static final int MAX_AHEAD = 48;

        public String id() {
            return "structure.paragraph-list";
        }

        public void apply(Doc doc, State state) {
            for (Layout.Paragraph p : doc.layout.paragraphs()) {
                List<Mention> ms = mentionsIn(doc, p.start(), p.end());
                for (int i = 0; i < ms.size(); i++) {
                    Fact t = ms.get(i).fact();
                    if (t.value() == null) continue;
                    Key frame = frame(doc, t);
                    List<Mention> after = new ArrayList<>();
                    for (int j = i + 1; j < ms.size() && j <= i + MAX_AHEAD; j++) {
                        Fact f = ms.get(j).fact();
                        if (f != t && sameSegment(doc, f, t) && frame(doc, f).equals(frame)) break;
                        after.add(ms.get(j));
                    }
                    if (t.segment() == null) {
                        List<Fact> parts = segmentParts(doc, after, frame, null, state, true);
                        if (parts.size() >= 2) state.add(doc, t, parts, Kind.SEGMENTS, id());
                    }
                    List<Fact> comps = componentParts(doc, after, t);
                    if (comps.size() >= 2) state.add(doc, t, comps, Kind.COMPONENTS, id());
                }
            }
        }
    }
}
