package io.finlens.search;

import io.finlens.analysis.Analysis;
import io.finlens.model.Span;
import io.finlens.text.Document;
import io.finlens.text.Language;
import io.finlens.transcript.Exchange;
import io.finlens.transcript.Participant;
import io.finlens.transcript.Role;
import io.finlens.transcript.Transcript;
import io.finlens.transcript.Turn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cuts an analysed document into passages, as the text is laid out: a passage is one of the document's paragraphs
 * ({@link Document#paragraphs()}: lines, a wrapped line joined to its paragraph). A paragraph longer than {@value #MAX_CHARS} chars is cut after a sentence end. A paragraph inside a
 * transcript turn becomes part of that turn ({@code question} or {@code answer}, with speaker, role, firm, exchange
 * and topics); a paragraph that is only a turn's speaker label is left out. In a document with a transcript, a
 * paragraph opened by a roster name and a colon ({@code 刘炽平：…}), and the paragraphs after a line holding only a
 * roster name, or a name, a dash and a title (prepared remarks laid out under name lines), are that speaker's
 * {@code remark}s, until a section heading (capitals, or a short line ending in a colon). Spans are trimmed of
 * surrounding white space and point into {@link Analysis#original()}.
 */
public final class Passages {
    static final int MAX_CHARS = 2000;

    private Passages() {
    }

    /** The passages of {@code a}, in text order. */
    public static List<Passage> of(String docId, String entityId, Analysis a) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(a, "analysis");
        String entity = entityId == null || entityId.isBlank() ? (a.entity() == null || a.entity().isBlank() ? "unknown" : a.entity()) : entityId;
        String text = a.original();
        String document = documentName(a);
        String period = a.period().id();
        Transcript tr = a.transcript();
        List<TurnRef> turns = tr == null ? List.of() : turns(tr);
        Map<String, Participant> byName = tr == null ? Map.of() : names(tr);
        List<Passage> out = new ArrayList<>();
        int turnAt = 0;
        Remarks remarks = new Remarks(byName);
        for (int[] para : paragraphs(a.document())) {
            int s = para[0];
            int e = para[1];
            String body = text.substring(s, e);
            String lang = Language.detect(body).code();
            while (turnAt < turns.size() && turns.get(turnAt).turn.span().end() <= s) turnAt++;
            TurnRef ref = overlapping(turns, turnAt, s, e);
            if (ref != null) {
                remarks.reset();
                Turn t = ref.turn;
                if (e <= t.words().start() || s >= t.words().end()) continue; // the speaker label alone
                boolean asks = t.role() == Role.ANALYST;
                Participant who = byName.get(t.speaker());
                out.add(new Passage(docId, entity, period, document, asks ? "question" : "answer", ref.exchange,
                        t.speaker(), t.role().code(), asks ? ref.firm : null, ref.topics, lang, s, e, body,
                        who == null ? List.of() : who.aliases()));
                continue;
            }
            switch (remarks.read(body)) {
                case LABEL -> {
                }
                case REMARK -> {
                    Participant p = remarks.speaker;
                    out.add(new Passage(docId, entity, period, document, "remark", null, p.name(), p.role().code(),
                            p.role() == Role.ANALYST ? p.firm() : null, List.of(), lang, s, e, body, p.aliases()));
                }
                case PARAGRAPH -> out.add(new Passage(docId, entity, period, document, "paragraph", null, null, null, null, List.of(),
                        lang, s, e, body));
            }
        }
        return List.copyOf(out);
    }

    /** The turn overlapping {@code [s, e)} most, from {@code from} on (turns in text order), or null. */
    private static TurnRef overlapping(List<TurnRef> turns, int from, int s, int e) {
        TurnRef ref = null;
        int best = 0;
        for (int k = from; k < turns.size() && turns.get(k).turn.span().start() < e; k++) {
            int overlap = Math.min(e, turns.get(k).turn.span().end()) - Math.max(s, turns.get(k).turn.span().start());
            if (overlap > best) {
                best = overlap;
                ref = turns.get(k);
            }
        }
        return ref;
    }

    /** What a paragraph outside the call's turns is: part of a speaker's label, a speaker's remark, or a plain paragraph. */
    private enum Kind { LABEL, REMARK, PARAGRAPH }

    /**
     * Prepared remarks laid out under name lines, in a document with a transcript: the speaker of the paragraphs read so
     * far, until a heading.
     */
    private static final class Remarks {
        private final Map<String, Participant> byName;
        Participant speaker;
        private boolean labelNext;

        Remarks(Map<String, Participant> byName) {
            this.byName = byName;
        }

        void reset() {
            speaker = null;
            labelNext = false;
        }

        Kind read(String body) {
            if (byName.isEmpty()) return Kind.PARAGRAPH;
            Participant alone = nameLine(body, byName);
            if (alone != null) {
                speaker = alone;
                labelNext = true;
                return Kind.LABEL;
            }
            boolean titleLine = labelNext && isTitleLine(body);
            labelNext = false;
            if (titleLine) return Kind.LABEL; // "Company - Title" under a name line: part of the label
            if (isHeading(body)) speaker = null;
            Participant labelled = labelled(body, byName);
            if (labelled != null) speaker = labelled;
            return speaker != null ? Kind.REMARK : Kind.PARAGRAPH;
        }
    }

    private record TurnRef(Turn turn, int exchange, String firm, List<String> topics) {
    }

    private static List<TurnRef> turns(Transcript tr) {
        List<TurnRef> out = new ArrayList<>();
        int n = 0;
        for (Exchange x : tr.exchanges()) {
            n++;
            for (Turn t : x.turns()) out.add(new TurnRef(t, n, x.firm(), x.topics()));
        }
        out.sort((p, q) -> p.turn.span().compareTo(q.turn.span()));
        return out;
    }

    private static Map<String, Participant> names(Transcript tr) {
        Map<String, Participant> out = new HashMap<>();
        for (Participant p : tr.participants()) {
            out.putIfAbsent(p.name(), p);
            for (String a : p.aliases()) out.putIfAbsent(a, p);
        }
        return out;
    }

    /** The participant whose name (or alias) ends the text before a colon near the paragraph's start, or null. */
    private static Participant labelled(String body, Map<String, Participant> byName) {
        int colon = -1;
        for (int i = 0; i < Math.min(body.length(), 40); i++) {
            char c = body.charAt(i);
            if (c == '：' || c == ':') {
                colon = i;
                break;
            }
        }
        if (colon <= 0) return null;
        String label = body.substring(0, colon).strip();
        Participant best = null;
        int bestLen = 0;
        for (Map.Entry<String, Participant> en : byName.entrySet()) {
            String name = en.getKey();
            if (name.length() > bestLen && label.endsWith(name)
                    && (label.length() == name.length() || !Character.isLetter(name.charAt(0)) || !Character.isLetter(label.charAt(label.length() - name.length() - 1)))) {
                best = en.getValue();
                bestLen = name.length();
            }
        }
        return best;
    }

    /**
     * The participant a speaker-label line names: the name alone ({@code Robert E. Sulentic}) or followed by a dash
     * and a title ({@code Jennifer Gilligan -- Senior Vice President}); null for any other paragraph.
     */
    private static Participant nameLine(String body, Map<String, Participant> byName) {
        if (body.length() > 200 || body.indexOf('\n') >= 0) return null;
        Participant p = byName.get(body.strip());
        if (p != null) return p;
        for (String dash : List.of(" -- ", " — ", " – ", " - ")) {
            int at = body.indexOf(dash);
            if (at > 0) return byName.get(body.substring(0, at).strip());
        }
        return null;
    }

    /** A short line naming a company and a title ({@code CBRE Group, Inc. - Head of IR}), as under a speaker's name. */
    private static boolean isTitleLine(String body) {
        return body.length() <= 160 && body.indexOf('\n') < 0 && (body.contains(" - ") || body.contains(" – "))
                && !body.endsWith(".");
    }

    /** A section heading: in capitals ({@code PRESENTATION}) or short and ending in a colon ({@code Questions & Answers:}). */
    private static boolean isHeading(String body) {
        if (body.length() <= 40 && (body.endsWith(":") || body.endsWith("："))) return true;
        boolean letter = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLowerCase(c) || HanLatinTokenizer.isHan(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter && body.length() <= 80;
    }

    private static String documentName(Analysis a) {
        String p = a.path();
        try {
            Path f = Path.of(p).getFileName();
            if (f != null && !f.toString().isBlank()) return f.toString();
        } catch (RuntimeException ignored) {
            // not a file system path: use it as given
        }
        return p.isBlank() ? (a.title() == null ? "" : a.title()) : p;
    }

    /** Paragraph spans {start, end} of {@code text}, trimmed, in order (see {@link #paragraphs(Document)}). */
    static List<int[]> paragraphs(String text) {
        return paragraphs(Document.of(text));
    }

    /**
     * The document's paragraphs as passages: in original coordinates, trimmed, those with a letter or a digit, a long one
     * cut after a sentence end.
     */
    static List<int[]> paragraphs(Document document) {
        String text = document.original();
        List<int[]> cut = new ArrayList<>();
        for (io.finlens.text.Paragraph p : document.paragraphs()) {
            if (p.start() == p.end()) continue; // a line of decoration only
            Span o = document.toOriginal(new Span(p.start(), p.end()));
            int[] t = trim(text, o.start(), o.end());
            if (t == null || !searchable(text, t[0], t[1])) continue;
            cutLong(text, t[0], t[1], cut);
        }
        return cut;
    }

    private static int[] trim(String text, int s, int e) {
        while (s < e && isSpace(text.charAt(s))) s++;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        return s < e ? new int[] {s, e} : null;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
    }

    private static boolean searchable(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return true;
        }
        return false;
    }

    private static void cutLong(String text, int s, int e, List<int[]> out) {
        while (e - s > MAX_CHARS) {
            int cut = -1;
            for (int i = s + MAX_CHARS - 1; i > s + MAX_CHARS / 2; i--) {
                char c = text.charAt(i);
                if ("。！？!?".indexOf(c) >= 0 || (c == '.' && i + 1 < e && text.charAt(i + 1) == ' ')) {
                    cut = i + 1;
                    break;
                }
            }
            if (cut < 0) {
                cut = s + MAX_CHARS;
                if (Character.isLowSurrogate(text.charAt(cut))) cut--;
            }
            int[] t = trim(text, s, cut);
            if (t != null) out.add(t);
            int[] rest = trim(text, cut, e);
            if (rest == null) return;
            s = rest[0];
            e = rest[1];
        }
        out.add(new int[] {s, e});
    }
}
