package chipsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens both reports from file:// in headless Chromium and checks what a reader would: every
 * chart drew something, each tooltip formats, no error reached the console, and the page asked
 * the network for nothing. Skipped, saying how to install Chromium, where it is missing.
 */
class ReportBrowserTest {

    /** Generous for a loaded two-core machine; the wait ends as soon as the charts are drawn. */
    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static ChromeDriver browser;
    static Path runReport;
    static Path sweepReport;

    @BeforeAll
    static void startBrowserAndWriteReports() throws Exception {
        if (!Chromium.available()) {
            return; // each test is skipped, with the message saying how to install Chromium
        }
        Path run = temp.resolve("run");
        Cli.Result result = Cli.run("run", "--quarters", "4", "--out", run.toString());
        assertEquals(0, result.status(), result::toString);
        runReport = run.resolve(ReportGenerator.REPORT);
        Path sweep = SweepFixture.write(temp.resolve("sweep"));
        assertEquals(0, Cli.run("report", sweep.toString()).status());
        sweepReport = sweep.resolve(ReportGenerator.REPORT);
        browser = Chromium.start(temp.resolve("profile"));
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(Chromium.available(), Chromium.HOW_TO_INSTALL);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }


    @Test
    void runReportDrawsEveryChartOfflineWithFormattedTooltips() throws IOException {
        Map<String, String> tooltips = new java.util.HashMap<>();
        for (Map<String, Object> chart : openAndCheck(runReport, "run")) {
            tooltips.put(String.valueOf(chart.get("id")), String.valueOf(chart.get("tooltip")));
        }
        assertEquals(java.util.Set.of("prices", "china-units", "huawei-share", "compute", "nvidia-revenue",
                "unmet-demand", "clearing", "payoffs", "timeline", "export-status", "messages"), tooltips.keySet());
        assertTrue(tooltips.get("prices").contains("$"), "prices in dollars: " + tooltips.get("prices"));
        assertTrue(tooltips.get("huawei-share").contains("%"), "shares in percent: " + tooltips.get("huawei-share"));
        assertTrue(tooltips.get("timeline").matches("(?s)2024Q\\d.*\\w+: .*"), "the events: " + tooltips.get("timeline"));
        assertTrue(tooltips.get("export-status").matches("(?s).*(open|licensed|banned).*"), tooltips.get("export-status"));
    }

    @Test
    void sweepReportDrawsEveryChartOfflineAndSwitchesMetrics() throws IOException {
        int charts = openAndCheck(sweepReport, "sweep").size();
        assertEquals(3, charts, "two axes and one heatmap");
        WebElement section = browser.findElement(By.id("axis-1"));
        String before = section.findElement(By.className("reading")).getText();
        new Select(section.findElement(By.tagName("select"))).selectByIndex(1);
        waitUntilDrawn();
        String after = section.findElement(By.className("reading")).getText();
        assertTrue(after.startsWith("Nvidia revenue (USD), summed over the run") && !after.equals(before), after);
        List<String> sorted = sortTableBy("end.huawei_share_china");
        List<String> expected = new ArrayList<>(sorted);
        expected.sort((a, b) -> Double.compare(Double.parseDouble(b), Double.parseDouble(a)));
        assertEquals(expected, sorted, "a click on a heading sorts the points, largest first");
        assertNoConsoleErrors();
    }

    @Test
    void theNetworkCheckSeesARequestWhenAPageMakesOne() throws IOException {
        Path page = temp.resolve("fetching.html");
        // Port 9 on the loopback refuses at once; the request is logged all the same.
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/missing.png\"></body></html>");
        open(page);
        new WebDriverWait(browser, RENDER_TIMEOUT).until((WebDriver d) -> "complete".equals(js().executeScript(
                "return document.readyState;")));
        List<String> requests = requestsBeyondTheFile(browser.getCurrentUrl());
        assertTrue(requests.contains("http://127.0.0.1:9/missing.png"), "seen: " + requests);
    }

    /** Opens a page, having forgotten what the browser logged before it (such as its own start-up tab). */
    private void open(Path page) {
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(page.toUri().toString());
    }

    /**
     * Opens a report, waits for its charts and checks each (drawn, has series, shows a tooltip),
     * the console and the network; returns what it found of each chart.
     */
    private List<Map<String, Object>> openAndCheck(Path report, String name) throws IOException {
        open(report);
        int charts = waitUntilDrawn();
        assertTrue(charts > 0, "the page has charts");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) js().executeScript(DRAWN_PIXELS_AND_TOOLTIPS);
        for (Map<String, Object> chart : drawn) {
            assertTrue(((Number) chart.get("pixels")).longValue() > 500, "chart " + chart.get("id") + " looks empty: "
                    + chart);
            assertTrue(((Number) chart.get("series")).longValue() > 0, "chart " + chart.get("id") + " has no series");
            assertTrue(!((String) chart.get("tooltip")).isBlank(), "chart " + chart.get("id") + " shows no tooltip");
        }
        assertNoConsoleErrors();
        assertEquals(List.of(), requestsBeyondTheFile(browser.getCurrentUrl()), "requests beyond the file itself");
        saveScreenshot(name);
        assertEquals(charts, drawn.size(), "every figure has its chart");
        return drawn;
    }

    /** Waits for report.js to draw every chart (each chart's box gets data-rendered); returns their number. */
    private int waitUntilDrawn() {
        new WebDriverWait(browser, RENDER_TIMEOUT).until((WebDriver d) -> Boolean.TRUE.equals(js().executeScript(
                "var boxes = document.querySelectorAll('section[data-figure] .chart');"
                        + "return document.body.hasAttribute('data-charts') && boxes.length > 0 && Array.prototype"
                        + ".every.call(boxes, function (b) { return b.getAttribute('data-rendered') === 'true'; });")));
        return ((Number) js().executeScript("return Number(document.body.getAttribute('data-charts'));")).intValue();
    }

    /**
     * For each chart: how many sampled pixels of its canvas are not blank, how many series it
     * has, and the text of the tooltip of its first data point (which runs report.js's formatters).
     */
    private static final String DRAWN_PIXELS_AND_TOOLTIPS = String.join("\n",
            "return Array.prototype.map.call(document.querySelectorAll('section[data-figure]'), function (s) {",
            "  var box = s.querySelector('.chart');",
            "  var chart = echarts.getInstanceByDom(box);",
            "  var canvas = box.querySelector('canvas');",
            "  var pixels = 0;",
            "  if (canvas) {",
            "    var d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;",
            "    for (var i = 3; i < d.length; i += 4 * 5) { if (d[i] > 0) { pixels++; } }",
            "  }",
            "  var series = chart.getOption().series;",
            "  var target = 0;",
            "  while (target < series.length && (series[target].type === 'custom' || !series[target].data",
            "      || series[target].data.filter(function (v) { return v !== null; }).length === 0)) { target++; }",
            "  var tip = '';",
            "  if (target < series.length) {",
            "    var index = series[target].data.findIndex(function (v) { return v !== null; });",
            "    chart.dispatchAction({type: 'showTip', seriesIndex: target, dataIndex: index});",
            "    var tooltips = Array.prototype.filter.call(box.querySelectorAll('div'), function (el) {",
            "      return el.style.zIndex === '9999999'; });",
            "    tip = tooltips.length ? tooltips[0].innerText : '';",
            "    chart.dispatchAction({type: 'hideTip'});",
            "  }",
            "  return {id: s.id, pixels: pixels, series: series.length, tooltip: tip};",
            "});");

    private List<String> sortTableBy(String column) {
        List<WebElement> headings = browser.findElements(By.cssSelector("table.points thead th"));
        int index = -1;
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).getText().equals(column)) {
                index = i;
            }
        }
        assertTrue(index >= 0, "the table has a column " + column);
        js().executeScript("arguments[0].click();", headings.get(index));
        List<String> values = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.points tbody tr"))) {
            values.add(row.findElements(By.tagName("td")).get(index).getAttribute("data-value"));
        }
        return values;
    }

    private void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors");
    }

    /**
     * Every request the page made, as the browser's network log (requests whose document is the
     * page) and the page's own resource timings record them.
     */
    private List<String> requestsBeyondTheFile(String page) throws IOException {
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            if (message.path("method").asText().equals("Network.requestWillBeSent")
                    && params.path("documentURL").asText().equals(page)) {
                requests.add(params.path("request").path("url").asText());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js().executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        requests.addAll(resources);
        return requests.stream().filter(url -> !url.startsWith("file:") && !url.startsWith("data:")).toList();
    }

    /** A full-page picture for a person to look at (target/report-screenshots); nothing is asserted on it. */
    private void saveScreenshot(String name) throws IOException {
        long height = (Long) js().executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height, 16000)));
        waitUntilDrawn();
        Path folder = Files.createDirectories(Path.of("target", "report-screenshots"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    private JavascriptExecutor js() {
        return browser;
    }
}
