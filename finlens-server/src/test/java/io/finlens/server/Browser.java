package io.finlens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real server on a real store holding the test documents, and real headless Chromium (Debian chromium +
 * chromium-driver) driving it; downloads land in a folder the test reads. Screenshots go to
 * {@code -Dfinlens.screenshots} (default target/screenshots).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    final FinlensServer server;
    final ChromeDriver driver;
    final WebDriverWait wait;
    final Path shots;
    final Path downloads;

    /** Skips the calling test class, naming the packages, when Chromium is missing. */
    static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs headless Chromium: install the Debian packages chromium and chromium-driver (listed in .ci/packages.txt)");
    }

    Browser(Path data) throws IOException {
        assumeChromium();
        server = FinlensServer.start(ServerOptions.loopback().withDataDir(data), LibraryCatalog.open(data));
        Http http = new Http(server.url());
        for (Path p : TestDocs.all()) {
            assertThat(http.postBytes("/api/analyze?store=true&name=" + p.getFileName(), "text/plain", Files.readAllBytes(p)).status()).isEqualTo(201);
        }
        shots = Path.of(System.getProperty("finlens.screenshots", "target/screenshots"));
        downloads = Files.createDirectories(data.resolveSibling(data.getFileName() + "-downloads"));
        Files.createDirectories(shots);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(shots.toFile(), "chromedriver.log")).build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900",
                "--lang=zh-CN", "--disable-gpu", "--hide-scrollbars");
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void shot(String name) throws IOException {
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Opens a view by its address (a deep link) in a fresh page load, as a person pasting it would. */
    void open(String hash) {
        driver.get("about:blank");
        driver.get(server.url() + "/" + hash);
    }

    /** The file the browser downloaded under that name, once complete. */
    Path downloaded(String name) {
        Path f = downloads.resolve(name);
        wait.until(d -> Files.exists(f) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return f;
    }

    /** The one complete download whose name ends so. */
    Path downloadedEndingWith(String suffix) {
        Path[] found = new Path[1];
        wait.until(d -> {
            try (var l = Files.list(downloads)) {
                found[0] = l.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return false;
            }
            return found[0] != null;
        });
        return found[0];
    }

    @Override
    public void close() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }
}
