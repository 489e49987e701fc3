package io.finlens.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A small corpus written for these tests (invented companies and figures): zh, en, HTML, PDF, and files that cannot be read. */
final class TestCorpus {
    static final String ZH = """
            青石科技第二季度收入86.4亿元 同比增长15%

            2025年8月20日，青石科技控股有限公司（以下简称“青石”）公布截至2025年6月30日止三个月的未经审核业绩。第二季度总收入为86.4亿元，同比增长15%，去年同期为75.1亿元。毛利率为41.2%，经营利润为12.3亿元，同比增长20%。

            分业务看，云业务收入为30.2亿元，同比增长31%；广告业务收入为56.2亿元，同比增长8%。

            业绩指引方面，青石预计第三季度收入为90亿元至93亿元。

            业绩电话会议摘录

            中金分析师赵磊：谢谢管理层。云业务的增长能否在下半年延续？

            总裁孙悦：谢谢赵磊。第二季度云业务收入为30.2亿元，同比增长31%，我们预计下半年仍会保持较快增长。
            """;

    static final String EN = """
            Northgate Robotics Reports Third Quarter 2025 Results

            Northgate Robotics Inc. today reported revenue of $412.5 million for the third quarter of 2025, up 11% year over year. Net income was $38.2 million, or $0.91 per diluted share. Operating cash flow was $55.0 million.

            For the fourth quarter of 2025, Northgate Robotics expects revenue between $420 million and $435 million.
            """;

    static final String HTML = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Pinecrest Foods posts record quarter</title></head>
            <body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
            <article><h1>Pinecrest Foods posts record quarter</h1>
            <p>Pinecrest Foods Corp. said on Tuesday that revenue for the second quarter of 2025 rose 7% from a year earlier to $1.28 billion.</p>
            <p>Gross margin was 33.5%, and net income was $96.4 million.</p></article>
            <aside class="related">Related: five snacks to try</aside></body></html>
            """;

    static final List<String> PDF_LINES = List.of("Lakeview Mining Second Quarter 2025 Results",
            "Lakeview Mining Ltd. reported revenue of $640.2 million for the second quarter of 2025, up 5% year over year.",
            "Net income was $71.8 million. Free cash flow was $48.3 million.");

    private TestCorpus() {
    }

    /** Writes the corpus into {@code dir}; the same content twice (en.txt and more/en-again.txt), two files that cannot be read, a file of no bytes and a README, passed over. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("zh.txt"), ZH, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("en.txt"), EN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("more/en-again.txt"), EN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("page.html"), HTML, StandardCharsets.UTF_8);
        Files.write(dir.resolve("release.pdf"), pdf(PDF_LINES));
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        Files.write(dir.resolve("broken.pdf"), junk);
        Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("README.md"), "not a document: a folder walk passes it over\n");
    }

    /** The files that are documents (what analyze reads), relative names. */
    static final List<String> DOCUMENTS = List.of("zh.txt", "en.txt", "page.html", "release.pdf");

    /** The files that cannot be read, with the reason the job gives (a file of no bytes is passed over by Spark's file source). */
    static final List<List<String>> ISSUES = List.of(List.of("broken.pdf", "unreadable"), List.of("blank.txt", "empty"));

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 720);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.setDocumentId(1L);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
