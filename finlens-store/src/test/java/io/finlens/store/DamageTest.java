package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.search.SearchQuery;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged search index is found by the doctor (Lucene CheckIndex) and rebuilt from the database on the next open,
 * which says so; a damaged database is a finding with a readable message, never a stack trace.
 */
class DamageTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedIndexSegmentIsFoundAndRebuiltOnOpen() throws Exception {
        long passages;
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of(LibraryTest.ZH.toString(), LibraryTest.EN.toString()), IngestOptions.defaults());
            passages = lib.searchIndex().count();
            assertThat(lib.rebuiltOnOpen()).as("a new store's empty index is not a rebuild").isEqualTo(-1);
        }
        assertThat(Doctor.check(dir)).allSatisfy(f -> assertThat(f.status()).as(f.toString()).isEqualTo("ok"));
        Path biggest;
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            biggest = files.max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        List<Doctor.Finding> found = Doctor.check(dir);
        assertThat(found).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo("fail");
            assertThat(f.what()).isEqualTo("search index");
            assertThat(f.detail()).contains("reindex");
        });
        try (Library lib = Library.open(dir)) {
            assertThat(lib.notices()).hasSize(2);
            assertThat(lib.notices().get(0)).contains("was damaged").contains("rebuilt from the database");
            assertThat(lib.notices().get(1)).isEqualTo("search index rebuilt: 2 documents");
            assertThat(lib.rebuiltOnOpen()).as("finlens reindex does not build it a second time").isEqualTo(2);
            assertThat(lib.searchIndex().count()).isEqualTo(passages);
            assertThat(lib.search(SearchQuery.of("revenue")).total()).isPositive();
        }
        assertThat(Doctor.check(dir)).allSatisfy(f -> assertThat(f.status()).as(f.toString()).isEqualTo("ok"));
    }

    @Test
    void aTruncatedDatabaseIsAFindingAndAReadableError() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of(LibraryTest.ZH.toString()), IngestOptions.defaults());
        }
        Path db = dir.resolve(Library.DATABASE);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertThat(Doctor.check(dir)).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo("fail");
            assertThat(f.detail()).contains("cannot be read");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Library.open(dir))
                .isInstanceOf(StoreException.class).hasMessageContaining("finlens doctor --data");
    }
}
