package io.finlens.text;

import io.finlens.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document read once: its normalized text with the offset map to the original, and how it is laid out, in one
 * coordinate system (the normalized text's). Every stage reads this instead of segmenting the text again; spans are mapped
 * to the original text only where they leave the library ({@link #toOriginal(Span)}).
 *
 * <ul>
 *   <li>{@link #title()}: the line the document is titled by (see {@link Titles});</li>
 *   <li>{@link #layout()}: lines, headings and their levels, the sections they open;</li>
 *   <li>{@link #paragraphs()}: blocks of lines (a wrapped line joins its paragraph; see {@link Paragraphs});</li>
 *   <li>{@link #sentences()}: what ends at {@code 。！？!?;；}, a full stop or a hard line break, each with its clauses
 *       (after commas and colons; see {@link Sentences}); the fact stage reads a figure with its sentence's words;</li>
 *   <li>{@link #fullSentences()}: a paragraph's runs up to a full stop, a question or exclamation mark (an English full
 *       stop before white space, not after a digit), through semicolons and wrapped lines; the checks read the figures
 *       stated together in one. A full sentence ends after any word before a full stop ("U.S. "), where a
 *       sentence does not (an abbreviation), so the two need not nest.</li>
 * </ul>
 * <ul>
 *   <li>{@link #tableRows()}: the lines as table rows, their cells split at TABs or Markdown bars (see {@link TableRow}),
 *       in <em>original</em> coordinates: the normalized text folds a TAB into a space, so cells are only seen there.</li>
 * </ul>
 * Each part is computed when first asked for and kept; a document is read by one thread at a time.
 */
public final class Document {
    private final NormalizedText text;
    private Layout layout;
    private List<Paragraph> paragraphs;
    private int[] paragraphStarts;
    private List<Sentences.Sentence> sentences;
    private int[] sentenceStarts;
    private List<Span> fullSentences;
    private List<TableRow> tableRows;
    private Span title;

    private Document(NormalizedText text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The document of an already normalized text. */
    public static Document of(NormalizedText text) {
        return new Document(text);
    }

    /** Normalizes {@code original} (see {@link Normalizer}) and reads it as a document. */
    public static Document of(String original) {
        return new Document(Normalizer.normalize(Objects.requireNonNull(original, "original")));
    }

    /** The normalized text, its original and the offset map between them. */
    public NormalizedText text() {
        return text;
    }

    /** The original text (what every reported span points into). */
    public String original() {
        return text.original();
    }

    /** The original span of a span of the normalized text. */
    public Span toOriginal(Span normalized) {
        return text.toOriginal(normalized);
    }

    /** The title line, in the normalized text (an empty span at 0 for a blank text). */
    public Span title() {
        if (title == null) title = Titles.titleLine(text.text());
        return title;
    }

    /** The title line of normalized text {@code normalized}, by the rule {@link #title()} reads it with. */
    public static Span titleLine(String normalized) {
        return Titles.titleLine(Objects.requireNonNull(normalized, "normalized"));
    }

    /** Headings and sections, read from the original's Markdown, offsets in the normalized text. */
    public Layout layout() {
        if (layout == null) layout = Layout.of(text);
        return layout;
    }

    /** The paragraphs, in order. */
    public List<Paragraph> paragraphs() {
        if (paragraphs == null) {
            List<Paragraph> out = new ArrayList<>();
            for (Paragraphs.Raw r : Paragraphs.split(text.original())) {
                int a = text.normalizedIndex(r.start()), b = text.normalizedIndex(r.end());
                // a paragraph of decoration only (an image line) is kept empty: it separates its neighbours
                out.add(new Paragraph(out.size(), a, b, r.bullet()));
            }
            paragraphs = List.copyOf(out);
            paragraphStarts = paragraphs.stream().mapToInt(Paragraph::start).toArray();
        }
        return paragraphs;
    }

    /** The paragraph holding {@code pos}, or the nearest one before it between paragraphs; null before the first. */
    public Paragraph paragraphAt(int pos) {
        List<Paragraph> ps = paragraphs();
        int k = floor(paragraphStarts, pos);
        return k < 0 ? null : ps.get(k);
    }

    /** The sentences, in order. */
    public List<Sentences.Sentence> sentences() {
        if (sentences == null) {
            sentences = List.copyOf(Sentences.split(text.text()));
            sentenceStarts = sentences.stream().mapToInt(Sentences.Sentence::start).toArray();
        }
        return sentences;
    }

    /** The index of the sentence starting at or before {@code pos}, or -1 before the first. */
    public int sentenceIndex(int pos) {
        sentences();
        return floor(sentenceStarts, pos);
    }

    /** The full sentences, in order, within the paragraphs (see the class comment); each ends just after its mark. */
    public List<Span> fullSentences() {
        if (fullSentences != null) return fullSentences;
        List<Span> out = new ArrayList<>();
        String s = text.text();
        for (Paragraph p : paragraphs()) {
            if (p.start() == p.end()) continue;
            int open = p.start();
            for (int i = p.start(); i < p.end(); i++) {
                if (endsFullSentence(s, i) && i + 1 < p.end()) {
                    out.add(new Span(open, i + 1));
                    open = i + 1;
                }
            }
            out.add(new Span(open, p.end()));
        }
        fullSentences = List.copyOf(out);
        return fullSentences;
    }

    /** A full stop, question or exclamation mark; an English full stop before white space and not after a digit. */
    /**
     * The original's lines as table rows (offsets into the original text), every line of a text that holds a table (a
     * TAB, or a line starting with a Markdown bar), none for a text without one.
     */
    public List<TableRow> tableRows() {
        if (tableRows == null) tableRows = TableLines.mayHoldTable(text.original()) ? List.copyOf(TableLines.of(text.original())) : List.of();
        return tableRows;
    }

    private static boolean endsFullSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') return true;
        return c == '.' && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1))) && !(i > 0 && Chars.isDigit(s.charAt(i - 1)));
    }

    private static int floor(int[] starts, int pos) {
        int k = java.util.Arrays.binarySearch(starts, pos);
        return k >= 0 ? k : -k - 2;
    }
}
