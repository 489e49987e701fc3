package io.finlens.transcript;

import io.finlens.text.Language;
import io.finlens.text.NormalizedText;
import java.util.List;
import java.util.Objects;

/**
 * Reads the earnings call in a document, if there is one. Layouts are tried in order, the ones with the strongest
 * markers first: {@link StreetEventsLayout} (participants blocks), {@link DashHeaderLayout} ({@code Name -- Title}
 * header lines), then {@link LabelLayout} (speaker labels with a colon, Chinese or English), then {@link NarratedLayout} (a Q&amp;A told in
 * the write-up's own sentences). The first layout that
 * recognizes the document reads it; the Q&amp;A becomes exchanges ({@link ExchangeBuilder}).
 *
 * <p>Spans are in the document's original text ({@link NormalizedText#original()}): the layouts read its lines.
 * The same text always gives the same transcript.
 */
public final class TranscriptReader {
    private static final TranscriptReader STANDARD = new TranscriptReader(Names.standard(), Cues.standard(), Brokers.standard(),
            Topics::standard, SubQuestions.standard());

    private final Brokers brokers;
    private final StreetEventsLayout streetEvents;
    private final DashHeaderLayout dashHeaders;
    private final LabelLayout labels;
    private final NarratedLayout narrated;
    private final ExchangeBuilder exchanges;

    private TranscriptReader(Names names, Cues cues, Brokers brokers, java.util.function.Supplier<Topics> topics, SubQuestions subQuestions) {
        this.brokers = brokers;
        this.streetEvents = new StreetEventsLayout(names, cues, brokers);
        this.dashHeaders = new DashHeaderLayout(names, cues);
        this.labels = new LabelLayout(names, cues, brokers);
        this.narrated = new NarratedLayout(names, cues, brokers);
        this.exchanges = new ExchangeBuilder(cues, brokers, topics, subQuestions);
    }

    /** The reader with the bundled lexicons. */
    public static TranscriptReader standard() {
        return STANDARD;
    }

    /**
     * The call in {@code text}, or null when the document holds no call or Q&amp;A.
     *
     * @param text the whole document, normalized once; its lines, speeches and questions are read as slices of it
     *             ({@link NormalizedText#slice}), never normalized again, so each part reads as the whole document does
     * @param lang the document's language; a call in either language is recognized from the text itself, so this only
     *             states what the caller detected
     */
    public Transcript read(NormalizedText text, Language lang) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        SourceLines lines = new SourceLines(text);
        Reading r = streetEvents.read(lines);
        if (r == null) r = dashHeaders.read(lines);
        if (r == null) r = labels.read(lines);
        List<Exchange> ex = r == null ? List.of() : exchanges.build(r, text);
        if (r == null || !r.strong() && !answered(ex)) {
            // no labels, or labels alone without an answer: a write-up that tells the Q&A in its own sentences
            r = narrated.read(lines);
            if (r == null) return null;
            ex = exchanges.build(r, text);
        }
        if (!r.strong() && !answered(ex)) return null; // a quoted analyst without an answer is no call
        return new Transcript(r.roster().participants(brokers), ex, r.layout());
    }

    private static boolean answered(List<Exchange> ex) {
        for (Exchange e : ex) {
            for (Turn t : e.turns()) if (t.role() == Role.EXECUTIVE) return true;
        }
        return false;
    }
}
