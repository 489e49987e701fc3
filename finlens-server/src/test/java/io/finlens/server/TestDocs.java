package io.finlens.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The invented documents the store-backed tests keep: the two samples and the test documents under docs/. */
final class TestDocs {
    private TestDocs() {
    }

    static List<Path> all() {
        List<Path> out = new ArrayList<>(List.of(Http.sample("lanshan-2025q2-zh.txt"), Http.sample("harbor-2025q3-en.txt")));
        try (Stream<Path> s = Files.list(Path.of(TestDocs.class.getResource("/docs").toURI()))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
