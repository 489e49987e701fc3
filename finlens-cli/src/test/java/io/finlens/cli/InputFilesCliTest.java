package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze over HTML, PDF and broken files at once: each broken file is named with what was wrong, the others still run. */
class InputFilesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path forms() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path f = d.resolve("finlens-input/src/test/resources/forms");
            if (Files.isDirectory(f)) return f;
        }
        throw new IllegalStateException("no finlens-input/src/test/resources/forms above " + dir);
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Revenue was $318.6 million.");
                cs.endText();
            }
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void brokenFilesAreNamedAndTheOthersStillAnalyzed() throws Exception {
        Path pdf = Files.copy(forms().resolve("lanshan-2025q2-zh.pdf"), tmp.resolve("lanshan.pdf"));
        Path html = Files.copy(forms().resolve("harbor-2025q3-en.html"), tmp.resolve("harbor.html"));
        Path table = Files.copy(forms().resolve("yunfan-2025q1-zh-table.pdf"), tmp.resolve("yunfan.pdf"));
        Path locked = Files.write(tmp.resolve("locked.pdf"), encryptedPdf());
        byte[] whole = Files.readAllBytes(pdf);
        Path cut = Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 20));
        byte[] junkBytes = new byte[2048];
        new java.util.Random(7).nextBytes(junkBytes);
        Path junk = Files.write(tmp.resolve("junk.bin"), junkBytes);
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");

        CliTest.Run r = CliTest.run("analyze", "--format", "json", "--with-text", "--out", out.toString(), locked.toString(),
                pdf.toString(), junk.toString(), html.toString(), cut.toString(), empty.toString(), table.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("finlens: " + locked + ": the PDF is encrypted");
        assertThat(r.err()).contains("finlens: " + junk + ": binary data");
        assertThat(r.err()).contains("finlens: " + cut + ": the PDF");
        assertThat(r.err()).contains("finlens: " + empty + ": empty file");
        for (String name : new String[] {"lanshan", "harbor", "yunfan"}) {
            Path json = out.resolve(name + ".json");
            assertThat(json).exists();
            JsonNode root = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
            String text = root.get("text").asText();
            int[] cps = text.codePoints().toArray();
            assertThat(root.get("facts").size()).as(name).isGreaterThan(10);
            for (JsonNode f : root.get("facts")) {
                for (JsonNode e : f.get("evidence")) {
                    int s = e.get("start").asInt(), en = e.get("end").asInt();
                    assertThat(e.get("text").asText()).isEqualTo(new String(cps, s, en - s));
                }
            }
        }
        assertThat(out.resolve("locked.json")).doesNotExist();
        assertThat(out.resolve("junk.json")).doesNotExist();
    }
}
