package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code finlens --version}: the version and revision baked at build time, and the Java running it. */
class VersionTest {
    @Test
    void versionNamesTheBuildTheRevisionAndTheJava() {
        String[] lines = new VersionInfo().getVersion();
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).matches("finlens \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        // a build from a checkout knows its commit; a build from a source tarball without .git says unknown
        assertThat(lines[1]).matches("revision ([0-9a-f]{12}( \\(modified\\))?|unknown)");
        assertThat(lines[2]).startsWith("java " + Runtime.version() + " (").contains(System.getProperty("java.home"));
    }

    @Test
    void theBuildBakedItsVersionIn() {
        assertThat(VersionInfo.baked().getProperty("version")).as("filtered version.properties").doesNotStartWith("${").isNotBlank();
    }
}
