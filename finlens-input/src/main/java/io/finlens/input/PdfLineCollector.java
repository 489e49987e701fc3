package io.finlens.input;

import io.finlens.input.PdfReader.Line;
import io.finlens.input.PdfReader.Seg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's glyphs, in PDFBox's order by position, into {@link Line}s with their geometry instead of writing text:
 * glyph by glyph, a gap wider than a glyph becomes a space, a wide gap (or a currency sign after a figure) a TAB that
 * starts the next {@link Seg}, a cell of a table row. Every page is counted, also one without text.
 */
final class PdfLineCollector extends PDFTextStripper {
    private static final String CURRENCY_SIGNS = "$€£¥￥";

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Seg> segs = new ArrayList<>();
    private int segStart;
    private float segX0;
    private float x0 = Float.NaN, x1, y, size;
    private boolean separator;
    private int page = -1;

    PdfLineCollector() {
        super();
    }

    /** The lines collected so far. */
    List<Line> lines() {
        return lines;
    }

    /** The page being read, from 0 (-1 before the first). */
    int page() {
        return page;
    }

    @Override
    protected void writePage() throws IOException {
        // every page counts, also one without text (PDFBox starts no page for it)
        finishLine();
        page++;
        super.writePage();
    }

    @Override
    protected void writePageStart() {
        finishLine();
    }

    @Override
    protected void writePageEnd() {
        finishLine();
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    @Override
    protected void writeWordSeparator() {
        separator = true;
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        // glyph by glyph: a space glyph is a gap, not text, so a gap set with spaces reads as wide as it is
        for (TextPosition tp : positions) glyph(Glyphs.text(tp), tp);
    }

    private void glyph(String g, TextPosition tp) {
        if (g.isBlank()) {
            separator = !Float.isNaN(x0);
            return;
        }
        float fs = Math.max(tp.getFontSizeInPt(), tp.getHeightDir());
        float gx = tp.getXDirAdj();
        if (Float.isNaN(x0)) {
            x0 = gx;
            segX0 = gx;
            segStart = 0;
            y = tp.getYDirAdj();
            size = fs;
        } else if (separator || gx - x1 > 0.25f * fs) {
            float gap = gx - x1;
            // a currency sign after a figure opens the next column's cell ($ 7,642 $ 6,856)
            boolean nextCell = CURRENCY_SIGNS.indexOf(g.charAt(0)) >= 0 && !text.isEmpty()
                    && (Character.isDigit(text.charAt(text.length() - 1)) || text.charAt(text.length() - 1) == ')'
                    || text.charAt(text.length() - 1) == '%');
            boolean wide = gap > 1.2f * Math.max(size, 1f) || nextCell;
            if (wide) {
                segs.add(new Seg(text.substring(segStart), segX0, x1));
                segStart = text.length() + 1;
                segX0 = gx;
            }
            text.append(wide ? '\t' : ' ');
        }
        separator = false;
        text.append(g);
        x1 = gx + tp.getWidthDirAdj();
        size = Math.max(size, fs);
    }

    /** Ends the line being read, if any: its text (TABs kept only in a table row) and its cells. */
    void finishLine() {
        separator = false;
        if (Float.isNaN(x0)) return;
        segs.add(new Seg(text.substring(Math.min(segStart, text.length())), segX0, x1));
        String t = text.toString().replace('\u00A0', ' ').strip();
        if (!t.isEmpty()) lines.add(new Line(Math.max(page, 0), PdfTableRows.tidyRow(t), x0, x1, y, size, 0, segs));
        text.setLength(0);
        segs.clear();
        x0 = Float.NaN;
    }
}
