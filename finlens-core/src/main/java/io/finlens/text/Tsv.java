package io.finlens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon: a UTF-8 TSV resource beside the class that loads it, {@code #} comments, blank lines
 * ignored. Rows are checked at load: a wrong column count fails with {@code file:line}.
 */
public final class Tsv {
    private Tsv() {
    }

    /** One data row with its origin, for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String get(int i) {
            return cells.get(i);
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    /**
     * Loads {@code name} relative to {@code owner}'s package. Each row must have between {@code minCols} and
     * {@code maxCols} tab-separated cells; a header row is written as a {@code #} comment.
     */
    public static List<Row> load(Class<?> owner, String name, int minCols, int maxCols) {
        String file = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("lexicon not found on the classpath: " + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cells = List.of(line.split("\t", -1));
                Row row = new Row(file, n, cells);
                if (cells.size() < minCols || cells.size() > maxCols) {
                    throw row.error("expected " + minCols + (maxCols != minCols ? ".." + maxCols : "") + " columns, found "
                            + cells.size() + ": " + line);
                }
                for (String c : cells) {
                    if (!c.equals(c.strip())) throw row.error("cell has leading or trailing spaces: '" + c + "'");
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
    }
}
