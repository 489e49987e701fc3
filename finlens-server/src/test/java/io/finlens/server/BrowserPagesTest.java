package io.finlens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages a person trusts at a glance, in real headless Chromium: series of one period kind and one unit per chart
 * on a time axis with YoY and conflicts beside the points; failed checks first; a search hit opening its document at
 * the passage, highlighted; deep links that survive a reload; pagers; keyboard use with a visible focus; export
 * buttons that download; no literal null anywhere.
 */
class BrowserPagesTest {
    @org.junit.jupiter.api.io.TempDir
    static Path data;
    static Browser b;

    @BeforeAll
    static void start() throws IOException {
        b = new Browser(data);
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Waits for the series page to have drawn its charts, and answers their units. */
    List<String> charts() {
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts .series-chart canvas")));
        return b.driver.findElements(By.cssSelector("#charts .series-chart")).stream().map(e -> e.getDomAttribute("data-unit")).toList();
    }

    @Test
    void aSeriesOfOneCompanyIsOneKindOnATimeAxisWithYoyAndConflictsBesideThePoints() throws IOException {
        b.open("#/series?entities=" + enc("Ridgeway Instruments") + "&metric=revenue");
        assertThat(charts()).containsExactly("USD");
        String table = b.driver.findElement(By.id("series-tables")).getText();
        assertThat(table).contains("2024Q4", "2025Q3", "2025Q4").doesNotContain("FY2025");
        assertThat(b.driver.findElement(By.id("series-note")).getText()).contains("2 year values (kind year)");
        // the x axis is time: uPlot's x scale is a time scale, and each x is the period's end (noon UTC)
        assertThat((Boolean) b.js("return document.querySelector('.series-chart').plot.scales.x.time;")).isTrue();
        @SuppressWarnings("unchecked")
        List<Number> xs = (List<Number>) b.js("return Array.from(document.querySelector('.series-chart').plot.data[0]);");
        assertThat(xs.stream().map(x -> java.time.Instant.ofEpochSecond(x.longValue()).toString().substring(0, 10)).toList())
                .containsExactly("2024-12-31", "2025-09-30", "2025-12-31");
        WebElement conflict = b.driver.findElement(By.cssSelector("#series-tables tr.conflict"));
        assertThat(conflict.getText()).contains("2024Q4", "⚠ 1 conflict", "381M");
        assertThat(table).contains("+9% YoY ✓");
        b.shot("series-one-company-quarters");
        new Select(b.driver.findElement(By.id("sr-kind"))).selectByValue("year");
        b.driver.findElement(By.cssSelector("#series-form button[type=submit]")).click();
        b.wait.until(d -> d.getCurrentUrl().contains("kind=year"));
        b.wait.until(d -> d.findElement(By.id("series-tables")).getText().contains("FY2025"));
        assertThat(b.driver.findElement(By.id("series-tables")).getText()).contains("FY2024", "FY2025", "+7% YoY ✓").doesNotContain("2025Q3");
        b.driver.navigate().refresh(); // a deep link: the reload shows the same view
        b.wait.until(d -> d.findElement(By.id("series-tables")).getText().contains("FY2025"));
        assertThat(new Select(b.driver.findElement(By.id("sr-kind"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("year");
        b.shot("series-one-company-years");
    }

    @Test
    void twoCompaniesInTwoCurrenciesGetAChartEachNeverOneAxis() throws IOException {
        b.open("#/series?entities=" + enc("蓝山科技, Ridgeway Instruments") + "&metric=revenue");
        assertThat(charts()).containsExactly("CNY", "USD");
        assertThat(b.driver.findElements(By.cssSelector("#series-tables table.series-table"))).hasSize(2);
        b.shot("series-two-companies-two-currencies");
        b.driver.findElement(By.id("series-export")).click();
        String csv = Files.readString(b.downloaded("finlens-series-revenue.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFentity_id,entity,metric").contains("蓝山科技", "ridgeway", ",CNY,", ",USD,");
    }

    @Test
    void failedChecksComeFirst() {
        b.open("#/analyze");
        WebElement input = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("input")));
        b.js("arguments[0].value = arguments[1];", input, """
                Maple Freight Reports Second Quarter 2025 Results

                Revenue for the second quarter of 2025 was $120.0 million, up 30% year over year. Revenue for the second quarter of 2024 was $100.0 million.

                Freight revenue was $70.0 million and logistics revenue was $20.0 million.

                Gross profit was $30.0 million and gross margin was 25%.
                """);
        b.driver.findElement(By.id("analyze-btn")).click();
        b.wait.until(d -> d.findElement(By.id("doc-head")).getText().contains("Maple Freight"));
        List<String> statuses = b.driver.findElements(By.cssSelector("#checks li.check")).stream()
                .map(e -> e.getDomAttribute("class").replace("check", "").strip()).toList();
        assertThat(statuses).contains("fail", "pass");
        assertThat(statuses).isSortedAccordingTo(java.util.Comparator.comparingInt(s -> List.of("fail", "warn", "pass").indexOf(s)));
        assertThat(b.driver.findElement(By.id("checks-count")).getDomProperty("textContent")).matches("\\d+ failed of \\d+");
    }

    @Test
    void aSearchHitOpensItsDocumentAtThePassageHighlightedAndTheLinkSurvivesAReload() throws IOException {
        b.open("#/search?q=" + enc("智能出行"));
        WebElement first = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results li.hit a.open")));
        first.click();
        b.wait.until(d -> d.getCurrentUrl().contains("#/doc/") && d.getCurrentUrl().contains("at="));
        for (int pass = 0; pass < 2; pass++) {
            b.wait.until(d -> d.findElement(By.id("doc-text")).getDomAttribute("data-passage") != null);
            String at = b.driver.findElement(By.id("doc-text")).getDomAttribute("data-passage");
            assertThat(b.driver.getCurrentUrl()).contains("at=" + at);
            String highlighted = (String) b.js("const h = CSS.highlights.get('passage'); return h && h.size === 1 ? [...h][0].toString() : null;");
            String[] se = at.split("-");
            String expected = (String) b.js("return document.getElementById('doc-text').textContent.slice(arguments[0], arguments[1]);",
                    Integer.parseInt(se[0]), Integer.parseInt(se[1]));
            assertThat(highlighted).isEqualTo(expected).contains("智能出行");
            assertThat((Boolean) b.js("""
                    const r = [...CSS.highlights.get('passage')][0].getBoundingClientRect(), p = document.getElementById('doc-text').getBoundingClientRect();
                    return r.top >= p.top && r.top < p.bottom && r.bottom <= window.innerHeight;""")).as("the passage is in view").isTrue();
            if (pass == 0) {
                b.shot("search-hit-opened-at-passage");
                b.driver.navigate().refresh();
            }
        }
    }

    @Test
    void searchAndDocumentsHavePagersWhoseAddressesAreDeepLinks() {
        b.open("#/search?entity=" + enc("蓝山科技") + "&limit=5");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li.hit")));
        assertThat(b.driver.findElements(By.cssSelector("#search-results li.hit"))).hasSize(5);
        List<WebElement> buttons = b.driver.findElements(By.cssSelector("#search-pager button"));
        assertThat(buttons.get(0).isEnabled()).as("no previous page").isFalse();
        String firstOnPage1 = b.driver.findElement(By.cssSelector("#search-results li.hit")).getText();
        buttons.get(1).click();
        b.wait.until(d -> d.getCurrentUrl().contains("offset=5&limit=5"));
        b.wait.until(d -> !d.findElement(By.cssSelector("#search-results li.hit")).getText().equals(firstOnPage1));
        assertThat(b.driver.findElement(By.id("search-results")).getDomAttribute("start")).isEqualTo("6");
        assertThat(b.driver.findElement(By.id("s-entity")).getDomProperty("value")).isEqualTo("蓝山科技");

        b.open("#/documents?limit=3");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody tr")));
        assertThat(b.driver.findElements(By.cssSelector("#documents tbody tr"))).hasSize(3);
        b.driver.findElements(By.cssSelector("#documents-pager button")).get(1).click();
        b.wait.until(d -> d.getCurrentUrl().contains("offset=3&limit=3"));
        b.wait.until(d -> d.findElement(By.id("documents-pager")).getText().contains("4–"));
        assertThat(b.driver.findElement(By.id("documents-pager")).getText()).contains("of " + TestDocs.all().size());
    }

    @Test
    void theKeyboardReachesEverythingAndTheFocusIsVisible() {
        b.open("#/documents");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody a.open")));
        WebElement body = b.driver.findElement(By.tagName("body"));
        body.click();
        String target = null;
        for (int i = 0; i < 30 && target == null; i++) {
            b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement f = b.driver.switchTo().activeElement();
            String outline = (String) b.js("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", f);
            assertThat(outline).as("focus visible on " + f.getTagName() + " " + f.getText()).doesNotStartWith("none").doesNotEndWith(" 0px");
            if ("open".equals(f.getDomAttribute("class"))) target = f.getText();
        }
        assertThat(target).as("a document reached by Tab").isNotNull();
        b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        b.wait.until(d -> d.getCurrentUrl().contains("#/doc/"));
        b.wait.until(d -> d.findElements(By.cssSelector("#facts tr.fact-row")).size() > 1);
        List<String> ids = b.driver.findElements(By.cssSelector("#facts tr.fact-row")).stream().map(r -> r.getDomAttribute("data-fact")).toList();
        java.util.function.Function<String, WebElement> row = id -> b.driver.findElement(By.cssSelector("#facts tr.fact-row[data-fact='" + id + "']"));
        b.js("arguments[0].focus();", row.apply(ids.get(0)));
        b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        b.wait.until(d -> row.apply(ids.get(0)).getDomAttribute("class").contains("selected"));
        b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        b.wait.until(d -> ids.get(1).equals(d.switchTo().activeElement().getDomAttribute("data-fact")));
    }

    @Test
    void theFactsOfADocumentExportFromThePage() throws IOException {
        String id = new Http(b.server.url()).get("/api/documents?limit=1").json().get(0).path("id").asText();
        b.open("#/doc/" + id);
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#facts tr.fact-row")));
        b.wait.until(d -> !d.findElement(By.id("doc-head")).getText().isBlank());
        b.driver.findElement(By.id("facts-export")).click();
        String csv = Files.readString(b.downloadedEndingWith("-facts.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdoc_id,document,fact_id").contains(id).contains("range_low");
    }

    @Test
    void noViewShowsALiteralNull() {
        for (com.fasterxml.jackson.databind.JsonNode d : new Http(b.server.url()).get("/api/documents").json()) {
            String id = d.path("id").asText();
            for (String view : List.of("#/doc/" + id, "#/transcript/" + id)) {
                b.open(view);
                b.wait.until(dr -> !dr.findElement(By.id(view.startsWith("#/doc") ? "doc-head" : "page-transcript")).getText().isBlank());
                String shown = (String) b.js("return document.querySelector('main').innerText;");
                assertThat(shown).as(view).doesNotContainPattern("\\bnull\\b").doesNotContainPattern("\\bundefined\\b").doesNotContain("NaN");
            }
        }
        b.open("#/documents");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody tr")));
        assertThat((String) b.js("return document.querySelector('main').innerText;")).doesNotContainPattern("\\bnull\\b");
    }
}
