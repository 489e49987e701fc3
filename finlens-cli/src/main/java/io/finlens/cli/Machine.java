package io.finlens.cli;

import io.finlens.store.Doctor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this machine has for finlens and what is missing: this finlens, the Java running it (a JDK, or the runtime a
 * package bundles), memory and cores, and the browser, its driver and the CJK font the UI test ({@code BrowserTest})
 * uses, at the paths that test uses. The last finding sums up what is missing and the Debian packages that add it.
 */
final class Machine {
    /** Where the UI test looks for what it needs (Debian's chromium, chromium-driver and fonts-wqy-zenhei). */
    record Paths(Path chromium, Path chromedriver, Path cjkFont) {
        static final Paths DEBIAN = new Paths(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    }

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.\\d+[.\\d]*");

    private Machine() {
    }

    /** This finlens, its Java and the machine. */
    static List<Doctor.Finding> findings() {
        List<Doctor.Finding> out = new ArrayList<>();
        String[] version = new VersionInfo().getVersion();
        out.add(new Doctor.Finding("ok", "finlens", version[0].substring("finlens ".length()) + ", " + version[1]));
        out.add(java());
        out.add(new Doctor.Finding("ok", "machine", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB"));
        return out;
    }

    /** The browser test's needs: Chromium and its driver (same major version) and the CJK font; then what is missing. */
    static List<Doctor.Finding> browser(Paths paths) {
        List<Doctor.Finding> out = new ArrayList<>();
        Set<String> packages = new LinkedHashSet<>();
        String chromium = program(out, "chromium", paths.chromium(), "chromium", packages);
        String driver = program(out, "chromedriver", paths.chromedriver(), "chromium-driver", packages);
        if (chromium != null && driver != null && !major(chromium).equals(major(driver))) {
            out.add(new Doctor.Finding("warn", "browser versions", "Chromium " + chromium + " and ChromeDriver " + driver
                    + " differ: the UI test cannot start (install the same version of chromium and chromium-driver)"));
        }
        boolean font = Files.isRegularFile(paths.cjkFont());
        if (!font) packages.add("fonts-wqy-zenhei");
        out.add(new Doctor.Finding(font ? "ok" : "warn", "CJK font", font ? "WenQuanYi Zen Hei (" + paths.cjkFont() + ")"
                : "missing " + paths.cjkFont() + " (Chinese in the UI test's screenshots)"));
        out.add(packages.isEmpty() ? new Doctor.Finding("ok", "missing", "nothing: the UI test can run here")
                : new Doctor.Finding("warn", "missing", String.join(", ", packages) + ": without "
                        + (packages.contains("chromium") || packages.contains("chromium-driver") ? "them the UI test is skipped" : "it the UI test's screenshots lack Chinese")
                        + " (apt-get install " + String.join(" ", packages) + "); analysing and the store need nothing more"));
        return out;
    }

    private static Doctor.Finding java() {
        Runtime.Version v = Runtime.version();
        Path home = Path.of(System.getProperty("java.home"));
        boolean jdk = Files.isExecutable(home.resolve("bin").resolve("javac"));
        String what = (jdk ? "JDK " : "Java runtime ") + v + " (" + System.getProperty("java.vendor") + ") at " + home;
        if (v.feature() < 21) return new Doctor.Finding("fail", "java", what + ": finlens needs 21 or newer");
        return new Doctor.Finding("ok", "java", what + (jdk ? "" : " (runs finlens; building it from a checkout needs a JDK 21+)"));
    }

    /** Reports one program of the UI test, with its version; returns the version, or null when it is missing. */
    private static String program(List<Doctor.Finding> out, String what, Path path, String debianPackage, Set<String> packages) {
        if (!Files.isExecutable(path) || Files.isDirectory(path)) {
            packages.add(debianPackage);
            Path elsewhere = onPath(path.getFileName().toString());
            out.add(new Doctor.Finding("warn", what, "missing " + path + " (the UI test uses that path"
                    + (elsewhere != null && !elsewhere.equals(path) ? "; " + elsewhere + " is not used" : "") + ")"));
            return null;
        }
        String version = version(path);
        out.add(new Doctor.Finding(version != null ? "ok" : "warn", what, path + (version != null ? " " + version : ": `--version` gave no version")));
        return version;
    }

    /** The first dotted version number {@code path --version} prints, or null (no answer within 10 s, or none). */
    static String version(Path path) {
        try {
            Process p = new ProcessBuilder(path.toString(), "--version").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL"))).start();
            String text;
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = VERSION.matcher(text);
            return m.find() ? m.group() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String major(String version) {
        Matcher m = VERSION.matcher(version);
        return m.find() ? m.group(1) : version;
    }

    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) return p;
        }
        return null;
    }
}
