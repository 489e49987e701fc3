package io.finlens.input;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a sample text to the forms users hold: an HTML page with realistic boilerplate (navigation, ads, scripts,
 * share buttons, related-article lists, comments, footer) and a PDF laid out like a results announcement (wrapped
 * paragraphs, a table with right-aligned columns, a page number, and a page break that splits a figure). The source
 * is plain text: paragraphs separated by blank lines, the first is the title, lines holding a TAB are table rows,
 * lines starting with {@code - } are list items. Also builds the broken inputs the readers must survive.
 *
 * <p>The committed fixtures under {@code src/test/resources/forms} are rewritten by
 * {@code mvn -pl finlens-input test -Dfixtures.update=true} (needs {@code fonts-wqy-zenhei}).
 */
final class FormFixtures {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float PAGE_W = PDRectangle.A4.getWidth(), PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 64, TOP = 72, BOTTOM = 72;
    private static final float SIZE = 10.5f, LEADING = 16, PARA_GAP = 9, TITLE_SIZE = 14, TABLE_SIZE = 9;

    private FormFixtures() {
    }

    /** A block of the source: a paragraph (possibly a list), a heading, or a table. */
    record Block(String kind, List<String> lines) {
    }

    static List<Block> blocks(String source) {
        List<Block> out = new ArrayList<>();
        boolean first = true;
        for (String para : source.strip().split("\n\\s*\n")) {
            List<String> lines = List.of(para.split("\n"));
            List<String> prose = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (String l : lines) {
                if (l.contains("\t")) {
                    if (!prose.isEmpty() && first) {
                        out.add(new Block("title", List.of(prose.get(0))));
                        prose = new ArrayList<>(prose.subList(1, prose.size()));
                    }
                    if (!prose.isEmpty()) out.add(new Block(kind(prose), List.copyOf(prose)));
                    prose.clear();
                    first = false;
                    rows.add(l);
                } else {
                    if (!rows.isEmpty()) out.add(new Block("table", List.copyOf(rows)));
                    rows.clear();
                    prose.add(l);
                }
            }
            if (!rows.isEmpty()) out.add(new Block("table", rows));
            if (!prose.isEmpty() && first) {
                // the title is the first line; the lines after it in the same block are a paragraph
                out.add(new Block("title", List.of(prose.get(0))));
                prose = new ArrayList<>(prose.subList(1, prose.size()));
            }
            if (!prose.isEmpty()) out.add(new Block(kind(prose), prose));
            first = false;
        }
        return out;
    }

    private static String kind(List<String> lines) {
        if (lines.get(0).startsWith("- ")) return "list";
        String l = lines.get(0);
        boolean heading = lines.size() == 1 && l.length() <= 40 && !l.matches(".*[。.:：；;!?！？)]$") && !l.matches(".*\\d.*")
                && !l.startsWith("(") && !l.startsWith("人民币");
        return heading ? "heading" : "para";
    }

    // ---------------------------------------------------------------- HTML

    static String html(String source, boolean chinese) {
        List<Block> blocks = blocks(source);
        String title = blocks.get(0).lines().get(0);
        StringBuilder body = new StringBuilder();
        for (Block b : blocks.subList(1, blocks.size())) {
            switch (b.kind()) {
                case "heading" -> body.append("      <h2>").append(esc(b.lines().get(0))).append("</h2>\n");
                case "list" -> {
                    body.append("      <ul>\n");
                    for (String l : b.lines()) body.append("        <li>").append(esc(l.substring(2))).append("</li>\n");
                    body.append("      </ul>\n");
                }
                case "table" -> body.append(table(b.lines()));
                default -> {
                    // lines of one paragraph stay lines: <br>, as pages that keep a text's line breaks do
                    List<String> ls = new ArrayList<>();
                    for (String l : b.lines()) ls.add(esc(l));
                    body.append("      <p>").append(String.join("<br>\n", ls)).append("</p>\n");
                }
            }
        }
        String t = esc(title);
        if (chinese) {
            return """
                    <!DOCTYPE html>
                    <html lang="zh-CN">
                    <head>
                    <meta charset="utf-8">
                    <title>%1$s_财经频道_示例新闻网</title>
                    <meta property="og:title" content="%1$s">
                    <link rel="stylesheet" href="/static/site.css">
                    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', '2025-08-13');</script>
                    <style>.nav li{display:inline} .ad{border:1px solid #ccc}</style>
                    </head>
                    <body>
                    <div id="top-nav" class="nav">
                      <ul><li><a href="/">首页</a></li><li><a href="/finance">财经</a></li><li><a href="/tech">科技</a></li><li><a href="/stock">股票</a></li><li><a href="/video">视频</a></li></ul>
                      <form class="search"><input type="text" name="q" placeholder="搜索"><button>搜索</button></form>
                    </div>
                    <div class="ad banner"><a href="/ad/1"><img src="/ad/1.png" alt="广告"></a>广告：开户即送好礼，年化收益高达5%%，点击了解详情</div>
                    <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/finance">财经</a> &gt; 正文</div>
                    <div class="container">
                     <div class="main-col">
                      <article>
                      <h1>%1$s</h1>
                      <div class="share-bar"><a href="#">分享到微博</a> <a href="#">分享到微信</a> <a href="#">复制链接</a></div>
                      <div class="article-content">
                    %2$s      </div>
                      <div class="related-articles">
                        <h3>相关阅读</h3>
                        <ul><li><a href="/a/1">云服务价格战再起，多家厂商下调报价20%%</a></li><li><a href="/a/2">广告市场回暖：二季度投放同比增长7%%</a></li><li><a href="/a/3">港股科技股午后走强，恒生科技指数涨2.1%%</a></li></ul>
                      </div>
                      </article>
                      <div id="comments" class="comment-list"><h3>网友评论</h3><p>用户8812：营收增长不错，股价却跌了3%%，看不懂。</p></div>
                     </div>
                     <aside class="sidebar"><h3>热门文章</h3><ol><li><a href="/h/1">茅台一季度净利润增长11%%</a></li><li><a href="/h/2">新能源车6月销量创新高</a></li></ol>
                      <div class="ad"><a href="/ad/2">理财产品限时优惠</a></div></aside>
                    </div>
                    <footer class="site-footer"><p>关于我们 | 联系我们 | 免责声明</p><p>© 2025 示例新闻网 版权所有 京ICP备00000000号</p></footer>
                    <script src="/static/analytics.js"></script>
                    <script>(function(){var s=document.createElement('script');s.src='/ads.js';document.body.appendChild(s);})();</script>
                    </body>
                    </html>
                    """.formatted(t, body);
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%1$s | Example Wire</title>
                <meta property="og:title" content="%1$s">
                <script async src="https://ads.example.com/tag.js"></script>
                <script>var _q = _q || []; _q.push(['trackPageView']);</script>
                </head>
                <body>
                <div id="header">
                  <div class="logo"><a href="/">Example Wire</a></div>
                  <ul class="menu"><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li><li><a href="/earnings">Earnings</a></li><li><a href="/contact">Contact</a></li></ul>
                </div>
                <div class="cookie-notice">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>
                <div id="wrapper">
                  <div class="col-left">
                    <div class="story-body">
                      <h1>%1$s</h1>
                      <div class="social-share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
                %2$s    </div>
                    <div class="related">
                      <h4>Related Stories</h4>
                      <ul><li><a href="/s/1">Freight volumes rose 4%% in October, survey shows</a></li><li><a href="/s/2">Diesel prices fall for a third week</a></li><li><a href="/s/3">Carrier stocks rally after rate cut</a></li></ul>
                    </div>
                  </div>
                  <div class="col-right">
                    <div class="ad-slot"><a href="/ad">Advertisement: Trade with $0 commissions</a></div>
                    <div class="most-read"><h4>Most Read</h4><ol><li><a href="/m/1">Five stocks to watch this week</a></li><li><a href="/m/2">Fed holds rates steady</a></li></ol></div>
                  </div>
                </div>
                <div id="footer"><p>&copy; 2025 Example Wire. All rights reserved.</p><p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p></div>
                </body>
                </html>
                """.formatted(t, body);
    }

    private static String table(List<String> rows) {
        int cols = 0;
        for (String r : rows) cols = Math.max(cols, r.split("\t", -1).length);
        StringBuilder b = new StringBuilder("      <table class=\"financial-table\">\n");
        boolean header = true;
        for (String r : rows) {
            String[] cells = r.split("\t", -1);
            boolean numeric = cells.length > 1 && cells[1].matches(".*\\d.*") && !cells[1].matches(".*(年|月|Months|Ended|20\\d\\d$).*");
            if (numeric) header = false;
            String tag = header ? "th" : "td";
            b.append("        <tr>");
            for (int i = 0; i < cells.length; i++) {
                int span = i == cells.length - 1 ? cols - cells.length + 1 : 1;
                b.append('<').append(tag).append(span > 1 ? " colspan=\"" + span + "\"" : "").append('>')
                        .append(esc(cells[i])).append("</").append(tag).append('>');
            }
            b.append("</tr>\n");
        }
        return b.append("      </table>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- PDF

    /** One laid-out line: text pieces at x positions, at a font size, and the extra space above it. */
    private record Out(List<String> texts, List<Float> xs, float size, float above) {
    }

    /**
     * Lays the source out on A4 pages. {@code splitFigure}, when not null, is a figure in the text (its first
     * occurrence) that the layout splits across a page break: the paragraph holding it is wrapped a little narrower
     * until a line ends inside the figure, and the page ends after that line.
     */
    static byte[] pdf(String source, String splitFigure) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            List<Out> lines = new ArrayList<>();
            int breakAfter = -1;
            float width = PAGE_W - 2 * MARGIN;
            for (Block b : blocks(source)) {
                float above = lines.isEmpty() ? 0 : PARA_GAP;
                switch (b.kind()) {
                    case "title" -> {
                        for (String l : wrap(font, String.join(" ", b.lines()), TITLE_SIZE, width)) {
                            lines.add(new Out(List.of(l), List.of(MARGIN), TITLE_SIZE, above));
                            above = 2;
                        }
                    }
                    case "table" -> lines.addAll(tableLines(font, b.lines(), width, above));
                    default -> {
                        for (String para : flow(b.lines())) {
                            float w = width;
                            List<String> wrapped = wrap(font, para, SIZE, w);
                            int at = splitFigure == null || breakAfter >= 0 ? -1 : para.indexOf(splitFigure);
                            int splitLine = -1;
                            if (at >= 0) {
                                for (float d = 0; d <= 40 && splitLine < 0; d += 0.25f) {
                                    wrapped = wrap(font, para, SIZE, width - d);
                                    int pos = 0;
                                    for (int i = 0; i < wrapped.size() - 1; i++) {
                                        pos += wrapped.get(i).length() + (chinese(para) ? 0 : 1);
                                        if (pos > at && pos < at + splitFigure.length()) splitLine = i;
                                    }
                                }
                                if (splitLine < 0) throw new IllegalStateException("cannot split " + splitFigure + " in " + wrap(font, para, SIZE, width));
                            }
                            for (int i = 0; i < wrapped.size(); i++) {
                                lines.add(new Out(List.of(wrapped.get(i)), List.of(MARGIN), SIZE, above));
                                above = 0;
                                if (i == splitLine) breakAfter = lines.size() - 1;
                            }
                            above = 0;
                        }
                    }
                }
            }
            // pages: fill to the bottom margin; the page also ends after the line that splits the figure
            List<List<Out>> pages = new ArrayList<>();
            List<Out> page = new ArrayList<>();
            float y = 0;
            for (int i = 0; i < lines.size(); i++) {
                Out l = lines.get(i);
                float h = l.above() + LEADING * l.size() / SIZE;
                if (!page.isEmpty() && y + h > PAGE_H - TOP - BOTTOM) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = 0;
                }
                page.add(l);
                y += h;
                if (i == breakAfter) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = 0;
                }
            }
            if (!page.isEmpty()) pages.add(page);
            for (int p = 0; p < pages.size(); p++) {
                PDPage pg = new PDPage(PDRectangle.A4);
                doc.addPage(pg);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
                    float top = PAGE_H - TOP;
                    boolean firstOnPage = true;
                    for (Out l : pages.get(p)) {
                        top -= (firstOnPage ? 0 : l.above()) + LEADING * l.size() / SIZE;
                        firstOnPage = false;
                        for (int k = 0; k < l.texts().size(); k++) {
                            if (l.texts().get(k).isEmpty()) continue;
                            cs.beginText();
                            cs.setFont(font, l.size());
                            cs.newLineAtOffset(l.xs().get(k), top);
                            cs.showText(l.texts().get(k));
                            cs.endText();
                        }
                    }
                    String num = "- " + (p + 1) + " -";
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(PAGE_W / 2 - width(font, num, 9) / 2, BOTTOM / 2);
                    cs.showText(num);
                    cs.endText();
                }
            }
            fixedId(doc, source);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The same source gives the same bytes: the file identifier comes from the text, not the clock. */
    private static void fixedId(PDDocument doc, String source) {
        byte[] id;
        try {
            id = java.security.MessageDigest.getInstance("MD5").digest(source.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    /**
     * The paragraphs of a block as a PDF sets them: a hard-wrapped line runs on into the next (nothing between in
     * Chinese, a space in English) unless it ends a sentence or the next starts a list item.
     */
    private static List<String> flow(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String last = "";
        for (String l : lines) {
            boolean item = l.startsWith("- ");
            // a short line (a heading, a speaker's name) was never wrapped: it stays a line of its own
            boolean wrapped = last.strip().length() >= (chinese(last) ? 25 : 50);
            if (cur.length() > 0 && (item || !wrapped || cur.toString().matches("(?s).*[。！？.!?:：」”\"]$"))) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            // joined without a space in Chinese, except between two Latin words or figures (Model | S/X)
            if (cur.length() > 0 && (!chinese(cur.toString() + l)
                    || isWordChar(cur.charAt(cur.length() - 1)) && !l.isEmpty() && isWordChar(l.strip().charAt(0)))) {
                cur.append(' ');
            }
            cur.append(l.strip());
            last = l;
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    /** Table rows: the label left, the other cells right-aligned in their columns; a short header row is centred. */
    private static List<Out> tableLines(PDType0Font font, List<String> rows, float width, float above) throws IOException {
        int cols = 0;
        float labelW = 0;
        for (String r : rows) {
            String[] c = r.split("\t", -1);
            cols = Math.max(cols, c.length);
            labelW = Math.max(labelW, width(font, c[0], TABLE_SIZE));
        }
        float colW = 0;
        for (String r : rows) {
            String[] c = r.split("\t", -1);
            if (c.length < cols) continue;
            for (int i = 1; i < c.length; i++) colW = Math.max(colW, width(font, c[i], TABLE_SIZE));
        }
        colW += 24;
        float labelCol = Math.min(labelW + 24, width - (cols - 1) * colW);
        List<Out> out = new ArrayList<>();
        for (String r : rows) {
            String[] c = r.split("\t", -1);
            List<String> texts = new ArrayList<>();
            List<Float> xs = new ArrayList<>();
            texts.add(c[0]);
            xs.add(MARGIN);
            if (c.length < cols) {
                // a super-header over the columns: centred over all of them
                String s = c[c.length - 1];
                float mid = MARGIN + labelCol + (cols - 1) * colW / 2;
                texts.add(s);
                xs.add(mid - width(font, s, TABLE_SIZE) / 2);
            } else {
                for (int i = 1; i < c.length; i++) {
                    float right = MARGIN + labelCol + i * colW;
                    texts.add(c[i]);
                    xs.add(right - width(font, c[i], TABLE_SIZE));
                }
            }
            out.add(new Out(texts, xs, TABLE_SIZE, above));
            above = 2;
        }
        return out;
    }

    private static float width(PDType0Font font, String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static boolean chinese(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) return true;
        return false;
    }

    /** Wraps at any character in Chinese text (as naive CJK layout does, even inside a figure), at spaces otherwise. */
    private static List<String> wrap(PDType0Font font, String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        if (chinese(text)) {
            int start = 0;
            while (start < text.length()) {
                int end = start + 1;
                while (end < text.length() && width(font, text.substring(start, end + 1), size) <= width) end++;
                // CJK layout breaks anywhere, even inside a figure, but not inside a Latin word
                int e = end;
                while (e < text.length() && e > start + 1 && isLetter(text.charAt(e - 1)) && isLetter(text.charAt(e))) e--;
                if (e > start + 1) end = e;
                out.add(text.substring(start, end));
                start = end;
            }
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String next = line.isEmpty() ? w : line + " " + w;
            if (!line.isEmpty() && width(font, next, size) > width) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    // ---------------------------------------------------------------- broken inputs

    /** A valid PDF cut short at {@code fraction} of its length. */
    static byte[] truncated(byte[] pdf, double fraction) {
        return java.util.Arrays.copyOf(pdf, (int) (pdf.length * fraction));
    }

    /** A one-page PDF with a line of text, encrypted with a user password (a standard font: no font file needed). */
    static byte[] encrypted() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage pg = new PDPage(PDRectangle.A4);
            doc.addPage(pg);
            try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Revenue was $318.6 million, up 9.2% year over year.");
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose only page is a picture (a scan): no text layer. */
    static byte[] imageOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage pg = new PDPage(PDRectangle.A4);
            doc.addPage(pg);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.fillRect(10, 10, 180, 20);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
                cs.drawImage(x, 72, 600, 400, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Bytes that are no document at all, the same every time. */
    static byte[] junk(int n) {
        byte[] b = new byte[n];
        new java.util.Random(42).nextBytes(b);
        return b;
    }

    static final String BROKEN_HTML = "<html><head><title>蓝山科技</title></head><body><div class=\"article\"><p>蓝山科技第二季度营收1,284.6亿元，"
            + "同比增长14%。</p><p>毛利为597.3亿元<table><tr><td>收入<td>128,460";

    /** Writes the committed fixtures: each sample and table-only release as .txt, .html and .pdf. */
    static void writeAll(Path samples, Path forms) throws IOException {
        Files.createDirectories(forms);
        record Form(Path source, boolean chinese, String split) {
        }
        Path src = forms.resolve("source");
        List<Form> all = List.of(
                new Form(samples.resolve("lanshan-2025q2-zh.txt"), true, "238.0亿元"),
                new Form(samples.resolve("harbor-2025q3-en.txt"), false, "Gross margin expanded"),
                new Form(src.resolve("yunfan-2025q1-zh-table.txt"), true, null),
                new Form(src.resolve("northwind-2025q1-en-table.txt"), false, null));
        for (Form f : all) {
            String text = Files.readString(f.source(), StandardCharsets.UTF_8);
            String base = f.source().getFileName().toString().replaceFirst("\\.txt$", "");
            Files.writeString(forms.resolve(base + ".html"), html(text, f.chinese()), StandardCharsets.UTF_8);
            Files.write(forms.resolve(base + ".pdf"), pdf(text, f.split()));
        }
    }

    /**
     * {@code FormFixtures} [SAMPLES FORMS] rewrites the committed fixtures; {@code FormFixtures render OUTDIR FILE...}
     * renders any text files to NAME.html and NAME.pdf in OUTDIR (for measuring, e.g. on the dev corpus, never committed).
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("render")) {
            Path out = Files.createDirectories(Path.of(args[1]));
            for (int i = 2; i < args.length; i++) {
                Path f = Path.of(args[i]);
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String base = f.getFileName().toString().replaceFirst("\\.txt$", "");
                Files.writeString(out.resolve(base + ".html"), html(text, chinese(text)), StandardCharsets.UTF_8);
                Files.write(out.resolve(base + ".pdf"), pdf(text, null));
            }
            return;
        }
        writeAll(Path.of(args.length > 0 ? args[0] : "../samples"), Path.of(args.length > 1 ? args[1] : "src/test/resources/forms"));
    }

    static File font() {
        return FONT.toFile();
    }
}
