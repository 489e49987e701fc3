package io.finlens.transcript;

import io.finlens.model.Span;
import io.finlens.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a document's original text. Layouts are line-shaped (a speaker label starts a line, a header is a line
 * of its own), so each line is read as its part of the document's one normalization (full-width forms folded, Markdown
 * dropped), cut at the line's ends: a line break the document joined is not in any line. Every span handed out is in
 * the original text.
 */
final class SourceLines {
    /** One line: {@code [start, end)} in the original, without its line break. */
    record Line(int index, int start, int end, String raw) {
        String trimmed() {
            return raw.strip();
        }

        boolean blank() {
            return raw.isBlank();
        }

        /** The line without leading and trailing white space, in original coordinates; empty for a blank line. */
        Span content() {
            int a = 0, b = raw.length();
            while (a < b && Character.isWhitespace(raw.charAt(a))) a++;
            while (b > a && Character.isWhitespace(raw.charAt(b - 1))) b--;
            return new Span(start + a, start + b);
        }
    }

    private final NormalizedText doc;
    private final List<Line> lines;
    private final NormalizedText[] normalized;

    SourceLines(NormalizedText doc) {
        this.doc = doc;
        String text = doc.original();
        List<Line> ls = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int i = nl < 0 ? text.length() : nl;
            int end = i;
            if (end > start && text.charAt(end - 1) == '\r') end--;
            if (i < text.length() || end > start) ls.add(new Line(ls.size(), start, end, text.substring(start, end)));
            start = i + 1;
        }
        this.lines = List.copyOf(ls);
        this.normalized = new NormalizedText[lines.size()];
    }

    String text() {
        return doc.original();
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    List<Line> all() {
        return lines;
    }

    /** Line {@code i} normalized; map its indices back with {@link #original(int, int)}. */
    NormalizedText norm(int i) {
        NormalizedText n = normalized[i];
        if (n == null) {
            Line l = lines.get(i);
            n = doc.slice(l.start(), l.end());
            normalized[i] = n;
        }
        return n;
    }

    /** The original index of character {@code k} of line {@code i}'s normalized text ({@code k} may be its length). */
    int original(int i, int k) {
        NormalizedText n = norm(i);
        Line l = lines.get(i);
        if (k >= n.length()) return l.end();
        return l.start() + n.originalIndex(k);
    }

    /** Whether line {@code i} stands alone: blank lines (or the text's edge) before and after it. */
    boolean standalone(int i) {
        return (i == 0 || lines.get(i - 1).blank()) && (i + 1 >= lines.size() || lines.get(i + 1).blank());
    }

    /** Where the text after line {@code i} starts: the start of the next line, or the end of the last. */
    int after(int i) {
        return i + 1 < lines.size() ? lines.get(i + 1).start() : lines.get(i).end();
    }

    /** The index of the next non-blank line after {@code i}, or -1. */
    int nextNonBlank(int i) {
        for (int k = i + 1; k < lines.size(); k++) if (!lines.get(k).blank()) return k;
        return -1;
    }
}
