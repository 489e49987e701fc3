package io.finlens.analysis;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a press release written for the tests (plain text: the title, paragraphs, table rows with TABs, a
 * {@code #columns} … {@code #end} stretch, a {@code #scanned} page) to the forms companies publish, in the build:
 * <ul>
 *   <li>a PDF as a typesetter makes it: a running header and "Page n of m" on every page, paragraphs wrapped with long
 *   words hyphenated at the line end, the {@code #columns} paragraphs in two text columns, "fi", "fl" and "ff" set as
 *   ligature glyphs of a font whose encoding names them ({@code /fi}, {@code /fl}, and {@code /f_f}, which has no
 *   Unicode value), tables with right-aligned columns, {@code $} set apart at the column's left edge, super-headers
 *   centred over their columns, and a {@code #scanned} page that is only an image;</li>
 *   <li>an HTML page with the tables as {@code <table>}, SEC-style split cells ({@code $} | {@code 1,873}) and
 *   super-headers spanning their columns.</li>
 * </ul>
 * Standard-14 fonts only, so no font needs to be installed; the same source gives the same bytes.
 */
final class ReleaseForms {
    private static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56, TOP = 70, BOTTOM = 70, SIZE = 10, LEAD = 14, TABLE = 9, GUTTER = 24;
    private static final PDType1Font HELV = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ReleaseForms() {
    }

    /** A block of the source. */
    record Block(String kind, List<String> lines) {
    }

    static List<Block> blocks(String source) {
        List<Block> out = new ArrayList<>();
        List<String> lines = List.of(source.strip().split("\n"));
        out.add(new Block("title", List.of(lines.get(0))));
        List<String> cur = new ArrayList<>();
        String kind = null;
        for (String l : lines.subList(1, lines.size())) {
            if (l.equals("#columns")) {
                kind = "columns";
                continue;
            }
            if (l.equals("#end") || l.equals("#scanned")) {
                if (!cur.isEmpty()) out.add(new Block(kind, List.copyOf(cur)));
                cur.clear();
                kind = null;
                if (l.equals("#scanned")) out.add(new Block("scanned", List.of()));
                continue;
            }
            if ("columns".equals(kind)) {
                if (!l.isBlank()) cur.add(l);
                continue;
            }
            if (l.isBlank()) {
                if (!cur.isEmpty()) out.add(new Block(tableKind(cur), List.copyOf(cur)));
                cur.clear();
                continue;
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) out.add(new Block(kind != null ? kind : tableKind(cur), List.copyOf(cur)));
        return out;
    }

    private static String tableKind(List<String> lines) {
        for (String l : lines) if (l.contains("\t")) return "table";
        return "para";
    }

    // ------------------------------------------------------------------ PDF

    /** One positioned run of text. */
    private record Run(float x, float y, PDType1Font font, float size, String text) {
    }

    private static final class Pages {
        final List<List<Run>> pages = new ArrayList<>();
        final List<Boolean> scanned = new ArrayList<>();
        float y;

        Pages() {
            next();
        }

        void next() {
            pages.add(new ArrayList<>());
            scanned.add(false);
            y = H - TOP;
        }

        void need(float h) {
            if (y - h < BOTTOM) next();
        }

        List<Run> page() {
            return pages.get(pages.size() - 1);
        }
    }

    static byte[] pdf(String source) throws IOException {
        List<Block> blocks = blocks(source);
        Pages p = new Pages();
        float width = W - 2 * MARGIN;
        for (Block b : blocks) {
            switch (b.kind()) {
                case "title" -> {
                    p.page().add(new Run(MARGIN, p.y, BOLD, 14, b.lines().get(0)));
                    p.y -= 26;
                }
                case "para" -> {
                    for (String para : b.lines()) {
                        for (String l : wrap(para, SIZE, width)) {
                            p.need(LEAD);
                            p.page().add(new Run(MARGIN, p.y, HELV, SIZE, l));
                            p.y -= LEAD;
                        }
                        p.y -= 6;
                    }
                }
                case "columns" -> columns(p, b.lines(), (width - GUTTER) / 2);
                case "table" -> table(p, b.lines(), width);
                case "scanned" -> {
                    p.next();
                    p.scanned.set(p.scanned.size() - 1, true);
                }
                default -> throw new IllegalStateException(b.kind());
            }
        }
        return write(p, blocks.get(0).lines().get(0));
    }

    /** Paragraphs in two columns: the wrapped lines fill the left column, then the right, on one page. */
    private static void columns(Pages p, List<String> paras, float colW) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : paras) {
            lines.addAll(wrap(para, SIZE, colW));
            lines.add("");
        }
        lines.remove(lines.size() - 1);
        int half = (lines.size() + 1) / 2;
        p.need(half * LEAD);
        float top = p.y;
        for (int i = 0; i < lines.size(); i++) {
            boolean right = i >= half;
            float y = top - (right ? i - half : i) * LEAD;
            if (!lines.get(i).isEmpty()) p.page().add(new Run(MARGIN + (right ? colW + GUTTER : 0), y, HELV, SIZE, lines.get(i)));
        }
        p.y = top - half * LEAD - 10;
    }

    /** A table: caption lines, then rows; the label at the margin, figures right-aligned, a shorter row centred. */
    private static void table(Pages p, List<String> lines, float width) throws IOException {
        int cols = 0;
        for (String l : lines) if (l.contains("\t")) cols = Math.max(cols, l.split("\t", -1).length - 1);
        float widest = 0, label = 0;
        for (String l : lines) {
            String[] c = l.split("\t", -1);
            if (c.length < 2) continue;
            label = Math.max(label, width(c[0], TABLE));
            if (c.length - 1 == cols) for (int k = 1; k < c.length; k++) widest = Math.max(widest, width(c[k], TABLE));
        }
        // columns as wide as their widest figure, as far as the label column leaves room
        float colW = Math.min(Math.max(64, widest + 20), (width - label - 12) / Math.max(cols, 1));
        float labelEnd = MARGIN + width - cols * colW;
        p.need(lines.size() * (LEAD - 2) + 10);
        for (String l : lines) {
            if (!l.contains("\t")) {
                p.page().add(new Run(MARGIN, p.y, BOLD, TABLE, l));
                p.y -= LEAD - 2;
                continue;
            }
            String[] c = l.split("\t", -1);
            if (!c[0].isEmpty()) p.page().add(new Run(MARGIN, p.y, HELV, TABLE, c[0]));
            int n = c.length - 1;
            for (int k = 1; k < c.length; k++) {
                String cell = c[k];
                if (cell.isEmpty()) continue;
                // a row with fewer cells than columns: each cell spans its share of the columns, centred over them
                float span = cols / (float) n;
                float left = labelEnd + (k - 1) * span * colW, right = left + span * colW;
                if (n < cols) {
                    p.page().add(new Run((left + right) / 2 - width(cell, TABLE) / 2, p.y, HELV, TABLE, cell));
                } else if (cell.startsWith("$ ")) {
                    String fig = cell.substring(2);
                    p.page().add(new Run(left + 14, p.y, HELV, TABLE, "$"));
                    p.page().add(new Run(right - 6 - width(fig, TABLE), p.y, HELV, TABLE, fig));
                } else {
                    p.page().add(new Run(right - 6 - width(cell, TABLE), p.y, HELV, TABLE, cell));
                }
            }
            p.y -= LEAD - 2;
        }
        p.y -= 12;
    }

    /** Greedy wrapping; a long word that does not fit is hyphenated at the line's end. */
    static List<String> wrap(String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tryLine = line.isEmpty() ? word : line + " " + word;
            if (width(tryLine, size) <= width) {
                line.setLength(0);
                line.append(tryLine);
                continue;
            }
            if (word.length() >= 8 && word.chars().allMatch(Character::isLetter)) {
                int cut = word.length() - 3;
                while (cut >= 4 && width(line + " " + word.substring(0, cut) + "-", size) > width) cut--;
                if (cut >= 4) {
                    out.add(line + " " + word.substring(0, cut) + "-");
                    line.setLength(0);
                    line.append(word.substring(cut));
                    continue;
                }
            }
            out.add(line.toString());
            line.setLength(0);
            line.append(word);
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    private static float width(String s, float size) throws IOException {
        return HELV.getStringWidth(s) / 1000 * size;
    }

    private static byte[] write(Pages p, String title) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            int total = p.pages.size();
            for (int i = 0; i < total; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources res = new PDResources();
                page.setResources(res);
                COSName helv = res.add(HELV), bold = res.add(BOLD), lig = res.add(new PDType1Font(ligatureFont()));
                StringBuilder ops = new StringBuilder();
                if (p.scanned.get(i)) {
                    COSName img = res.add(image(doc));
                    ops.append("q 400 0 0 300 98 400 cm /").append(img.getName()).append(" Do Q\n");
                } else {
                    // the running header and the page number: furniture a reader does not copy
                    text(ops, helv, 8, MARGIN, H - 40, title + " - Earnings Release");
                    text(ops, helv, 8, W / 2 - 20, 36, "Page " + (i + 1) + " of " + total);
                    for (Run r : p.pages.get(i)) runs(ops, r.font() == BOLD ? bold : helv, lig, r);
                }
                page.setContents(new PDStream(doc, new ByteArrayInputStream(ops.toString().getBytes(StandardCharsets.ISO_8859_1))));
                doc.addPage(page);
            }
            COSArray ids = new COSArray();
            byte[] id = HexFormat.of().parseHex("0123456789abcdef0123456789abcdef");
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Prose in Helvetica with "ff", "fi" and "fl" drawn as ligature glyphs; headings and tables without. */
    private static void runs(StringBuilder ops, COSName font, COSName lig, Run r) throws IOException {
        if (r.size() != SIZE || r.font() == BOLD) {
            text(ops, font, r.size(), r.x(), r.y(), r.text());
            return;
        }
        String t = r.text();
        float x = r.x();
        int from = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            String pair = t.substring(i, i + 2);
            int code = switch (pair) {
                case "ff" -> 3;
                case "fi" -> 1;
                case "fl" -> 2;
                default -> 0;
            };
            if (code == 0) continue;
            String before = t.substring(from, i);
            text(ops, font, r.size(), x, r.y(), before);
            x += width(before, r.size());
            ops.append("BT /").append(lig.getName()).append(' ').append(r.size()).append(" Tf ").append(x).append(' ').append(r.y())
                    .append(" Td <0").append(code).append("> Tj ET\n");
            x += width(pair, r.size());
            from = i + 2;
            i++;
        }
        text(ops, font, r.size(), x, r.y(), t.substring(from));
    }

    private static void text(StringBuilder ops, COSName font, float size, float x, float y, String s) {
        if (s.isEmpty()) return;
        ops.append("BT /").append(font.getName()).append(' ').append(size).append(" Tf ").append(x).append(' ').append(y).append(" Td <")
                .append(HexFormat.of().formatHex(s.getBytes(StandardCharsets.ISO_8859_1))).append("> Tj ET\n");
    }

    /** Helvetica whose codes 1, 2, 3 are the glyphs /fi, /fl and /f_f (the last has no Unicode value). */
    private static COSDictionary ligatureFont() {
        COSDictionary enc = new COSDictionary();
        enc.setItem(COSName.TYPE, COSName.ENCODING);
        enc.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        COSArray diff = new COSArray();
        diff.add(COSInteger.get(1));
        diff.add(COSName.getPDFName("fi"));
        diff.add(COSName.getPDFName("fl"));
        diff.add(COSName.getPDFName("f_f"));
        enc.setItem(COSName.DIFFERENCES, diff);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
        font.setItem(COSName.ENCODING, enc);
        font.setInt(COSName.FIRST_CHAR, 1);
        font.setInt(COSName.LAST_CHAR, 3);
        COSArray widths = new COSArray();
        // the width of the two letters in Helvetica, so the word runs on without a gap
        widths.add(COSInteger.get(500));
        widths.add(COSInteger.get(500));
        widths.add(COSInteger.get(556));
        font.setItem(COSName.WIDTHS, widths);
        return font;
    }

    private static PDImageXObject image(PDDocument doc) throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) for (int y = 0; y < 30; y++) img.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0xDDDDDD : 0x222222);
        return LosslessFactory.createFromImage(doc, img);
    }

    // ------------------------------------------------------------------ HTML

    static String html(String source) {
        List<Block> blocks = blocks(source);
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(blocks.get(0).lines().get(0)))
                .append(" | Newsroom</title></head>\n<body>\n<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/investors\">Investors</a></nav>\n")
                .append("<article>\n<h1>").append(esc(blocks.get(0).lines().get(0))).append("</h1>\n");
        for (Block bl : blocks.subList(1, blocks.size())) {
            switch (bl.kind()) {
                case "para" -> bl.lines().forEach(l -> b.append("<p>").append(esc(l)).append("</p>\n"));
                case "columns" -> {
                    b.append("<div style=\"column-count:2\">\n");
                    bl.lines().forEach(l -> b.append("<p>").append(esc(l)).append("</p>\n"));
                    b.append("</div>\n");
                }
                case "table" -> htmlTable(b, bl.lines());
                default -> {
                }
            }
        }
        b.append("</article>\n<footer class=\"footer\">Copyright Newsroom</footer>\n</body></html>\n");
        return b.toString();
    }

    /** Caption lines as paragraphs; rows as {@code <tr>}, {@code $} in a cell of its own, short rows spanning. */
    private static void htmlTable(StringBuilder b, List<String> lines) {
        int cols = 0;
        for (String l : lines) if (l.contains("\t")) cols = Math.max(cols, l.split("\t", -1).length - 1);
        boolean open = false;
        for (String l : lines) {
            if (!l.contains("\t")) {
                b.append("<p><b>").append(esc(l)).append("</b></p>\n");
                continue;
            }
            if (!open) b.append("<table>\n");
            open = true;
            String[] c = l.split("\t", -1);
            int n = c.length - 1;
            b.append("<tr><td>").append(esc(c[0])).append("</td>");
            for (int k = 1; k < c.length; k++) {
                if (n < cols) {
                    b.append("<td colspan=\"").append(2 * cols / n).append("\">").append(esc(c[k])).append("</td>");
                } else if (c[k].startsWith("$ ")) {
                    b.append("<td>$</td><td>").append(esc(c[k].substring(2))).append("</td>");
                } else {
                    b.append("<td></td><td>").append(esc(c[k])).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        if (open) b.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
