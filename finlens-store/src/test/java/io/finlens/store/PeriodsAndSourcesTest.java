package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.model.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsAndSourcesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025Q1, quarter, 2025-03-31, 2024Q1",
            "FY2025Q4, quarter, 2025-12-31, FY2024Q4",
            "2025H1, half, 2025-06-30, 2024H1",
            "2025Q1-Q3, nine_months, 2025-09-30, 2024Q1-Q3",
            "FY2025H1, half, 2025-06-30, FY2024H1",
            "FY2025Q1-Q3, nine_months, 2025-09-30, FY2024Q1-Q3",
            "FY2024, year, 2024-12-31, FY2023",
            "2025-04, month, 2025-04-30, 2024-04",
            "2024-02-29, instant, 2024-02-29, 2023-02-28",
    })
    void contractPeriodsRoundTrip(String id, String kind, String end, String previousYear) {
        Period p = Periods.parse(id);
        assertThat(p.id()).isEqualTo(id);
        assertThat(Periods.kind(p)).isEqualTo(kind);
        assertThat(p.end()).hasToString(end);
        assertThat(p.previousYear().id()).isEqualTo(previousYear);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025Q5", "2025", "Q1 2025", "2025-13", "2025-02-30", ""})
    void notAPeriodFailsNamingIt(String id) {
        assertThatThrownBy(() -> Periods.parse(id)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + id + "'");
    }

    @Test
    void foldersGlobsAndFilesExpandSortedAndMissingOnesAreNamed() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        for (String f : List.of("a/1.txt", "a/b/2.md", "a/README.md", "a/.hidden.txt", "a/b/3.pdf", "a/b/4.png", "x.csv")) {
            Files.writeString(dir.resolve(f), "x");
        }
        Sources.Found folder = Sources.expand(List.of(dir.resolve("a").toString()));
        // documents of every kind the readers take (text, Markdown, HTML, PDF, DOCX); images and hidden files stay out
        assertThat(folder.files()).containsExactly(dir.resolve("a/1.txt"), dir.resolve("a/b/2.md"), dir.resolve("a/b/3.pdf"));
        Sources.Found glob = Sources.expand(List.of(dir + "/a/**/*.md", dir + "/x.csv", dir + "/nope.txt", dir + "/z*/*.txt"));
        // a glob passes over notes files as a folder walk does (README.md); a file named outright is taken (x.csv)
        assertThat(glob.files()).containsExactly(dir.resolve("a/b/2.md"), dir.resolve("x.csv"));
        assertThat(glob.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("nope.txt")).anySatisfy(p -> assertThat(p).contains("z*"));
    }
}
