package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest takes what analyze takes: documents, not binary junk, not a folder's notes unless asked; --include and --exclude. */
class IngestSelectionTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    Path folder;

    static String article(String company, String figure) {
        return company + " Reports Second Quarter 2025 Results\n\n" + company + " today reported revenue for the second quarter of 2025 of $"
                + figure + " million, up 8% year over year.\n";
    }

    @BeforeEach
    void folder() throws Exception {
        folder = tmp.resolve("corpus");
        Files.createDirectories(folder.resolve("drafts"));
        Files.writeString(folder.resolve("alder-2025q2-en.txt"), article("Alder Tools", "120.5"));
        Files.writeString(folder.resolve("birch-2025q2-en.md"), article("Birch Mills", "88.2"));
        Files.writeString(folder.resolve("drafts/cedar-2025q2-en.txt"), article("Cedar Works", "45.1"));
        Files.writeString(folder.resolve("NOTES.md"), article("Notes Corp", "1.0"));
        Files.writeString(folder.resolve("REVIEW-en.md"), article("Review Corp", "2.0"));
        Files.writeString(folder.resolve(".hidden.txt"), article("Hidden Corp", "3.0"));
        byte[] junk = new byte[4096];
        new java.util.Random(17).nextBytes(junk);
        Files.write(folder.resolve("scan.pdf"), junk);
    }

    /** The names stored by an ingest with these options, and the run's result. */
    List<String> stored(CliTest.Run r, Path data) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode d : JSON.readTree(CliTest.run("facts", "--data", data.toString(), "--format", "json").out())) {
            String n = Path.of(d.path("document").asText()).getFileName().toString();
            if (!names.contains(n)) names.add(n);
        }
        names.sort(null);
        return names;
    }

    CliTest.Run ingest(Path data, String... options) {
        List<String> a = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--no-progress"));
        a.addAll(List.of(options));
        a.add(folder.toString());
        return CliTest.run(a.toArray(String[]::new));
    }

    @Test
    void aFolderGivesItsDocumentsNotItsNotesAndJunkIsRefusedWithAMessage() throws Exception {
        Path data = tmp.resolve("d1");
        CliTest.Run r = ingest(data);
        assertThat(r.code()).as("the junk PDF fails the run").isEqualTo(1);
        assertThat(r.err()).contains("scan.pdf: binary data, not text, HTML, PDF or DOCX");
        assertThat(stored(r, data)).containsExactly("alder-2025q2-en.txt", "birch-2025q2-en.md", "cedar-2025q2-en.txt");
    }

    @Test
    void excludeIncludeAndNotesOnRequest() throws Exception {
        Path d2 = tmp.resolve("d2");
        CliTest.Run r = ingest(d2, "--exclude", "drafts/**", "--exclude", "*.pdf");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(stored(r, d2)).containsExactly("alder-2025q2-en.txt", "birch-2025q2-en.md");
        Path d3 = tmp.resolve("d3");
        assertThat(stored(ingest(d3, "--include", "*.md"), d3)).containsExactly("birch-2025q2-en.md");
        Path d4 = tmp.resolve("d4");
        assertThat(stored(ingest(d4, "--include-notes", "--exclude", "*.pdf"), d4))
                .containsExactly("NOTES.md", "REVIEW-en.md", "alder-2025q2-en.txt", "birch-2025q2-en.md", "cedar-2025q2-en.txt");
        CliTest.Run bad = ingest(tmp.resolve("d5"), "--include", "a[b");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a glob pattern: 'a[b'").doesNotContain("\tat ");
    }
}
