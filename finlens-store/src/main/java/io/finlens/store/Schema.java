package io.finlens.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's schema, versioned: {@code migrations/V<n>.sql} beside this class, applied in order on open, each in
 * its own transaction together with the new version number in {@code meta}. A store newer than this code is refused.
 */
final class Schema {
    /** The version this code writes and reads. */
    static final int VERSION = 4;

    private Schema() {
    }

    /** Brings the database to {@link #VERSION}; returns the version found before (0 for a new store). */
    static int migrate(Connection c) throws SQLException {
        int found;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                found = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
            }
        }
        if (found > VERSION) {
            throw new IllegalStateException("the store has schema version " + found + ", newer than this finlens (" + VERSION + "); upgrade finlens");
        }
        for (int v = found + 1; v <= VERSION; v++) {
            int version = v;
            Transaction.run(c, () -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(version)) s.execute(sql);
                    s.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + version + "')");
                }
            });
        }
        return found;
    }

    /** The statements of one migration: the file split at semicolons that end a line; {@code --} comments dropped. */
    static List<String> statements(int version) {
        String name = "migrations/V" + version + ".sql";
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int dash = line.indexOf("--");
                sql.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
            }
            List<String> out = new ArrayList<>();
            for (String part : sql.toString().split(";\\s*\n")) {
                if (!part.isBlank()) out.add(part.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
