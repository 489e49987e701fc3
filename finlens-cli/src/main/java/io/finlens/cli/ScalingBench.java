package io.finlens.cli;

import io.finlens.analysis.Finlens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Linear time, shown: each input shape is made at 1x, 10x and 100x a base size from the same unit, and the time per
 * char at each size is printed with its ratio to the 1x time per char (the slice). A stage that looks further than a
 * bounded neighbourhood of a figure, or merges figures pairwise, shows here as a ratio growing with the size.
 */
final class ScalingBench {
    /** One input shape: a name, the file name its bytes are read as, and its bytes at n units. */
    record Shape(String name, String file, IntFunction<byte[]> make) {
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("dense figures, one line", "dense.txt",
                    n -> utf8("营收为1,234.5亿元,同比增长13%;".repeat(n))),
            new Shape("dense figures, sentences", "sentences.txt",
                    n -> utf8("公司第三季度营收为1,234.5亿元，同比增长13%，环比增长2.1%。\n".repeat(n))),
            new Shape("long English line", "line.txt",
                    n -> utf8("Revenue was $12.3 billion, up 8% year over year, and operating margin was 21.4%; ".repeat(n))),
            new Shape("repeated cues", "cues.txt",
                    n -> utf8("同比增长，分别，respectively, compared with the prior year, 环比下降，".repeat(n))),
            new Shape("Chinese numerals", "numerals.txt",
                    n -> utf8("收入一千二百三十四亿五千六百万元，增长百分之十三点五。".repeat(n))),
            new Shape("deep HTML", "deep.html", ScalingBench::deepHtml),
            new Shape("many-page PDF", "pages.pdf", ScalingBench::pdf));

    private final PrintWriter out;

    ScalingBench(PrintWriter out) {
        this.out = out;
    }

    /** Runs every shape at base, 10x base and 100x base units; returns 0. */
    int run(int base) {
        Finlens finlens = new Finlens();
        out.printf("bench --scaling: time per char at 1x, 10x, 100x of %d units of each shape (ratio to 1x)%n", base);
        // warm-up: every shape once at 10x, so the first shape measured does not pay for the compiler
        for (Shape s : SHAPES) finlens.analyze(s.file(), s.make().apply(base * 10));
        for (Shape s : SHAPES) {
            double perChar1 = 0;
            StringBuilder line = new StringBuilder(String.format("%-26s", s.name()));
            for (int mult : new int[] {1, 10, 100}) {
                byte[] bytes = s.make().apply(base * mult);
                if (mult == 1) for (int i = 0; i < 5; i++) finlens.analyze(s.file(), bytes);
                long chars = finlens.analyze(s.file(), bytes).text().length();
                int reps = 0;
                long t0 = System.nanoTime();
                long t;
                do {
                    finlens.analyze(s.file(), bytes);
                    reps++;
                    t = System.nanoTime() - t0;
                } while (t < 300_000_000L && reps < 50);
                double perChar = t / (double) reps / Math.max(1, chars);
                if (mult == 1) perChar1 = perChar;
                line.append(String.format("  %3dx %,9d chars %8.3f s %7.1f ns/char (%4.2f)", mult, chars,
                        t / 1e9 / reps, perChar, perChar / perChar1));
            }
            out.println(line);
            out.flush();
        }
        return 0;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Figures inside n nested elements (a div per level, a paragraph of figures every tenth level). */
    private static byte[] deepHtml(int n) {
        StringBuilder b = new StringBuilder("<html><body>");
        for (int i = 0; i < n; i++) {
            b.append("<div>");
            if (i % 10 == 0) b.append("<p>Revenue was $12.3 billion, up 8% year over year.</p>");
        }
        b.append("</div>".repeat(n)).append("</body></html>");
        return utf8(b.toString());
    }

    /** n pages, each a heading and a few lines of figures. */
    private static byte[] pdf(int n) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < n; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.beginText();
                    c.setFont(font, 11);
                    c.newLineAtOffset(72, 700);
                    c.showText("Segment results, page " + (p + 1));
                    for (String l : List.of("Revenue was $12.3 billion, up 8% year over year.",
                            "Operating income was $2.1 billion, up 5%.", "Free cash flow was $1.4 billion.")) {
                        c.newLineAtOffset(0, -16);
                        c.showText(l);
                    }
                    c.endText();
                }
            }
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
