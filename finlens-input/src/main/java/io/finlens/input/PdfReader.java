package io.finlens.input;

import io.finlens.model.Issue;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text of a PDF in reading order (PDFBox 3, sorted by position). Lines wrapped inside a paragraph are joined
 * again (without a space in Chinese), also across a page break, so a figure or a sentence split by the layout comes
 * out whole; page numbers and running headers are dropped; a wide gap between glyphs on one line (a table's columns)
 * becomes a TAB, so table rows read like HTML table rows. Encrypted, image-only and broken files give an
 * {@link Issue} naming the file.
 *
 * <p>This class opens the file and says what is wrong with it; {@link PdfLineCollector} reads the glyphs into lines,
 * {@link PdfTableRows} keeps the cells of table rows, {@link PdfParagraphs} lays the lines out as paragraphs, and
 * {@link PdfPageChecks} finds the pages whose text is missing.
 */
final class PdfReader {
    /**
     * PDFBox reports what it repairs in a broken file through its log; finlens says it once as an issue instead. Held
     * here so the configured loggers are not collected.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        for (java.util.logging.Logger l : QUIET) l.setLevel(java.util.logging.Level.OFF);
    }

    private PdfReader() {
    }

    /** One line of text on a page, with its geometry (PDF points, y grows downward). */
    record Line(int page, String text, float x0, float x1, float y, float size, int column, List<Seg> segs) {
        Line {
            segs = List.copyOf(segs);
        }

        Line(int page, String text, float x0, float x1, float y, float size) {
            this(page, text, x0, x1, y, size, 0, List.of(new Seg(text, x0, x1)));
        }

        boolean row() {
            return text.indexOf('\t') >= 0;
        }
    }

    /** A run of glyphs on a line between two wide gaps, with its extent. */
    record Seg(String text, float x0, float x1) {
    }

    static ReadDocument read(String name, byte[] bytes) {
        List<Issue> issues = new ArrayList<>();
        boolean ended = endsWithEof(bytes);
        List<Line> lines;
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
            PdfLineCollector c = new PdfLineCollector();
            c.setSortByPosition(true);
            try {
                c.writeText(doc, Writer.nullWriter());
            } catch (IOException | RuntimeException e) {
                issues.add(DocumentReader.issue("input.pdf-broken", name + ": the PDF breaks off on page " + (c.page() + 1)
                        + " (" + message(e) + "); the text of the pages before is kept"));
            }
            c.finishLine();
            lines = c.lines();
            if (!lines.isEmpty()) issues.addAll(PdfPageChecks.scannedPages(name, doc, lines));
            issues.addAll(PdfPageChecks.damagedPages(name, doc));
        } catch (InvalidPasswordException e) {
            issues.add(DocumentReader.issue("input.pdf-encrypted", name
                    + ": the PDF is encrypted with a password (the empty password does not open it); no text was read"));
            return new ReadDocument(name, "pdf", "", "PDF", issues);
        } catch (IOException | RuntimeException e) {
            String why = ended ? "the PDF is broken" : "the PDF is truncated (no %%EOF at its end)";
            issues.add(DocumentReader.issue(ended ? "input.pdf-broken" : "input.pdf-truncated",
                    name + ": " + why + " and cannot be opened: " + message(e)));
            return new ReadDocument(name, "pdf", "", "PDF", issues);
        }
        String text = PdfParagraphs.layout(lines);
        if (text.isBlank()) {
            issues.add(DocumentReader.issue("input.pdf-no-text", name + ": the PDF's " + pages + " page(s) hold no text layer "
                    + "(scanned or image-only?); finlens does not read text from images"));
        } else if (!ended) {
            issues.add(DocumentReader.issue("input.pdf-truncated", name + ": the PDF has no %%EOF at its end (truncated?); "
                    + "the text that could be read is kept, later pages may be missing"));
        }
        return new ReadDocument(name, "pdf", text, "PDF", issues);
    }

    /** What an exception says, for an issue: its message, or its kind when it has none. */
    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static boolean endsWithEof(byte[] b) {
        int from = Math.max(0, b.length - 1024);
        String tail = new String(b, from, b.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
