package com.perfdash.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser (Debian's headless chromium): a chart's toolbar download gives a PNG named by what the
 * chart shows and its years, and the chart element hands the same image to the server for documents.
 * Skipped where chromium or its driver is not installed. The test JVM's one browser ({@link Chromium#shared}),
 * each test's downloads in a folder of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false", "perfdash.import.dir=${perfdash.test.dir:target}/no-imports",
                "perfdash.demo-review=false"})
class ChartDownloadBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path downloads;

    private ChromeDriver browser;

    @BeforeEach
    void theSharedBrowserSavesIntoThisTestsFolder() {
        assumeTrue(Chromium.installed(), "chromium or chromedriver is not installed");
        Chromium chromium = Chromium.shared();
        chromium.driver().manage().window().setSize(new Dimension(1400, 1200));
        chromium.downloadInto(downloads);
        browser = chromium.driver();
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        WebElement user = waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys("admin");
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys("admin-demo", Keys.ENTER);
        waiting(30).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void the_toolbar_downloads_the_budget_chart_as_a_png_named_by_its_years() throws Exception {
        signIn();
        browser.get("http://localhost:" + port + "/");
        WebElement chart = waiting(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("perf-apexchart.chart-budget .apexcharts-toolbar .apexcharts-menu-icon")));
        chart.click();
        waiting(10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("perf-apexchart.chart-budget .apexcharts-menu-item.exportPNG"))).click();

        Path png = waiting(30).until(d -> {
            List<Path> done = pngs(downloads);
            return done.isEmpty() || sizeOf(done.get(0)) == 0 ? null : done.get(0);
        });
        assertThat(png.getFileName().toString()).matches("\\d{4}-\\d{4}年度预算执行趋势\\.png");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(5_000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");

        // the same image as the element gives the server for a Word document
        WebElement element = browser.findElement(By.cssSelector("perf-apexchart.chart-budget"));
        Object uri = ((JavascriptExecutor) browser).executeAsyncScript(
                "arguments[0].toPngDataUri(2).then(arguments[arguments.length - 1])", element);
        assertThat(uri).asString().startsWith("data:image/png;base64,");
        byte[] fromElement = Base64.getDecoder().decode(uri.toString().substring("data:image/png;base64,".length()));
        assertThat(fromElement.length).isGreaterThan(5_000);
    }

    @Test
    void the_summary_page_puts_the_charts_it_draws_into_the_word_document() throws Exception {
        signIn();
        browser.get("http://localhost:" + port + "/summary");
        waiting(60).until(d -> d.findElements(By.cssSelector("perf-apexchart.summary-chart .apexcharts-toolbar")).size() == 4);
        // kept for a look at the page
        Path samples = Files.createDirectories(Path.of("target/export-samples"));
        Files.write(samples.resolve("summary-page.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        browser.findElement(By.cssSelector("vaadin-button.summary-generate")).click();

        Path docx = waiting(60).until(d -> {
            List<Path> done = files(downloads, ".docx");
            return done.isEmpty() || sizeOf(done.get(0)) == 0 ? null : done.get(0);
        });
        assertThat(docx.getFileName().toString()).matches("全区\\d{4}年度预算绩效自评总结\\.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).matches("全区\\d{4}年度预算绩效自评总结");
            // the four charts the page drew, each a PNG of twice its size on screen
            assertThat(doc.getAllPictures()).hasSize(4);
            assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getData().length).isGreaterThan(5_000));
        }
        Files.copy(docx, samples.resolve("summary-from-browser.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_grid_download_link_gives_the_ranking_as_xlsx_and_csv_named_in_chinese() throws Exception {
        signIn();
        browser.get("http://localhost:" + port + "/compare");
        WebElement xlsx = waiting(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".panel .grid-download-xlsx")));
        Path samples = Files.createDirectories(Path.of("target/export-samples"));
        Files.write(samples.resolve("compare-page.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        xlsx.click();
        browser.findElement(By.cssSelector(".panel .grid-download-csv")).click();
        List<Path> both = waiting(30).until(d -> {
            List<Path> x = files(downloads, ".xlsx");
            List<Path> c = files(downloads, ".csv");
            return x.isEmpty() || c.isEmpty() || sizeOf(x.get(0)) == 0 || sizeOf(c.get(0)) == 0 ? null : List.of(x.get(0), c.get(0));
        });
        assertThat(both.get(0).getFileName().toString()).matches("\\d{4}年度.+排名\\.xlsx");
        int shownRows = browser.findElements(By.cssSelector("vaadin-grid.ranking")).isEmpty() ? 0
                : ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.querySelector('vaadin-grid.ranking').size")).intValue();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(both.get(0)))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(shownRows);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("排名");
        }
        byte[] csv = Files.readAllBytes(both.get(1));
        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    private static List<Path> pngs(Path dir) {
        return files(dir, ".png");
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
