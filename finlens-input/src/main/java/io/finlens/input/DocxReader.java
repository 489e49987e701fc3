package io.finlens.input;

import io.finlens.model.Issue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The text of a Word document ({@code .docx}): each paragraph ({@code w:p}) a paragraph separated by a blank line,
 * {@code w:br} a line break, {@code w:tab} a TAB, each table row one line with its cells separated by a TAB.
 */
final class DocxReader {
    private static final int MAX_XML = 64 << 20;

    /** word/document.xml expands past {@link #MAX_XML}: a document too large to read (or a ZIP bomb), not a broken one. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("word/document.xml expands to more than 64 MB");
        }
    }

    private DocxReader() {
    }

    static ReadDocument read(String name, byte[] bytes) {
        List<Issue> issues = new ArrayList<>();
        String xml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().equals("word/document.xml")) continue;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = zip.read(buf)) > 0) {
                    if (out.size() + n > MAX_XML) throw new TooLarge();
                    out.write(buf, 0, n);
                }
                xml = out.toString(StandardCharsets.UTF_8);
                break;
            }
        } catch (TooLarge e) {
            issues.add(DocumentReader.issue("input.docx-too-large", name + ": the DOCX document is too large to read ("
                    + e.getMessage() + "); split the document"));
            return new ReadDocument(name, "docx", "", "DOCX", issues);
        } catch (IOException | RuntimeException e) {
            issues.add(DocumentReader.issue("input.docx-broken", name + ": the DOCX file is broken or truncated: " + e.getMessage()));
            return new ReadDocument(name, "docx", "", "DOCX", issues);
        }
        if (xml == null) {
            issues.add(DocumentReader.issue("input.docx-broken", name + ": the DOCX file holds no word/document.xml"));
            return new ReadDocument(name, "docx", "", "DOCX", issues);
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element body = doc.selectFirst("w|body");
        List<String> blocks = new ArrayList<>();
        if (body != null) blocks(body, blocks);
        String text = String.join("\n\n", blocks);
        if (text.isBlank()) issues.add(DocumentReader.issue("input.docx-no-text", name + ": the DOCX document holds no text"));
        return new ReadDocument(name, "docx", text, "DOCX", issues);
    }

    private static void blocks(Element parent, List<String> out) {
        for (Element e : parent.children()) {
            switch (e.tagName()) {
                case "w:p" -> {
                    String t = paragraph(e).strip();
                    if (!t.isEmpty()) out.add(t);
                }
                case "w:tbl" -> {
                    StringBuilder rows = new StringBuilder();
                    for (Element tr : e.children()) {
                        if (!tr.tagName().equals("w:tr")) continue;
                        List<String> cells = new ArrayList<>();
                        for (Element tc : tr.children()) {
                            if (!tc.tagName().equals("w:tc")) continue;
                            StringBuilder cell = new StringBuilder();
                            for (Element p : tc.select("w|p")) {
                                if (cell.length() > 0) cell.append(' ');
                                cell.append(paragraph(p).replace('\t', ' ').replace('\n', ' ').strip());
                            }
                            cells.add(cell.toString().strip());
                        }
                        if (cells.stream().allMatch(String::isEmpty)) continue;
                        if (rows.length() > 0) rows.append('\n');
                        rows.append(String.join("\t", cells));
                    }
                    if (rows.length() > 0) out.add(rows.toString());
                }
                default -> blocks(e, out);
            }
        }
    }

    private static String paragraph(Element p) {
        StringBuilder b = new StringBuilder();
        text(p, b);
        return b.toString();
    }

    private static void text(Element e, StringBuilder b) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (e.tagName().equals("w:t")) b.append(t.getWholeText());
            } else if (n instanceof Element c) {
                switch (c.tagName()) {
                    case "w:tab" -> b.append('\t');
                    case "w:br", "w:cr" -> b.append('\n');
                    case "w:tbl" -> {
                        // a table nested in a paragraph's run is rare; its text still counts
                        text(c, b);
                    }
                    default -> text(c, b);
                }
            }
        }
    }
}
