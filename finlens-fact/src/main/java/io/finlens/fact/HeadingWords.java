package io.finlens.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Words of English headings that name no business line ({@code heading-words-en.tsv}): Highlights, Results, Page… */
final class HeadingWords {
    static final Set<String> GENERIC = load();

    private HeadingWords() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = HeadingWords.class.getResourceAsStream("heading-words-en.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource heading-words-en.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int no = 0;
            for (String line; (line = r.readLine()) != null; ) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String w = line.split("\t", -1)[0].strip();
                if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || !out.add(w)) {
                    throw new IllegalStateException("heading-words-en.tsv:" + no + ": not a new lower-case word: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
