package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ingest cannot read is counted as failed with its reason, stored nowhere, and tried again by the next run:
 * random bytes, a broken PDF, a file of white space, a file over the size limit. A stray NUL is read as a space.
 */
class IngestFailuresTest {
    @TempDir
    Path dir;

    @Test
    void unreadableEmptyAndOversizedInputsAreFailuresAndAreRetried() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        Files.write(in.resolve("random.txt"), random);
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << >> endobj\n");
        Files.writeString(in.resolve("blank.txt"), " \n\t\n");
        Files.write(in.resolve("huge.txt"), new byte[(int) Admission.MAX_BYTES + 1]);
        Files.writeString(in.resolve("nul.txt"), "Acme Widgets revenue was $12.4 million in the third quarter of 2025.\u0000\n");
        try (Library lib = Library.open(dir.resolve("store"))) {
            IngestReport r = lib.ingest(List.of(in.toString()), IngestOptions.defaults());
            assertThat(r.stored()).as(String.join("\n", r.failures())).isEqualTo(1);
            assertThat(r.failed()).isEqualTo(4);
            assertThat(String.join("\n", r.failures())).contains("random.txt: binary data", "broken.pdf", "blank.txt: no text",
                    "huge.txt: " + (Admission.MAX_BYTES + 1) + " bytes, more than the limit");
            assertThat(lib.documents()).hasSize(1);
            IngestReport again = lib.ingest(List.of(in.toString()), IngestOptions.defaults());
            assertThat(again.failed()).as("failures are tried again").isEqualTo(4);
            assertThat(again.skipped()).isEqualTo(1);
        }
    }

    @Test
    void storeRefusesADocumentWithoutText() {
        try (Library lib = Library.open(dir)) {
            assertThatThrownBy(() -> lib.store("x.pdf", "%PDF-1.4\ntruncated".getBytes(StandardCharsets.US_ASCII), false))
                    .isInstanceOfSatisfying(Admission.RefusedException.class,
                            e -> assertThat(e.refused().reason()).isEqualTo(Admission.Reason.UNREADABLE));
            assertThat(lib.documents()).isEmpty();
        }
    }

    @Test
    void aDocxWhoseTextExpandsPastTheBoundIsTooLargeNotBroken() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zipped)) {
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] line = "Revenue was 1.0 million. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n <= 65L << 20; n += line.length) z.write(line);
            z.closeEntry();
        }
        try (Library lib = Library.open(dir)) {
            assertThatThrownBy(() -> lib.store("bomb.docx", zipped.toByteArray(), false))
                    .isInstanceOfSatisfying(Admission.RefusedException.class, e -> {
                        assertThat(e.refused().reason()).isEqualTo(Admission.Reason.TOO_LARGE);
                        assertThat(e.getMessage()).startsWith("bomb.docx: the DOCX document is too large").doesNotContain("broken");
                    });
            assertThat(lib.documents()).isEmpty();
        }
    }
}
