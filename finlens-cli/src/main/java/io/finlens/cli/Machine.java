package io.finlens.cli;

import io.finlens.store.Doctor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What this machine has for finlens: the JDK, memory and cores, and the browser and fonts the UI test uses. */
final class Machine {
    private Machine() {
    }

    static List<Doctor.Finding> findings() {
        List<Doctor.Finding> out = new ArrayList<>();
        Runtime.Version v = Runtime.version();
        out.add(new Doctor.Finding(v.feature() >= 21 ? "ok" : "fail", "java", "JDK " + v + " (" + System.getProperty("java.vendor")
                + ") at " + System.getProperty("java.home") + (v.feature() >= 21 ? "" : ": finlens needs 21 or newer")));
        out.add(new Doctor.Finding("ok", "machine", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB"));
        tool(out, "chromium", List.of("chromium", "chromium-browser", "google-chrome"), "Debian package chromium (for the browser test)");
        tool(out, "chromedriver", List.of("chromedriver"), "Debian package chromium-driver (for the browser test)");
        boolean font = Files.exists(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        out.add(new Doctor.Finding(font ? "ok" : "warn", "CJK font", font ? "WenQuanYi Zen Hei" : "missing: Debian package fonts-wqy-zenhei (Chinese in the browser test's screenshots)"));
        return out;
    }

    private static void tool(List<Doctor.Finding> out, String what, List<String> names, String install) {
        for (String n : names) {
            Path p = onPath(n);
            if (p != null) {
                out.add(new Doctor.Finding("ok", what, p.toString()));
                return;
            }
        }
        out.add(new Doctor.Finding("warn", what, "missing: " + install.toLowerCase(Locale.ROOT).replace("debian", "Debian")));
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
