package io.finlens.check;

import io.finlens.model.Span;
import io.finlens.text.Document;
import io.finlens.text.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The document's paragraphs, full sentences and sentences (see {@link Document}) in original coordinates, where the
 * facts' evidence is: the checks run over facts as they are reported. Nothing is segmented here; the spans are the
 * document's, mapped once.
 *
 * <p>In the checks' words a "sentence" is the document's full sentence (up to a full stop, through semicolons) and a
 * "clause" is the document's sentence (up to a semicolon).
 */
final class Layout {
    /** A paragraph: half-open offsets into the original text, and whether it is a bullet item. */
    record Paragraph(int index, int start, int end, boolean bullet) {
    }

    private final String text;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final int[] paragraphStarts;
    /** Full sentence k is [sentenceStarts[k], sentenceEnds[k]). */
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    /** The document's sentences, [clauseStarts[k], clauseEnds[k]). */
    private final int[] clauseStarts;
    private final int[] clauseEnds;

    Layout(Document document) {
        this.text = document.original();
        for (io.finlens.text.Paragraph p : document.paragraphs()) {
            Span o = document.toOriginal(new Span(p.start(), p.end()));
            paragraphs.add(new Paragraph(p.index(), o.start(), o.end(), p.bullet()));
        }
        paragraphStarts = paragraphs.stream().mapToInt(Paragraph::start).toArray();
        List<Span> full = document.fullSentences();
        sentenceStarts = new int[full.size()];
        sentenceEnds = new int[full.size()];
        for (int k = 0; k < full.size(); k++) {
            Span o = document.toOriginal(full.get(k));
            sentenceStarts[k] = o.start();
            sentenceEnds[k] = o.end();
        }
        List<Sentences.Sentence> ss = document.sentences();
        clauseStarts = new int[ss.size()];
        clauseEnds = new int[ss.size()];
        for (int k = 0; k < ss.size(); k++) {
            Span o = document.toOriginal(new Span(ss.get(k).start(), ss.get(k).end()));
            clauseStarts[k] = o.start();
            clauseEnds[k] = o.end();
        }
    }

    String text() {
        return text;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The paragraph holding offset {@code pos} (the nearest one before it, between paragraphs). */
    Paragraph paragraphAt(int pos) {
        int k = floor(paragraphStarts, pos);
        return k < 0 ? null : paragraphs.get(k);
    }

    /** The index of the sentence holding {@code pos} (the nearest one before it, between sentences). */
    int sentenceIndex(int pos) {
        return Math.max(0, floor(sentenceStarts, pos));
    }

    int sentenceStart(int index) {
        return sentenceStarts.length == 0 ? 0 : sentenceStarts[index];
    }

    /** The end of sentence {@code index}. */
    int sentenceEnd(int index) {
        return sentenceEnds.length == 0 ? text.length() : sentenceEnds[index];
    }

    /** The end of the clause holding {@code pos}: where its semicolon (or its sentence's end) is. */
    int clauseEnd(int pos) {
        int k = floor(clauseStarts, pos);
        int sentenceEnd = sentenceEnd(sentenceIndex(pos));
        if (k < 0 || clauseEnds[k] < pos) return Math.max(pos, sentenceEnd);
        return Math.min(clauseEnds[k], Math.max(pos, sentenceEnd));
    }

    private static int floor(int[] starts, int pos) {
        int k = Arrays.binarySearch(starts, pos);
        return k >= 0 ? k : -k - 2;
    }
}
