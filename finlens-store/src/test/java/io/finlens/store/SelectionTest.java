package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files a folder walk takes: documents by extension, never hidden files, notes files only when asked for. */
class SelectionTest {
    @ParameterizedTest(name = "{0} notes: {1}")
    @CsvSource({
            "README.md, true", "readme.txt, true", "NOTES.md, true", "REVIEW-en.md, true", "SOURCES.md, true", "CONTRIBUTING.md, true",
            "LICENSE, true", "CHANGELOG.md, true", "todo.txt, true", "notes-2025.txt, true",
            "tencent-2025q1-zh.txt, false", "article.md, false", "AAPL-2024q3.txt, false", "Q3 review.md, false", "NVDA.pdf, false",
    })
    void notesFilesAreNamedSo(String name, boolean notes) {
        assertThat(Selection.isNotes(name)).isEqualTo(notes);
    }

    @Test
    void defaultsIncludesExcludesAndNotes() {
        Selection d = Selection.documents();
        assertThat(d.takes(Path.of("a.txt"))).isTrue();
        assertThat(d.takes(Path.of("sub/a.pdf"))).isTrue();
        assertThat(d.takes(Path.of("a.gold.json"))).as("not a document's extension").isFalse();
        assertThat(d.takes(Path.of("NOTES.md"))).isFalse();
        assertThat(d.takes(Path.of(".draft.txt"))).isFalse();
        assertThat(d.takes(Path.of(".git/a.txt"))).as("under a hidden folder").isFalse();
        Selection notes = new Selection(List.of(), List.of(), true);
        assertThat(notes.takes(Path.of("NOTES.md"))).isTrue();
        Selection ex = new Selection(List.of(), List.of("drafts/**", "*-en.txt"), false);
        assertThat(ex.takes(Path.of("drafts/x/a.txt"))).isFalse();
        assertThat(ex.takes(Path.of("sub/b-en.txt"))).as("a name pattern matches in any folder").isFalse();
        assertThat(ex.takes(Path.of("sub/b-zh.txt"))).isTrue();
        Selection in = new Selection(List.of("*-zh.txt", "NOTES.md"), List.of(), false);
        assertThat(in.takes(Path.of("sub/b-zh.txt"))).isTrue();
        assertThat(in.takes(Path.of("b-en.txt"))).isFalse();
        assertThat(in.takes(Path.of("NOTES.md"))).as("notes only with notes").isFalse();
        assertThat(new Selection(List.of("NOTES.md"), List.of(), true).takes(Path.of("NOTES.md"))).isTrue();
        assertThatThrownBy(() -> new Selection(List.of("a[b"), List.of(), false)).hasMessageContaining("a[b");
    }
}
