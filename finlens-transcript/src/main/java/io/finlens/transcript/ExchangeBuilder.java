package io.finlens.transcript;

import io.finlens.model.Span;
import io.finlens.text.Chars;
import io.finlens.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Forms exchanges from the speeches of a Q&amp;A. An analyst's speech opens an exchange unless the same analyst holds
 * the current one (a follow-up); an operator's speech closes the current exchange (what executives say after it and
 * before the next analyst, closing remarks, belongs to no exchange); an executive's speech joins the current exchange
 * unless it only passes the microphone (moderation: a short turn with a cue such as "next question"). An unnamed
 * questioner opens a new exchange each time, unless the text marks a follow-up (该机构追问).
 */
final class ExchangeBuilder {
    /** A moderation turn is at most this many words (English) or characters (Chinese). */
    static final int MODERATION_WORDS = 30;
    static final int MODERATION_CHARS = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,.!;:-]+");

    private final Cues cues;
    private final Brokers brokers;
    /** The topic lexicon, loaded when the first exchange is built: a text with no call never pays for it. */
    private final java.util.function.Supplier<Topics> topics;
    private final SubQuestions subQuestions;

    ExchangeBuilder(Cues cues, Brokers brokers, java.util.function.Supplier<Topics> topics, SubQuestions subQuestions) {
        this.cues = cues;
        this.brokers = brokers;
        this.topics = topics;
        this.subQuestions = subQuestions;
    }

    private final class Open {
        final String analyst;
        final String firmWritten;
        final List<Turn> turns = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();

        Open(String analyst, String firmWritten) {
            this.analyst = analyst;
            this.firmWritten = firmWritten;
        }

        void add(Turn t, String body) {
            turns.add(t);
            bodies.add(body);
        }

        /** Leaves out closing remarks after the last question: from the first later turn that opens with closing words. */
        void dropClosingRemarks() {
            int last = 0;
            for (int k = 0; k < turns.size(); k++) if (turns.get(k).role() == Role.ANALYST) last = k;
            for (int k = last + 1; k < turns.size(); k++) {
                String b = bodies.get(k).strip();
                if (cues.inside("closing", b.substring(0, Math.min(b.length(), Chars.hasHan(b) ? 40 : 150)))) {
                    turns.subList(k, turns.size()).clear();
                    bodies.subList(k, bodies.size()).clear();
                    return;
                }
            }
        }

        Exchange close() {
            Topics topics = ExchangeBuilder.this.topics.get();
            double[] scores = topics.newScores();
            for (int k = 0; k < turns.size(); k++) {
                topics.score(bodies.get(k), turns.get(k).role() == Role.ANALYST ? Topics.QUESTION_WEIGHT : 1, scores);
            }
            Brokers.Firm f = brokers.resolve(firmWritten);
            return new Exchange(analyst, f == null ? null : f.name(), f == null ? null : f.asWritten(), turns, topics.choose(scores));
        }
    }

    List<Exchange> build(Reading r, NormalizedText doc) {
        String original = doc.original();
        List<Open> opens = new ArrayList<>();
        Open cur = null;
        boolean handedOver = false;
        List<Speech> speeches = r.speeches();
        for (int i = r.qaStart(); i < speeches.size(); i++) {
            Speech s = speeches.get(i);
            // an executive outside an exchange (prepared remarks, closing remarks) is passed over: no need to read it
            if (s.role() == Role.EXECUTIVE && (cur == null || handedOver)) continue;
            // the body as the document's normalization reads it (a line wrapped after the label joined as elsewhere);
            // it may keep the space after a label's colon, which no cue or topic test looks at
            String body = doc.slice(s.body().start(), s.body().end()).text();
            switch (s.role()) {
                case OPERATOR -> {
                    // the operator passing the call on ends the exchange; a question to the analyst ("any other
                    // questions?") does not
                    if (cues.inside("handover", body) || body.isBlank()) {
                        if (cur != null) opens.add(cur);
                        cur = null;
                        handedOver = true;
                    }
                }
                case ANALYST -> {
                    handedOver = false;
                    boolean same = cur != null && (s.speaker().equals(Exchange.UNNAMED) ? s.followUp() && cur.analyst.equals(Exchange.UNNAMED)
                            : cur.analyst.equals(s.speaker()));
                    if (!same) {
                        if (cur != null) opens.add(cur);
                        cur = new Open(s.speaker(), s.firmWritten());
                    }
                    Span words = trimmed(original, s.body());
                    List<Span> parts = subQuestions.parts(doc, words);
                    cur.add(new Turn(s.speaker(), Role.ANALYST, s.span(), words, parts), body);
                }
                case EXECUTIVE -> {
                    if (isHost(r.roster(), s.speaker()) && hostAside(body)) continue;
                    cur.add(new Turn(s.speaker(), Role.EXECUTIVE, s.span(), trimmed(original, s.body()), List.of()), body);
                }
            }
        }
        if (cur != null) opens.add(cur);
        if (!opens.isEmpty()) opens.get(opens.size() - 1).dropClosingRemarks();
        List<Exchange> out = new ArrayList<>();
        for (Open o : opens) out.add(o.close());
        return out;
    }

    /** Whether the speaker hosts the call (investor relations), whose moderation is left out of exchanges. */
    private boolean isHost(Roster roster, String speaker) {
        Roster.Person p = roster.find(speaker);
        return p != null && p.title != null && cues.word("host-title", p.title);
    }

    /**
     * A host's turn that only moderates: short and passing the microphone ("Next question.", "Go ahead, operator.") or
     * only courtesy ("Thanks, Stanley. Take care."), or the host's closing words ("Thank you all for joining us").
     */
    boolean hostAside(String body) {
        String t = body.strip();
        boolean han = Chars.hasHan(t);
        boolean short_ = han ? t.length() <= MODERATION_CHARS : SPACES.split(t).length <= MODERATION_WORDS;
        if (short_ && (cues.inside("moderation", t) || courtesy(t))) return true;
        return cues.inside("closing", t.substring(0, Math.min(t.length(), han ? 40 : 150)));
    }

    /** Only courtesy words and names: "Thanks.", "Thanks Stanley. Take care." */
    private boolean courtesy(String t) {
        if (t.isEmpty()) return true;
        if (Chars.hasHan(t)) return t.length() <= 12 && cues.leading("pleasantry", t) != null;
        String[] words = WORD_BREAKS.split(t);
        if (words.length > 8) return false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (cues.is("pleasantry", w)) continue;
            if (Character.isUpperCase(w.charAt(0)) && !w.equals("I")) continue; // a name: Thanks, Stanley
            return false;
        }
        return true;
    }

    private static Span trimmed(String original, Span s) {
        int a = s.start(), b = s.end();
        while (a < b && Character.isWhitespace(original.charAt(a))) a++;
        while (b > a && Character.isWhitespace(original.charAt(b - 1))) b--;
        return new Span(a, b);
    }
}
