package io.finlens.input;

import io.finlens.model.Issue;
import io.finlens.model.Span;
import io.finlens.text.Decoded;
import io.finlens.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a document as users have it — plain text, Markdown, HTML, PDF or DOCX — into plain text. The kind is
 * found by content ({@code %PDF-}, a ZIP holding {@code word/document.xml}, HTML markup); the file name's extension
 * is a hint only. Never throws on content: what cannot be read becomes an {@link Issue} naming the file, with the
 * text read so far (possibly empty).
 */
public final class DocumentReader {
    private DocumentReader() {
    }

    /** Reads {@code bytes} that came from {@code name}. Throws only for null arguments. */
    public static ReadDocument read(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        String kind = sniff(name, bytes);
        try {
            return switch (kind) {
                case "pdf" -> PdfReader.read(name, bytes);
                case "docx" -> DocxReader.read(name, bytes);
                case "html" -> HtmlReader.read(name, bytes);
                default -> readText(name, bytes, kind);
            };
        } catch (RuntimeException | StackOverflowError e) {
            // lenient with text: a reader that trips on strange bytes costs this file's text, not the run
            return new ReadDocument(name, kind, "", kind.toUpperCase(Locale.ROOT),
                    List.of(issue("input.unreadable", name + ": cannot read this " + kind + " file: " + e)));
        }
    }

    /**
     * The kind of document {@code bytes} hold: {@code pdf}, {@code docx}, {@code html}, {@code markdown} or
     * {@code text}. Content decides; the extension only settles text against Markdown.
     */
    public static String sniff(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        int start = skipBomAndSpace(bytes);
        if (startsWith(bytes, start, "%PDF-") || indexOf(bytes, "%PDF-", 1024) >= 0) return "pdf";
        if (startsWith(bytes, 0, "PK\u0003\u0004")) {
            return indexOf(bytes, "word/document.xml", bytes.length) >= 0 ? "docx" : "text";
        }
        String ext = extension(name);
        String head = new String(bytes, start, Math.min(bytes.length - start, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")) {
            return "html";
        }
        if (looksLikeMarkup(head) || (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) && head.indexOf('<') >= 0) {
            return "html";
        }
        if (ext.equals("md") || ext.equals("markdown")) return "markdown";
        return "text";
    }

    /** Markup density: HTML tags ({@code <p>}, {@code <div>}, {@code </...>}) make up much of the start of the file. */
    private static boolean looksLikeMarkup(String head) {
        int tags = 0, tagChars = 0;
        java.util.regex.Matcher m = TAG.matcher(head);
        while (m.find()) {
            tags++;
            tagChars += m.end() - m.start();
        }
        return tags >= 3 && (head.contains("<body") || head.contains("<head") || head.contains("<div")
                || head.contains("<p>") || head.contains("<p ") || head.contains("<article") || head.contains("<table"))
                && tagChars * 10 >= head.length();
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[a-z][a-z0-9]*(\\s[^<>]*)?>");

    private static ReadDocument readText(String name, byte[] bytes, String kind) {
        List<Issue> issues = new ArrayList<>();
        if (bytes.length == 0) {
            issues.add(issue("input.empty", name + ": empty file"));
            return new ReadDocument(name, kind, "", "UTF-8", issues);
        }
        if (binary(bytes)) {
            issues.add(issue("input.binary", name + ": binary data, not text, HTML, PDF or DOCX (" + bytes.length + " bytes)"));
            return new ReadDocument(name, kind, "", "binary", issues);
        }
        Decoded d = TextDecoder.decode(bytes);
        issues.addAll(d.issues());
        return new ReadDocument(name, kind, d.text(), d.charset(), issues);
    }

    /**
     * Many control characters (NUL included) in the first 8 KB: not a text file. A few stray NULs in otherwise readable
     * text do not make it binary (the decoder reads them as spaces and says so).
     */
    static boolean binary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        // UTF-16 text has NULs too, but starts with a BOM
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) return false;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) control++;
        }
        return control * 20 > n;
    }

    static Issue issue(String code, String message) {
        return new Issue(new Span(0, 0), code, message);
    }

    static String extension(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int skipBomAndSpace(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) i = 3;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        return i;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (b.length - at < s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (b[at + i] != (byte) s.charAt(i)) return false;
        return true;
    }

    private static int indexOf(byte[] b, String s, int limit) {
        int end = Math.min(b.length, limit) - s.length();
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < s.length(); j++) if (b[i + j] != (byte) s.charAt(j)) continue outer;
            return i;
        }
        return -1;
    }
}
