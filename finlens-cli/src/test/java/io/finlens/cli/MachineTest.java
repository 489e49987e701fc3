package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.store.Doctor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finlens doctor}'s machine findings: the Java running it, and the UI test's browser, driver and font at the
 * paths that test uses, with their versions, and one last finding naming what is missing and the packages to install.
 */
class MachineTest {
    @TempDir
    Path tmp;

    @Test
    void theJavaAndThisFinlensAreNamed() {
        List<Doctor.Finding> all = Machine.findings();
        assertThat(all).extracting(Doctor.Finding::what).containsExactly("finlens", "java", "machine");
        assertThat(all.get(0).detail()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, revision .+");
        assertThat(all.get(1).status()).isEqualTo("ok");
        assertThat(all.get(1).detail()).startsWith("JDK " + Runtime.version()).contains(System.getProperty("java.home"));
    }

    @Test
    void nothingMissingWhenBrowserDriverAndFontAreThere() throws Exception {
        List<Doctor.Finding> all = Machine.browser(paths("Chromium 131.0.6778.85 built on Debian", "ChromeDriver 131.0.6778.85 (abc)", true));
        assertThat(all).extracting(Doctor.Finding::status).containsOnly("ok");
        assertThat(find(all, "chromium").detail()).isEqualTo(tmp.resolve("chromium") + " 131.0.6778.85");
        assertThat(find(all, "chromedriver").detail()).endsWith(" 131.0.6778.85");
        assertThat(find(all, "missing").detail()).startsWith("nothing");
    }

    @Test
    void whatIsMissingIsNamedWithItsPackages() throws Exception {
        List<Doctor.Finding> all = Machine.browser(paths(null, null, false));
        assertThat(find(all, "chromium").status()).isEqualTo("warn");
        assertThat(find(all, "chromium").detail()).startsWith("missing " + tmp.resolve("chromium"));
        assertThat(find(all, "CJK font").status()).isEqualTo("warn");
        Doctor.Finding missing = all.get(all.size() - 1);
        assertThat(missing.what()).isEqualTo("missing");
        assertThat(missing.status()).isEqualTo("warn");
        assertThat(missing.detail()).startsWith("chromium, chromium-driver, fonts-wqy-zenhei: without them the UI test is skipped")
                .contains("apt-get install chromium chromium-driver fonts-wqy-zenhei");
    }

    @Test
    void aDriverForAnotherChromiumIsAWarning() throws Exception {
        List<Doctor.Finding> all = Machine.browser(paths("Chromium 131.0.6778.85", "ChromeDriver 130.0.6723.116", true));
        assertThat(find(all, "browser versions").status()).isEqualTo("warn");
        assertThat(find(all, "browser versions").detail()).contains("131.0.6778.85").contains("130.0.6723.116");
    }

    @Test
    void theRealMachineIsReportedInTheCommand() {
        CliTest.Run r = CliTest.run("doctor");
        assertThat(r.out()).contains("finlens ").contains("java ").contains("store ").contains("schema version")
                .contains("chromium").contains("chromedriver").contains("missing ");
    }

    private Machine.Paths paths(String chromiumSays, String driverSays, boolean font) throws Exception {
        Path chromium = tmp.resolve("chromium");
        Path driver = tmp.resolve("chromedriver");
        Path ttc = tmp.resolve("wqy-zenhei.ttc");
        if (chromiumSays != null) script(chromium, chromiumSays);
        if (driverSays != null) script(driver, driverSays);
        if (font) Files.writeString(ttc, "font");
        return new Machine.Paths(chromium, driver, ttc);
    }

    private static void script(Path p, String says) throws Exception {
        Files.writeString(p, "#!/bin/sh\necho '" + says + "'\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Doctor.Finding find(List<Doctor.Finding> all, String what) {
        return all.stream().filter(f -> f.what().equals(what)).findFirst().orElseThrow(() -> new AssertionError(what + " in " + all));
    }
}
