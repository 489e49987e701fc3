package io.finlens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code finlens --version} prints: the version and git revision baked in at build time (so a tarball or a
 * package without {@code .git} still knows them) and the Java runtime running it.
 */
final class VersionInfo implements CommandLine.IVersionProvider {
    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        Properties p = baked();
        String revision = value(p, "revision");
        if (!revision.equals("unknown") && "true".equals(p.getProperty("dirty"))) revision += " (modified)";
        return new String[] {
            "finlens " + value(p, "version"),
            "revision " + revision,
            "java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ", "
                    + System.getProperty("java.home", "?") + ")"
        };
    }

    /** The build's properties; empty when the resource is missing (classes run from an IDE without filtering). */
    static Properties baked() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return p;
    }

    /** A baked value, or {@code unknown} when the build had none (an unfilled {@code ${...}} placeholder). */
    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
