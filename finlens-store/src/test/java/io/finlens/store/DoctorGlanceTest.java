package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finlens doctor} without {@code --data}: the default store's path and schema version at a glance, read
 * without changing the store (a store not created yet stays uncreated; one in use by another process is a warning).
 */
class DoctorGlanceTest {
    @TempDir
    Path dir;

    @Test
    void aStoreNotCreatedYetIsFineAndStaysUncreated() {
        Doctor.Finding f = Doctor.glance(dir.resolve("none"));
        assertThat(f.status()).isEqualTo("ok");
        assertThat(f.what()).isEqualTo("store");
        assertThat(f.detail()).startsWith(dir.resolve("none").toString()).contains("not created yet").contains("schema version " + Schema.VERSION);
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aStoreSaysItsSchemaVersionAndDocuments() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of(LibraryTest.ZH.toString()), IngestOptions.defaults());
        }
        long size = Files.size(dir.resolve(Library.DATABASE));
        Doctor.Finding f = Doctor.glance(dir);
        assertThat(f.status()).as(f.detail()).isEqualTo("ok");
        assertThat(f.detail()).isEqualTo(dir + ": schema version " + Schema.VERSION + " (as this finlens), 1 documents"
                + " (check every block: finlens doctor --data " + dir + ")");
        assertThat(Files.size(dir.resolve(Library.DATABASE))).isEqualTo(size);
    }

    @Test
    void anOlderSchemaIsAWarningAndANewerOneAFailure() throws Exception {
        try (Library lib = Library.open(dir)) {
            assertThat(lib.schemaVersion()).isEqualTo(Schema.VERSION);
        }
        setVersion(Schema.VERSION - 1);
        Doctor.Finding older = Doctor.glance(dir);
        assertThat(older.status()).isEqualTo("warn");
        assertThat(older.detail()).contains("schema version " + (Schema.VERSION - 1)).contains("the next open migrates it");
        setVersion(99);
        Doctor.Finding newer = Doctor.glance(dir);
        assertThat(newer.status()).isEqualTo("fail");
        assertThat(newer.detail()).contains("schema version 99 is newer than this finlens").contains("upgrade finlens");
    }

    @Test
    void aStoreInUseByAnotherProcessIsAWarning() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.ingest(List.of(LibraryTest.ZH.toString()), IngestOptions.defaults());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), DoctorGlanceTest.class.getName() + "$Hold",
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new String(holder.getInputStream().readNBytes(5), StandardCharsets.UTF_8);
            assertThat(line).as("the other process opened the store").isEqualTo("open\n");
            Doctor.Finding f = Doctor.glance(dir);
            assertThat(f.status()).as(f.detail()).isEqualTo("warn");
            assertThat(f.detail()).contains("in use by another finlens process");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The other process: opens the store, says so, and holds it until killed. */
    static final class Hold {
        public static void main(String[] args) throws Exception {
            Library lib = Library.open(Path.of(args[0]));
            try {
                System.out.print("open\n");
                System.out.flush();
                Thread.sleep(120_000);
            } finally {
                lib.close();
            }
        }
    }

    private void setVersion(int v) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Library.DATABASE)); Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '" + v + "' WHERE key = 'schema_version'");
        }
    }
}
