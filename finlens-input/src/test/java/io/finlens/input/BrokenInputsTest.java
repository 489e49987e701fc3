package io.finlens.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.model.Issue;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Broken inputs give a clear issue naming the file and never an exception; bad arguments fail at once. */
class BrokenInputsTest {
    private static Issue only(ReadDocument d) {
        assertThat(d.issues()).hasSize(1);
        return d.issues().get(0);
    }

    @Test
    void encryptedPdf() throws Exception {
        ReadDocument d = DocumentReader.read("locked.pdf", FormFixtures.encrypted());
        assertThat(d.kind()).isEqualTo("pdf");
        assertThat(d.text()).isEmpty();
        Issue i = only(d);
        assertThat(i.code()).isEqualTo("input.pdf-encrypted");
        assertThat(i.message()).startsWith("locked.pdf: ").contains("password");
    }

    @Test
    void imageOnlyPdf() throws Exception {
        ReadDocument d = DocumentReader.read("scan.pdf", FormFixtures.imageOnly());
        assertThat(d.text()).isEmpty();
        Issue i = only(d);
        assertThat(i.code()).isEqualTo("input.pdf-no-text");
        assertThat(i.message()).startsWith("scan.pdf: ").contains("1 page(s)").contains("image");
    }

    @Test
    void truncatedPdfKeepsWhatCanBeReadOrSaysWhy() throws Exception {
        byte[] whole = InputCasesTest.fixture("lanshan-2025q2-zh.pdf");
        for (double f : new double[] {0.05, 0.3, 0.6, 0.9, 0.99}) {
            ReadDocument d = DocumentReader.read("cut.pdf", FormFixtures.truncated(whole, f));
            assertThat(d.kind()).isEqualTo("pdf");
            assertThat(d.issues()).as("cut at %s", f).isNotEmpty();
            assertThat(d.issues()).allSatisfy(i -> {
                assertThat(i.code()).startsWith("input.pdf-");
                assertThat(i.message()).startsWith("cut.pdf: ");
            });
        }
    }

    @Test
    void binaryJunk() {
        ReadDocument d = DocumentReader.read("junk.bin", FormFixtures.junk(4096));
        assertThat(d.text()).isEmpty();
        Issue i = only(d);
        assertThat(i.code()).isEqualTo("input.binary");
        assertThat(i.message()).startsWith("junk.bin: ");
    }

    @Test
    void aStrayNulInReadableTextIsReadAsASpaceWithAnIssue() {
        String text = "Revenue was $12.4 million.\u0000 Net income was $1.1 million.\n";
        ReadDocument d = DocumentReader.read("nul.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(text.replace('\u0000', ' '));
        Issue i = only(d);
        assertThat(i.code()).isEqualTo("text.nul-bytes");
        assertThat(i.span().start()).isEqualTo(text.indexOf('\u0000'));
    }

    /** A page's content stream overwritten in its middle: PDFBox keeps what decodes and says nothing; the reader says so. */
    @Test
    void aDamagedContentStreamIsAnIssueNotASilentLoss() throws Exception {
        byte[] pdf;
        try (java.io.InputStream in = BrokenInputsTest.class.getResourceAsStream("/forms/harbor-2025q3-en.pdf")) {
            pdf = in.readAllBytes();
        }
        ReadDocument whole = DocumentReader.read("harbor.pdf", pdf);
        assertThat(whole.issues()).isEmpty();
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int streams = 0;
        for (int at = latin.indexOf("stream"); at >= 0; at = latin.indexOf("stream", at + 1)) {
            if (at >= 3 && latin.startsWith("end", at - 3)) continue;
            int start = at + "stream".length();
            while (start < latin.length() && (latin.charAt(start) == '\r' || latin.charAt(start) == '\n')) start++;
            int end = latin.indexOf("endstream", start);
            if (end < 0 || end - start < 1000) continue;
            byte[] damaged = pdf.clone();
            java.util.Arrays.fill(damaged, (start + end) / 2, (start + end) / 2 + 64, (byte) 'Z');
            ReadDocument d = DocumentReader.read("harbor.pdf", damaged);
            if (d.text().equals(whole.text())) continue;
            assertThat(d.issues()).as("text changed, so an issue says why").extracting(Issue::code)
                    .containsAnyOf("input.pdf-page-damaged", "input.pdf-stream-damaged");
            if (d.text().length() < whole.text().length() && d.issues().get(0).code().equals("input.pdf-page-damaged")) {
                assertThat(d.issues().get(0).message()).startsWith("harbor.pdf: page ").contains("damaged");
                streams++;
            }
        }
        assertThat(streams).as("page contents of 1,000 bytes or more damaged in turn, text lost and said").isPositive();
    }

    @Test
    void emptyFile() {
        ReadDocument d = DocumentReader.read("empty.txt", new byte[0]);
        assertThat(d.kind()).isEqualTo("text");
        assertThat(only(d).code()).isEqualTo("input.empty");
        assertThat(only(d).message()).isEqualTo("empty.txt: empty file");
    }

    @Test
    void brokenDocx() {
        byte[] b = "PK\u0003\u0004\u0014\u0000word/document.xml and then nothing".getBytes(StandardCharsets.ISO_8859_1);
        ReadDocument d = DocumentReader.read("broken.docx", b);
        assertThat(d.kind()).isEqualTo("docx");
        assertThat(d.issues()).extracting(Issue::code).containsAnyOf("input.docx-broken", "input.docx-no-text");
        assertThat(d.issues().get(0).message()).startsWith("broken.docx: ");
    }

    @Test
    void utf16TextIsNotBinary() {
        byte[] b = "\uFEFF营收为1,284.6亿元".getBytes(StandardCharsets.UTF_16BE);
        ReadDocument d = DocumentReader.read("u16.txt", b);
        assertThat(d.issues()).isEmpty();
        assertThat(d.text()).isEqualTo("营收为1,284.6亿元");
    }

    @Test
    void strictWithProgrammers() {
        assertThatThrownBy(() -> DocumentReader.read(null, new byte[0])).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> DocumentReader.read("a.txt", null)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
        assertThatThrownBy(() -> new ReadDocument("a", "rtf", "", "UTF-8", java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rtf");
    }

    @Property(tries = 200)
    void anyBytesNeverThrow(@ForAll byte[] bytes) {
        ReadDocument d = DocumentReader.read("random", bytes);
        assertThat(ReadDocument.KINDS).contains(d.kind());
    }

    @Property(tries = 40)
    void anyCutOfAFixtureNeverThrows(@ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 0, max = 1000) int permille)
            throws Exception {
        String[] names = {"lanshan-2025q2-zh.pdf", "harbor-2025q3-en.html", "northwind-2025q1-en-table.pdf", "yunfan-2025q1-zh-table.html"};
        byte[] whole = InputCasesTest.fixture(names[which]);
        ReadDocument d = DocumentReader.read(names[which], FormFixtures.truncated(whole, permille / 1000.0));
        assertThat(d.text()).isNotNull();
    }
}
