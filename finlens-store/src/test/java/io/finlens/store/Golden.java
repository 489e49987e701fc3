package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden; {@code -Dgolden.update=true} rewrites them for review in the diff. */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path f = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(f)) {
            Files.createDirectories(DIR);
            Files.writeString(f, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden " + f + " (rewrite with -Dgolden.update=true)").isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
    }
}
