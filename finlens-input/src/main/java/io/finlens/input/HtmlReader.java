package io.finlens.input;

import io.finlens.text.Regex;
import io.finlens.model.Issue;
import io.finlens.text.Chars;
import io.finlens.text.Decoded;
import io.finlens.text.TextDecoder;
import io.finlens.text.Tsv;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article text of an HTML page: the main content (article, main, {@code [itemprop=articleBody]}, else the block
 * with the most paragraph text and fewest links), without navigation, footers, scripts, share buttons, related-article
 * lists or comments. Headings and paragraphs become paragraphs separated by blank lines, {@code <br>} a line break, list
 * items lines starting with {@code - }, and each table row one line with its cells separated by a TAB. The title
 * ({@code <h1>}, else og:title, else {@code <title>}) is the first line.
 */
final class HtmlReader {
    private static final Set<String> CLASS_WORDS = new HashSet<>();
    private static final Set<String> HEADING_WORDS = new HashSet<>();

    static {
        for (Tsv.Row r : Tsv.load(HtmlReader.class, "boilerplate-words.tsv", 2, 2)) {
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("words are lower case: " + r.get(0));
            switch (r.get(1)) {
                case "class-id" -> CLASS_WORDS.add(r.get(0));
                case "heading" -> HEADING_WORDS.add(r.get(0));
                default -> throw r.error("class-id or heading expected: " + r.get(1));
            }
        }
    }

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "object", "embed", "video", "audio",
            "map", "dialog", "link", "meta");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "blockquote",
            "pre", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "address", "h1", "h2", "h3", "h4", "h5", "h6",
            "center", "hr", "body", "html", "caption", "details", "summary", "tbody", "thead", "tfoot");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");
    private static final Pattern CJK_BREAK = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF5E“”‘’…—])[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF5E“”‘’…—])");

    private HtmlReader() {
    }

    static ReadDocument read(String name, byte[] bytes) {
        List<Issue> issues = new ArrayList<>();
        String charset;
        String html;
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            html = new String(bytes, declared);
            charset = declared.name();
            if (html.startsWith("\uFEFF")) html = html.substring(1);
        } else {
            Decoded d = TextDecoder.decode(bytes);
            html = d.text();
            charset = d.charset();
            // the decoder's spans point into the HTML source, not into the text read from it
            for (Issue i : d.issues()) issues.add(new Issue(new io.finlens.model.Span(0, 0), i.code(), i.message()));
        }
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        Element main = mainContent(doc);
        clean(main);
        List<String> blocks = new ArrayList<>();
        new Renderer(blocks).render(main);
        StringBuilder out = new StringBuilder();
        boolean titleInside = !title.isEmpty() && !blocks.isEmpty() && blocks.get(0).equals(title);
        if (!title.isEmpty() && !titleInside) {
            // the heading may sit outside the article block (a page header); say it once, first
            blocks.remove(title);
            out.append(title);
        }
        for (String b : blocks) {
            if (out.length() > 0) out.append("\n\n");
            out.append(b);
        }
        String text = out.toString();
        if (text.isBlank()) {
            issues.add(DocumentReader.issue("input.html-no-text", name + ": the HTML page holds no article text"
                    + (bytes.length == 0 ? " (empty file)" : "")));
        } else if (!html.toLowerCase(Locale.ROOT).contains("</html") && !html.toLowerCase(Locale.ROOT).contains("</body")) {
            issues.add(DocumentReader.issue("input.html-truncated", name + ": the HTML page ends before </body> or </html>; "
                    + "it may be truncated, the text read so far is kept"));
        }
        return new ReadDocument(name, "html", text, charset, issues);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            Charset cs = Charset.forName(m.group(1));
            // GB2312 and GBK pages often hold characters only GB18030 has
            String n = cs.name().toUpperCase(Locale.ROOT);
            if (n.equals("GB2312") || n.equals("GBK") || n.equals("X-GBK")) return Charset.forName("GB18030");
            return cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String title(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !inline(h1.text()).isEmpty()) return inline(h1.text());
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) return inline(og.attr("content"));
        String t = inline(doc.title());
        // "Headline - Site Name" / "Headline | Site" / "Headline_网站"
        Matcher m = Regex.of("^(.{8,}?)\\s*(?:[|｜_]| - | — )\\s*[^|｜_]{1,30}$").matcher(t);
        return m.matches() ? m.group(1).strip() : t;
    }

    /** The element that holds the article: by markup first, else by a readability-style score. */
    static Element mainContent(Document doc) {
        Element scored = scored(doc);
        int scoredLen = paragraphText(scored);
        for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Element best = null;
            int bestLen = 0;
            for (Element e : doc.select(q)) {
                int len = paragraphText(e);
                if (len > bestLen) {
                    best = e;
                    bestLen = len;
                }
            }
            // markup wins unless it marks a teaser card while the story sits in a plain block with far more text
            if (best != null && bestLen >= 80 && (bestLen * 2 >= scoredLen || best.closest("body") == null
                    || scored.closest(q) == best || isAncestor(best, scored))) {
                return widen(best);
            }
        }
        return scored;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == a) return true;
        return false;
    }

    /** The readability-style choice: the block whose paragraphs hold the most text, links counting against. */
    private static Element scored(Document doc) {
        Element body = doc.body();
        // readability: each paragraph's text counts for its parent, half for its grandparent; links count against
        java.util.Map<Element, Double> score = new java.util.LinkedHashMap<>();
        for (Element p : body.select("p, pre, td, li")) {
            // a cell or item holding paragraphs is scored through them
            if (!p.tagName().equals("p") && p.selectFirst("p, div, pre") != null) continue;
            int len = inline(p.text()).length();
            if (len < 20) continue;
            double s = len - 2.0 * linkText(p);
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, s, Double::sum);
            if (parent.parent() != null) score.merge(parent.parent(), s / 2, Double::sum);
        }
        Element best = body;
        double bestScore = 0;
        for (var e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /** An article's heading may sit just before its body block: keep the article element, not just its body. */
    private static Element widen(Element e) {
        if (e.selectFirst("h1") == null && e.parent() != null && e.parent().tagName().equals("article")) return e.parent();
        return e;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p, td, li, pre")) n += p.text().length();
        return n == 0 ? e.text().length() / 2 : n;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) n += a.text().length();
        return n;
    }

    /** Drops boilerplate inside the main content: by tag, by class/id words, by heading, by link density. */
    static void clean(Element main) {
        List<Element> drop = new ArrayList<>();
        int mainLen = inline(main.text()).length();
        for (Element e : main.getAllElements()) {
            if (e == main) continue;
            String tag = e.tagName();
            if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                    || e.attr("style").replace(" ", "").contains("display:none")) {
                drop.add(e);
            } else if (tag.equals("header") && e.selectFirst("h1") == null) {
                drop.add(e);
            } else if (boilerplateWords(e) && e.selectFirst("h1") == null && !e.tagName().equals("table")
                    && inline(e.text()).length() * 2 <= mainLen) {
                // a class word never costs the article itself (a wrapper "content side-padding" holds most of the text)
                drop.add(e);
            }
        }
        for (Element e : drop) e.remove();
        // a block headed "相关阅读" / "Related articles" goes with its heading
        drop.clear();
        for (Element h : main.select("h2, h3, h4, h5, h6, strong, b, span, div, p")) {
            String t = Regex.replaceAll(inline(h.ownText()).toLowerCase(Locale.ROOT), "[:：\\s]+$", "");
            if (t.isEmpty() || !HEADING_WORDS.contains(t)) continue;
            Element block = h;
            Element next = h.nextElementSibling();
            drop.add(h);
            if (next != null && (next.tagName().equals("ul") || next.tagName().equals("ol") || linkDensity(next) > 0.5)) drop.add(next);
            if (h.parent() != null && h.parent() != main && linkDensity(h.parent()) > 0.5) drop.add(h.parent());
            block.remove();
        }
        for (Element e : drop) if (e.parent() != null) e.remove();
        // lists and blocks made of links (related stories, tag clouds, pagers)
        drop.clear();
        for (Element e : main.select("ul, ol, div, section, p")) {
            if (e == main) continue;
            int len = inline(e.text()).length();
            if (len > 0 && linkDensity(e) > 0.6 && e.select("a").size() >= (e.tagName().equals("p") ? 1 : 2)) drop.add(e);
        }
        for (Element e : drop) if (e.parent() != null) e.remove();
    }

    private static double linkDensity(Element e) {
        int len = inline(e.text()).length();
        return len == 0 ? 0 : (double) linkText(e) / len;
    }

    private static boolean boilerplateWords(Element e) {
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (words.isBlank()) return false;
        for (String w : Regex.split(words, "[^a-z0-9]+")) if (CLASS_WORDS.contains(w)) return true;
        return false;
    }

    /** Collapses white space; a space between two CJK characters was only a line break in the source. */
    static String inline(String s) {
        String t = s.replace('\u00A0', ' ');
        // a line break in the source between two CJK characters is no space in the text
        t = CJK_BREAK.matcher(t).replaceAll("");
        return Regex.replaceAll(t, "[ \\t\\r\\n\\f\\u2002\\u2003\\u2009\\u200B]+", " ").strip();
    }

    /** A {@code <br>} while a paragraph is collected (source line breaks are mere white space). */
    private static final char BR = '\u2028';

    /** Walks the content, collecting paragraphs (blocks) and table rows. */
    private static final class Renderer {
        private final List<String> blocks;
        private final StringBuilder line = new StringBuilder();

        Renderer(List<String> blocks) {
            this.blocks = blocks;
        }

        void render(Element root) {
            walk(root, null);
            flush();
        }

        private void walk(Node n, String listMark) {
            if (n instanceof TextNode t) {
                line.append(t.getWholeText());
                return;
            }
            if (!(n instanceof Element e)) return;
            String tag = e.tagName();
            switch (tag) {
                case "br" -> {
                    line.append(BR);
                    return;
                }
                case "table" -> {
                    flush();
                    if (layoutTable(e)) {
                        // a table used for page layout holds paragraphs, not figures: read its cells as blocks
                        for (Node c : e.childNodes()) walk(c, null);
                        flush();
                    } else {
                        table(e);
                    }
                    return;
                }
                case "td", "th", "tr" -> {
                    flush();
                    for (Node c : e.childNodes()) walk(c, null);
                    flush();
                    return;
                }
                case "li" -> {
                    flush();
                    line.append(listMark == null ? "- " : listMark);
                    for (Node c : e.childNodes()) walk(c, null);
                    flush();
                    return;
                }
                case "img" -> {
                    return;
                }
                default -> {
                }
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) flush();
            if (tag.equals("ol")) {
                int i = 1;
                for (Node c : e.childNodes()) {
                    if (c instanceof Element li && li.tagName().equals("li")) walk(c, (i++) + ". ");
                    else walk(c, null);
                }
            } else if (tag.equals("ul")) {
                for (Node c : e.childNodes()) walk(c, "- ");
            } else {
                for (Node c : e.childNodes()) walk(c, null);
            }
            if (block) flush();
        }

        private void flush() {
            StringBuilder b = new StringBuilder();
            boolean gap = false;
            for (String part : line.toString().split(String.valueOf(BR), -1)) {
                String s = inline(part);
                if (s.isEmpty()) {
                    // <br><br>: the paragraph break of pages written without <p>
                    gap = b.length() > 0;
                    continue;
                }
                if (gap) {
                    add(b.toString());
                    b.setLength(0);
                    gap = false;
                }
                if (b.length() > 0) b.append('\n');
                b.append(s);
            }
            line.setLength(0);
            add(b.toString());
        }

        private void add(String s) {
            if (!s.isEmpty() && !s.equals("-")) blocks.add(s);
        }

        /** A table for layout: a cell holds paragraphs or a long text, or the table nests another. */
        private static boolean layoutTable(Element table) {
            for (Element td : table.select("td, th")) {
                if (td.closest("table") != table) continue;
                if (td.selectFirst("p, div, table, ul, ol, h1, h2, h3, article") != null) return true;
                if (td.text().length() > 200) return true;
            }
            return false;
        }

        /** One line per row, cells separated by a TAB; a cell spanning columns is followed by empty cells. */
        private void table(Element table) {
            StringBuilder rows = new StringBuilder();
            Element caption = table.selectFirst("caption");
            if (caption != null && !inline(caption.text()).isEmpty()) blocks.add(inline(caption.text()));
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) continue;
                List<String> cells = new ArrayList<>();
                for (Element td : tr.children()) {
                    if (!td.tagName().equals("td") && !td.tagName().equals("th")) continue;
                    cells.add(inline(td.text().replace('\t', ' ')));
                    int span = 1;
                    try {
                        span = Math.max(1, Math.min(50, Integer.parseInt(td.attr("colspan").strip())));
                    } catch (NumberFormatException ignored) {
                        // no colspan or not a number: one column
                    }
                    for (int k = 1; k < span; k++) cells.add("");
                }
                if (cells.stream().allMatch(String::isEmpty)) continue;
                if (rows.length() > 0) rows.append('\n');
                rows.append(String.join("\t", cells));
            }
            if (rows.length() > 0) blocks.add(rows.toString());
        }
    }

    static boolean isCjk(char c) {
        return Chars.isHan(c) || Chars.isCjkPunct(c);
    }
}
