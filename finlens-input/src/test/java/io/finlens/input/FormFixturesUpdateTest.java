package io.finlens.input;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Rewrites the committed HTML and PDF fixtures from their sources: {@code mvn -pl finlens-input test -Dfixtures.update=true}. */
class FormFixturesUpdateTest {
    @Test
    @EnabledIfSystemProperty(named = "fixtures.update", matches = "true",
            disabledReason = "fixtures are rewritten only on request: -Dfixtures.update=true")
    void rewriteFixtures() throws Exception {
        FormFixtures.writeAll(Path.of("../samples"), Path.of("src/test/resources/forms"));
    }
}
