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
 *   <li>{@link #tableRows()}: the lines as table rows, their cells split at TABs or Markdown bars (see {@link TableRow}),
 *       in <em>original</em> coordinates: the normalized text folds a TAB into a space, so cells are only seen there.</li>
 * </ul>
 * Each part is computed when first asked for and kept, published whole (a part and its index in one value), so a
 * document may be read by several threads: at worst two compute the same part, with the same result.
 */
public final class Document {
    private final NormalizedText text;
    private volatile Layout layout;
    private volatile Indexed<Paragraph> paragraphs;
    private volatile Indexed<Sentences.Sentence> sentences;
    private volatile List<Span> fullSentences;
    private volatile List<TableRow> tableRows;
    private volatile Span title;

    /** A list of spans in text order and their starts, for finding the one at a position. */
    private record Indexed<T>(List<T> list, int[] starts) {
    }

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
        Span t = title;
        if (t == null) {
            t = Titles.titleLine(text.text());
            title = t;
        }
        return t;
    }

    /** The title line of normalized text {@code normalized}, by the rule {@link #title()} reads it with. */
    public static Span titleLine(String normalized) {
        return Titles.titleLine(Objects.requireNonNull(normalized, "normalized"));
    }

    /** Headings and sections, read from the original's Markdown, offsets in the normalized text. */
    public Layout layout() {
        Layout l = layout;
        if (l == null) {
            l = Layout.of(text);
            layout = l;
        }
        return l;
    }

    /** The paragraphs, in order. */
    public List<Paragraph> paragraphs() {
        return paragraphIndex().list();
    }

    private Indexed<Paragraph> paragraphIndex() {
        Indexed<Paragraph> p = paragraphs;
        if (p == null) {
            List<Paragraph> out = new ArrayList<>();
            for (Paragraphs.Raw r : Paragraphs.split(text.original())) {
                int a = text.normalizedIndex(r.start()), b = text.normalizedIndex(r.end());
                // a paragraph of decoration only (an image line) is kept empty: it separates its neighbours
                out.add(new Paragraph(out.size(), a, b, r.bullet()));
            }
            p = new Indexed<>(List.copyOf(out), out.stream().mapToInt(Paragraph::start).toArray());
            paragraphs = p;
        }
        return p;
    }

    /** The paragraph holding {@code pos}, or the nearest one before it between paragraphs; null before the first. */
    public Paragraph paragraphAt(int pos) {
        Indexed<Paragraph> p = paragraphIndex();
        int k = floor(p.starts(), pos);
        return k < 0 ? null : p.list().get(k);
    }

    /** The sentences, in order. */
    public List<Sentences.Sentence> sentences() {
        return sentenceIndex().list();
    }

    private Indexed<Sentences.Sentence> sentenceIndex() {
        Indexed<Sentences.Sentence> s = sentences;
        if (s == null) {
            List<Sentences.Sentence> list = List.copyOf(Sentences.split(text.text()));
            s = new Indexed<>(list, list.stream().mapToInt(Sentences.Sentence::start).toArray());
            sentences = s;
        }
        return s;
    }

    /** The index of the sentence starting at or before {@code pos}, or -1 before the first. */
    public int sentenceIndex(int pos) {
        return floor(sentenceIndex().starts(), pos);
    }

    /** The full sentences, in order, within the paragraphs (see the class comment); each ends just after its mark. */
    public List<Span> fullSentences() {
        List<Span> done = fullSentences;
        if (done != null) return done;
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
        done = List.copyOf(out);
        fullSentences = done;
        return done;
    }

    /** A full stop, question or exclamation mark; an English full stop before white space and not after a digit. */
    /**
     * The original's lines as table rows (offsets into the original text), every line of a text that holds a table (a
     * TAB, or a line starting with a Markdown bar), none for a text without one.
     */
    public List<TableRow> tableRows() {
        List<TableRow> rows = tableRows;
        if (rows == null) {
            rows = TableLines.mayHoldTable(text.original()) ? List.copyOf(TableLines.of(text.original())) : List.of();
            tableRows = rows;
        }
        return rows;
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
