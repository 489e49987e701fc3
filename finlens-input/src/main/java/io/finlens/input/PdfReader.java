package io.finlens.input;

import io.finlens.model.Issue;
import io.finlens.text.Chars;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF in reading order (PDFBox 3, sorted by position). Lines wrapped inside a paragraph are joined
 * again (without a space in Chinese), also across a page break, so a figure or a sentence split by the layout comes
 * out whole; page numbers and running headers are dropped; a wide gap between glyphs on one line (a table's columns)
 * becomes a TAB, so table rows read like HTML table rows. Encrypted, image-only and broken files give an
 * {@link Issue} naming the file.
 */
final class PdfReader {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-–—\\s]*\\d{1,4}[-–—\\s]*|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•·●■▪◆*]\\s|\\d{1,2}[.)、](?![\\d.,%])|[（(][一二三四五六七八九十\\d]{1,2}[）)])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!。？！:：”\"]$");
    private static final String CURRENCY_SIGNS = "$€£¥￥";
    private static final Pattern DIGIT_SPACE_DIGIT = Pattern.compile("(?<=\\d) (?=\\d)|(?<=\\d[,.]) (?=\\d)|(?<=\\d) (?=[,.]\\d)");

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
            Collector c = new Collector();
            c.setSortByPosition(true);
            try {
                c.writeText(doc, Writer.nullWriter());
            } catch (IOException | RuntimeException e) {
                issues.add(DocumentReader.issue("input.pdf-broken", name + ": the PDF breaks off on page " + (c.page + 1)
                        + " (" + message(e) + "); the text of the pages before is kept"));
            }
            c.finishLine();
            lines = c.lines;
            if (!lines.isEmpty()) issues.addAll(scannedPages(name, doc, lines));
            issues.addAll(damagedPages(name, doc));
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
        String text = layout(lines);
        if (text.isBlank()) {
            issues.add(DocumentReader.issue("input.pdf-no-text", name + ": the PDF's " + pages + " page(s) hold no text layer "
                    + "(scanned or image-only?); finlens does not read text from images"));
        } else if (!ended) {
            issues.add(DocumentReader.issue("input.pdf-truncated", name + ": the PDF has no %%EOF at its end (truncated?); "
                    + "the text that could be read is kept, later pages may be missing"));
        }
        return new ReadDocument(name, "pdf", text, "PDF", issues);
    }

    /**
     * A page with an image but no text among pages with text: a scanned page, whose figures finlens cannot read
     * ({@code input.pdf-page-no-text}, one issue per page).
     */
    private static List<Issue> scannedPages(String name, PDDocument doc, List<Line> lines) {
        java.util.Set<Integer> withText = new java.util.HashSet<>();
        for (Line l : lines) withText.add(l.page());
        List<Issue> out = new ArrayList<>();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            if (withText.contains(p) || !hasImage(doc.getPage(p))) continue;
            out.add(DocumentReader.issue("input.pdf-page-no-text", name + ": page " + (p + 1)
                    + " holds an image but no text layer (a scanned page?); its text is missing"));
        }
        return out;
    }

    /** Output inflated per content stream while checking it, at most (a stream inflating further is not damaged for that). */
    private static final long MAX_INFLATED = 64L << 20;

    /**
     * A page whose compressed content does not decode to its end: PDFBox reads what it can and says nothing (a
     * stream overwritten in its middle lost a fifth of a release's text silently), so each Flate-compressed content
     * stream is inflated once more here ({@code input.pdf-page-damaged}, one issue per page).
     */
    static List<Issue> damagedPages(String name, PDDocument doc) {
        List<Issue> out = new ArrayList<>();
        java.util.Set<org.apache.pdfbox.cos.COSStream> pageContent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int p = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
            p++;
            try {
                java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> it = page.getContentStreams();
                while (it.hasNext()) {
                    org.apache.pdfbox.cos.COSStream cos = it.next().getCOSObject();
                    pageContent.add(cos);
                    if (!inflatesToItsEnd(cos)) {
                        out.add(DocumentReader.issue("input.pdf-page-damaged", name + ": page " + p
                                + "'s content is damaged (its compressed stream does not decode to its end); some of its text is missing"));
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                out.add(DocumentReader.issue("input.pdf-page-damaged", name + ": page " + p + "'s content cannot be read ("
                        + message(e) + "); some of its text is missing"));
            }
        }
        // the other streams: a damaged font or character map garbles text without losing it
        List<Long> damaged = new ArrayList<>();
        try {
            org.apache.pdfbox.cos.COSDocument cd = doc.getDocument();
            List<org.apache.pdfbox.cos.COSObjectKey> keys = new ArrayList<>(cd.getXrefTable().keySet());
            keys.sort(null);
            for (org.apache.pdfbox.cos.COSObjectKey k : keys) {
                org.apache.pdfbox.cos.COSObject o = cd.getObjectFromPool(k);
                if (o != null && o.getObject() instanceof org.apache.pdfbox.cos.COSStream st && !pageContent.contains(st) && !inflatesToItsEnd(st)) {
                    damaged.add(k.getNumber());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the pages' own check above is what matters most; a stream that cannot even be found is not read either
        }
        if (!damaged.isEmpty()) {
            out.add(DocumentReader.issue("input.pdf-stream-damaged", name + ": " + damaged.size() + " compressed object(s) (" + damaged
                    + ") do not decode to their end (a font, a character map or an image?); text may be missing or wrong"));
        }
        return out;
    }

    /** True unless the stream is Flate-compressed alone and its data is not a whole zlib stream. */
    private static boolean inflatesToItsEnd(org.apache.pdfbox.cos.COSStream cos) throws IOException {
        org.apache.pdfbox.cos.COSBase f = cos.getFilters();
        boolean flate = f instanceof org.apache.pdfbox.cos.COSName n ? n.equals(org.apache.pdfbox.cos.COSName.FLATE_DECODE)
                : f instanceof org.apache.pdfbox.cos.COSArray a && a.size() == 1
                        && org.apache.pdfbox.cos.COSName.FLATE_DECODE.equals(a.getObject(0));
        if (!flate) return true;
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        try (java.io.InputStream raw = cos.createRawInputStream()) {
            byte[] in = new byte[8192], outBuf = new byte[16384];
            long inflated = 0;
            int n;
            while (!inf.finished()) {
                if (inf.needsInput()) {
                    n = raw.read(in);
                    if (n < 0) return false; // the data ends before the zlib stream does
                    inf.setInput(in, 0, n);
                }
                if (inf.needsDictionary()) return false;
                int got = inf.inflate(outBuf);
                inflated += got;
                if (inflated > MAX_INFLATED) return true;
            }
            return true;
        } catch (java.util.zip.DataFormatException e) {
            return false;
        } finally {
            inf.end();
        }
    }

    private static boolean hasImage(org.apache.pdfbox.pdmodel.PDPage page) {
        org.apache.pdfbox.pdmodel.PDResources r = page.getResources();
        if (r == null) return false;
        try {
            for (org.apache.pdfbox.cos.COSName n : r.getXObjectNames()) {
                if (r.isImageXObject(n)) return true;
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static boolean endsWithEof(byte[] b) {
        int from = Math.max(0, b.length - 1024);
        String tail = new String(b, from, b.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Collects lines with their geometry instead of writing text. */
    private static final class Collector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Seg> segs = new ArrayList<>();
        private int segStart;
        private float segX0;
        private float x0 = Float.NaN, x1, y, size;
        private boolean separator;
        int page = -1;

        Collector() {
            super();
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

        void finishLine() {
            separator = false;
            if (Float.isNaN(x0)) return;
            segs.add(new Seg(text.substring(Math.min(segStart, text.length())), segX0, x1));
            String t = text.toString().replace('\u00A0', ' ').strip();
            if (!t.isEmpty()) lines.add(new Line(Math.max(page, 0), tidyRow(t), x0, x1, y, size, 0, segs));
            text.setLength(0);
            segs.clear();
            x0 = Float.NaN;
        }
    }

    /** Keeps TABs only in lines that look like table rows: two cells or more, a figure among the cells after the first. */
    static String tidyRow(String t) {
        if (t.indexOf('\t') < 0) return t;
        String[] cells = t.split("\t");
        boolean figure = false;
        for (int i = 1; i < cells.length; i++) if (cells[i].strip().length() <= 40 && cells[i].matches(".*\\d.*")) figure = true;
        if (cells.length >= 2 && (figure || cells.length >= 3)) {
            StringBuilder b = new StringBuilder();
            for (String c : cells) {
                if (b.length() > 0) b.append('\t');
                b.append(c.strip());
            }
            return b.toString();
        }
        return t.replace('\t', ' ');
    }

    /** Turns collected lines into paragraphs separated by blank lines, table rows one per line. */
    static String layout(List<Line> all) {
        List<Line> read = PdfColumns.read(dropFurniture(all));
        if (read.isEmpty()) return "";
        // the pitch of the lines as set, before wrapped heads are joined
        float pitch = pitch(read);
        List<Line> lines = wrappedHeads(read);
        // the margins of the page's text, and of each text column of a two-column page
        float[] lefts = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE}, rights = {0, 0, 0};
        for (Line l : lines) {
            if (l.row()) continue;
            lefts[l.column()] = Math.min(lefts[l.column()], l.x0());
            rights[l.column()] = Math.max(rights[l.column()], l.x1());
        }
        for (int c = 0; c < 3; c++) {
            if (lefts[c] == Float.MAX_VALUE) {
                lefts[c] = 0;
                rights[c] = Float.MAX_VALUE;
            }
        }
        StringBuilder out = new StringBuilder();
        Line prev = null;
        for (Line l : lines) {
            String t = l.row() ? l.text() : tidyProse(l.text());
            if (prev == null) {
                out.append(t);
                prev = l;
                continue;
            }
            // a new text column reads like a new page: its first line may continue the paragraph
            boolean samePage = prev.page() == l.page() && !(prev.column() == 1 && l.column() == 2);
            float left = lefts[l.column()], right = rights[l.column()];
            float prevRight = rights[prev.column()], prevLeft = lefts[prev.column()];
            float dy = l.y() - prev.y();
            boolean gap = samePage && (dy > 1.45f * pitch || dy < -0.5f * pitch);
            // a narrow text column is set ragged: a line is short only when a long word would have fitted after it
            float slack = prev.column() == 0 ? 0.12f : 0.25f;
            boolean shortPrev = prev.x1() < prevRight - Math.max(3 * prev.size(), slack * (prevRight - prevLeft));
            // across a page the gap is unknown: a sentence's end followed by a short line (a speaker, a heading) is a break
            boolean shortNext = l.x1() < right - Math.max(3 * l.size(), 0.12f * (right - left));
            boolean sentenceEnd = SENTENCE_END.matcher(prev.text()).find();
            // a first line set in from the margin starts a paragraph; a bullet's hanging continuation does not
            boolean indented = l.x0() > left + 1.5f * l.size() && l.x0() > prev.x0() + 1.5f * l.size() && !l.row()
                    && !BULLET.matcher(prev.text()).find();
            if (prev.row() || l.row()) {
                out.append(gap && !(prev.row() && l.row()) ? "\n\n" : "\n");
            } else if (gap || !samePage && (shortPrev || sentenceEnd && shortNext)) {
                // a wider gap than the line pitch ends a paragraph (so does a short line at the foot of a page)
                out.append("\n\n");
            } else if (shortPrev || indented || BULLET.matcher(l.text()).find()) {
                // a short line, an indented line or a bullet without a gap: a line of its own in the same block
                out.append("\n");
            } else {
                out.append(joiner(out, t));
            }
            out.append(t);
            prev = l;
        }
        return out.toString();
    }

    /**
     * Column heads set on two lines ("Rigid" over "Packaging", in each period's block of columns): a line of words in
     * separate runs, no figure among them, just above a table row of heads, each run over one head of that row, is the
     * first line of those heads ("Rigid Packaging"); the row keeps the cells it had, and stands where the heads begin.
     */
    static List<Line> wrappedHeads(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = out.size() - 2; i >= 0; i--) {
            Line a = out.get(i), b = out.get(i + 1);
            if (a.page() != b.page() || a.column() != b.column() || !b.row() || a.segs().size() < 2) continue;
            float dy = b.y() - a.y();
            if (dy <= 0 || dy > 1.6f * Math.max(a.size(), b.size())) continue;
            String[] cells = b.text().split("\t", -1);
            if (cells.length != b.segs().size() || cells.length < 3) continue;
            boolean heads = true;
            for (int k = 1; k < cells.length && heads; k++) heads = shortHead(cells[k]);
            for (Seg sg : a.segs()) heads &= shortHead(sg.text());
            if (!heads) continue;
            String[] joined = cells.clone();
            boolean[] used = new boolean[cells.length];
            boolean fits = true;
            for (Seg sg : a.segs()) {
                float mid = (sg.x0() + sg.x1()) / 2;
                int hit = -1;
                for (int k = 1; k < cells.length; k++) {
                    Seg c = b.segs().get(k);
                    if (mid >= c.x0() - 2 && mid <= c.x1() + 2) hit = k;
                }
                if (hit < 0 || used[hit]) {
                    fits = false;
                    break;
                }
                used[hit] = true;
                joined[hit] = sg.text().strip() + " " + cells[hit];
            }
            if (!fits) continue;
            List<Seg> segs = new ArrayList<>();
            for (int k = 0; k < cells.length; k++) {
                Seg c = b.segs().get(k);
                segs.add(new Seg(joined[k], c.x0(), c.x1()));
            }
            out.set(i + 1, new Line(b.page(), String.join("\t", joined), Math.min(a.x0(), b.x0()), Math.max(a.x1(), b.x1()), a.y(),
                    b.size(), b.column(), segs));
            out.remove(i);
        }
        return out;
    }

    /** A column head's words: a few, no figure. */
    private static boolean shortHead(String t) {
        String h = t.strip();
        return !h.isEmpty() && h.length() <= 24 && h.split("\\s+").length <= 3 && !h.matches(".*\\d.*");
    }

    /** What joins a wrapped line to the next: nothing in Chinese or inside a figure, a space between words. */
    private static String joiner(StringBuilder out, String next) {
        if (out.isEmpty() || next.isEmpty()) return "";
        char a = out.charAt(out.length() - 1), b = next.charAt(0);
        if (HtmlReader.isCjk(a) || HtmlReader.isCjk(b)) return "";
        int lineStart = out.lastIndexOf("\n") + 1;
        boolean chinese = false;
        for (int i = lineStart; i < out.length() && !chinese; i++) chinese = Chars.isHan(out.charAt(i));
        if (chinese && !(Chars.isLatin(a) && Chars.isLatin(b))) return "";
        if (a == '-' && Chars.isLatin(b) && out.length() >= 2 && Chars.isLatin(out.charAt(out.length() - 2))) return "";
        return " ";
    }

    /**
     * Spaces a PDF puts inside figures of Chinese text ({@code 1 800亿元}, {@code 1, 284.6}) go; spaces between Han and a
     * figure ({@code 营收 1800亿元}) are kept, the quantity rules read them.
     */
    static String tidyProse(String t) {
        boolean han = false;
        for (int i = 0; i < t.length() && !han; i++) han = Chars.isHan(t.charAt(i));
        if (!han) return t;
        return DIGIT_SPACE_DIGIT.matcher(t).replaceAll("");
    }

    /** The usual distance between consecutive lines of a page (the median). */
    private static float pitch(List<Line> lines) {
        List<Float> d = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1), b = lines.get(i);
            float dy = b.y() - a.y();
            if (a.page() == b.page() && dy > 0.5f) d.add(dy);
        }
        if (d.isEmpty()) return 14f;
        float[] v = new float[d.size()];
        for (int i = 0; i < v.length; i++) v[i] = d.get(i);
        Arrays.sort(v);
        return v[v.length / 4];
    }

    /** Drops page numbers and running headers or footers (the first or last line of pages, repeated on other pages). */
    private static List<Line> dropFurniture(List<Line> lines) {
        Map<Integer, int[]> ends = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] e = ends.computeIfAbsent(lines.get(i).page(), p -> new int[] {Integer.MAX_VALUE, -1});
            e[0] = Math.min(e[0], i);
            e[1] = Math.max(e[1], i);
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (int[] e : ends.values()) {
            repeats.merge("top:" + shape(lines.get(e[0]).text()), 1, Integer::sum);
            if (e[1] != e[0]) repeats.merge("bottom:" + shape(lines.get(e[1]).text()), 1, Integer::sum);
        }
        List<Line> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int[] e = ends.get(l.page());
            boolean top = i == e[0], bottom = i == e[1];
            if (top || bottom) {
                String s = l.text().strip();
                if (PAGE_NUMBER.matcher(s).matches()) continue;
                String key = (top ? "top:" : "bottom:") + shape(s);
                // a running header is said once (it may be the title); a running footer not at all
                if (ends.size() >= 2 && repeats.getOrDefault(key, 0) >= 2 && !l.row() && (!top || !seen.add(key))) continue;
            }
            out.add(l);
        }
        return out;
    }

    private static String shape(String s) {
        return s.strip().replaceAll("\\d+", "#");
    }
}
