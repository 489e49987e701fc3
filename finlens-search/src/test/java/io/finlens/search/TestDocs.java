package io.finlens.search;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The invented test documents (docs/*.txt) and the repository's samples, analysed by the real pipeline. */
final class TestDocs {
    static final List<String> NAMES = List.of("xinghe-2025q2-zh.txt", "northwind-2025q3-en.txt", "acme-2025q3-en.txt");
    private static final Finlens FINLENS = new Finlens();
    private static Map<String, Analysis> cache;

    private TestDocs() {
    }

    static synchronized Map<String, Analysis> all() {
        if (cache == null) {
            Map<String, Analysis> m = new LinkedHashMap<>();
            for (String n : NAMES) m.put(n, analyze(n, read(n)));
            Path samples = Path.of("..", "samples");
            try (var files = Files.list(samples)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    m.put(p.getFileName().toString(), analyze(p.toString(), Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                // samples are optional here: the test documents suffice
            }
            cache = m;
        }
        return cache;
    }

    static Analysis analyze(String path, byte[] bytes) {
        return FINLENS.analyze(path, bytes);
    }

    static byte[] read(String name) {
        try (InputStream in = TestDocs.class.getResourceAsStream("docs/" + name)) {
            if (in == null) throw new IllegalStateException("missing test document docs/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        for (Map.Entry<String, Analysis> e : all().entrySet()) out.addAll(Passages.of(e.getKey(), null, e.getValue()));
        return out;
    }

    /** An index of every test document in {@code dir}, committed. */
    static SearchIndex index(Path dir) {
        SearchIndex idx = SearchIndex.open(dir);
        idx.add(passages());
        idx.commit(Map.of("version", "1"));
        return idx;
    }
}
