package io.finlens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real headless Chromium (Debian chromium + chromium-driver), driven by Selenium against a started
 * server: paste a sample, analyze, see every fact highlighted and the checks listed, click a fact and see its span
 * scrolled to and flashing, then the transcript view. Screenshots of each page go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static Browser b;
    static FinlensServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static String lanshan;
    static JsonNode expected;
    @org.junit.jupiter.api.io.TempDir
    static Path data;

    @BeforeAll
    static void start() throws IOException {
        b = new Browser(data);
        server = b.server;
        driver = b.driver;
        wait = b.wait;
        lanshan = Files.readString(Http.sample("lanshan-2025q2-zh.txt"), StandardCharsets.UTF_8);
        expected = new Http(server.url()).postText("/api/analyze", lanshan).json();
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }

    @Test
    @Order(1)
    void analyzingASampleHighlightsEveryFactAndListsTheChecks() throws IOException {
        driver.get(server.url() + "/");
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("input")));
        // paste: set the value as a paste would (typing 3,800 characters of Chinese key by key is slow and IME-bound)
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", input, lanshan);
        driver.findElement(By.id("analyze-btn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.fact")));

        Set<String> withEvidence = new HashSet<>();
        for (JsonNode f : expected.path("facts")) if (!f.path("evidence").isEmpty()) withEvidence.add(f.path("id").asText());
        assertThat(withEvidence).hasSizeGreaterThan(10);
        Set<String> highlighted = new HashSet<>();
        for (WebElement m : driver.findElements(By.cssSelector("#doc-text mark.fact"))) {
            highlighted.addAll(List.of(m.getDomAttribute("data-facts").split(" ")));
        }
        assertThat(highlighted).isEqualTo(withEvidence);
        // the panel shows the text exactly, and every evidence span is covered by marks naming its fact
        assertThat((String) js("return document.getElementById('doc-text').textContent;")).isEqualTo(lanshan);
        @SuppressWarnings("unchecked")
        List<List<Object>> marks = (List<List<Object>>) js("""
                const out = []; let at = 0;
                const walk = (n) => { for (const c of n.childNodes) {
                  if (c.nodeType === 3) { at += c.data.length; continue; }
                  const s = at; walk(c); if (c.matches('mark.fact')) out.push([s, at, c.dataset.facts]); } };
                walk(document.getElementById('doc-text'));
                return out;""");
        for (JsonNode f : expected.path("facts")) {
            String id = f.path("id").asText();
            for (JsonNode e : f.path("evidence")) {
                int s = lanshan.offsetByCodePoints(0, e.path("start").asInt());
                int end = lanshan.offsetByCodePoints(0, e.path("end").asInt());
                for (int i = s; i < end; i++) {
                    int at = i;
                    assertThat(marks).as(id + " at " + i).anySatisfy(m -> {
                        assertThat(((Number) m.get(0)).intValue()).isLessThanOrEqualTo(at);
                        assertThat(((Number) m.get(1)).intValue()).isGreaterThan(at);
                        assertThat(List.of(((String) m.get(2)).split(" "))).contains(id);
                    });
                }
            }
        }
        assertThat(driver.findElements(By.cssSelector("#facts tr.fact-row"))).hasSize(expected.path("facts").size());

        List<WebElement> checks = driver.findElements(By.cssSelector("#checks li.check"));
        assertThat(checks).hasSize(expected.path("checks").size()).isNotEmpty();
        assertThat(checks.get(0).getText()).contains(expected.path("checks").get(0).path("rule").asText());
        assertThat(driver.findElement(By.id("doc-text")).getText()).contains("蓝山科技第二季度营收");
        shot("1-analyze");
    }

    @Test
    @Order(2)
    void clickingAFactScrollsToItsSpanAndFlashesIt() throws IOException {
        // the last fact in text order sits below the fold of the text panel
        List<WebElement> rows = driver.findElements(By.cssSelector("#facts tr.fact-row"));
        String id = (String) js("""
                const marks = [...document.querySelectorAll('#doc-text mark.fact')];
                return marks[marks.length - 1].dataset.facts.split(' ')[0];""");
        WebElement row = rows.stream().filter(r -> id.equals(r.getDomAttribute("data-fact"))).findFirst().orElseThrow();
        WebElement mark = driver.findElement(By.cssSelector("#doc-text mark.fact[data-facts~='" + id + "']"));
        assertThat(visibleInPanel(mark)).as("below the fold before the click").isFalse();
        js("""
                const side = document.querySelector('.side');
                side.scrollTop += arguments[0].getBoundingClientRect().top - side.getBoundingClientRect().top - side.clientHeight / 2;""", row);
        row.click();
        assertThat(mark.getDomAttribute("class")).contains("flash").contains("selected");
        wait.until(d -> visibleInPanel(mark));
        assertThat(row.getDomAttribute("class")).contains("selected");
        shot("2-analyze-fact-selected");
        wait.until(d -> !mark.getDomAttribute("class").contains("flash")); // the flash ends, the selection stays
        assertThat(mark.getDomAttribute("class")).contains("selected");
    }

    @Test
    @Order(3)
    void theTranscriptViewListsExchangesAndFilters() throws IOException {
        driver.findElement(By.cssSelector("#nav a[data-page='transcript']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exchanges")));
        JsonNode ex = expected.path("transcript").path("exchanges");
        assertThat(driver.findElements(By.cssSelector("#exchanges li.exchange"))).hasSize(ex.size());
        String analyst = ex.get(0).path("analyst").asText();
        assertThat(driver.findElement(By.id("exchanges")).getText()).contains(analyst);
        shot("3-transcript");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-analyst"))).selectByValue(analyst);
        long matching = 0;
        for (JsonNode e : ex) if (analyst.equals(e.path("analyst").asText())) matching++;
        assertThat(driver.findElements(By.cssSelector("#exchanges li.exchange"))).hasSize((int) matching);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-analyst"))).selectByValue("");
    }

    @Test
    @Order(4)
    void searchShowsHighlightedSnippets() throws IOException {
        driver.findElement(By.cssSelector("#nav a[data-page='search']")).click();
        WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        q.sendKeys("云服务 增长");
        driver.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li.hit mark")));
        List<WebElement> marks = driver.findElements(By.cssSelector("#search-results li.hit mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isIn("云服务", "增长", "云", "服务"));
        assertThat(driver.findElement(By.id("search-summary")).getText()).contains("passages found");
        shot("4-search");
    }

    @Test
    @Order(5)
    void theSeriesPageChartsAMetricForTwoCompanies() throws IOException {
        driver.findElement(By.cssSelector("#nav a[data-page='series']")).click();
        WebElement entities = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sr-entities")));
        entities.sendKeys("蓝山科技, 青木网络");
        driver.findElement(By.cssSelector("#series-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts .series-chart canvas")));
        assertThat(driver.findElements(By.cssSelector("#charts .series-chart"))).as("one unit, one chart").hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#charts .series-chart .u-legend .u-series"))).as("x and two companies").hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#series-tables table.series-table"))).hasSize(2);
        assertThat(driver.findElement(By.id("series-tables")).getText()).contains("2025Q1", "2025Q2", "1,284.6");
        shot("5-series");
    }

    @Test
    @Order(6)
    void theDocumentsPageListsTheStoreAndOpensADocument() throws IOException {
        driver.findElement(By.cssSelector("#nav a[data-page='documents']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#documents tbody tr"));
        assertThat(rows).hasSize(TestDocs.all().size());
        shot("6-documents");
        WebElement harbor = rows.stream().filter(r -> r.getText().contains("Harbor")).findFirst().orElseThrow();
        harbor.findElement(By.cssSelector("a.open")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#page-analyze #doc-text mark.fact")));
        wait.until(d -> d.findElement(By.id("doc-head")).getText().contains("Harbor"));
        assertThat(driver.findElements(By.cssSelector("#checks li.check"))).isNotEmpty();
        shot("7-analyze-stored-english");
    }

    @Test
    @Order(7)
    void aFileUploadIsAnalyzed() {
        driver.findElement(By.cssSelector("#nav a[data-page='analyze']")).click();
        Path doc = TestDocs.all().stream().filter(p -> p.getFileName().toString().equals("qingmu-2025q2-zh.txt")).findFirst().orElseThrow();
        driver.findElement(By.id("file")).sendKeys(doc.toAbsolutePath().toString());
        driver.findElement(By.id("analyze-btn")).click();
        wait.until(d -> d.findElement(By.id("doc-head")).getText().contains("青木网络第二季度营收"));
        assertThat(driver.findElement(By.id("doc-head")).getText()).contains("qingmu-2025q2-zh.txt");
        assertThat(driver.findElements(By.cssSelector("#doc-text mark.fact"))).isNotEmpty();
    }

    @Test
    @Order(8)
    void charactersOutsideTheBmpDoNotShiftTheHighlights() {
        String doc = "𠀀𠀁😀 蓝山科技第二季度营收1,284.6亿元，同比增长14%。";
        JsonNode j = new Http(server.url()).postText("/api/analyze", doc).json();
        String evidence = j.path("facts").get(0).path("evidence").get(0).path("text").asText();
        driver.findElement(By.cssSelector("#nav a[data-page='analyze']")).click();
        driver.findElement(By.id("file")).clear();
        WebElement input = driver.findElement(By.id("input"));
        js("arguments[0].value = arguments[1];", input, doc);
        driver.findElement(By.id("analyze-btn")).click();
        wait.until(d -> d.findElement(By.id("doc-text")).getText().startsWith("𠀀"));
        WebElement first = driver.findElement(By.cssSelector("#doc-text mark.fact"));
        assertThat(first.getText()).isEqualTo(evidence).contains("1,284.6亿元");
    }

    private static boolean visibleInPanel(WebElement mark) {
        return (Boolean) js("""
                const m = arguments[0].getBoundingClientRect(), p = document.getElementById('doc-text').getBoundingClientRect();
                return m.top >= p.top && m.bottom <= p.bottom && m.bottom <= window.innerHeight;""", mark);
    }

    static Object js(String script, Object... args) {
        return b.js(script, args);
    }

    static void shot(String name) throws IOException {
        b.shot(name);
    }
}
