package com.perfdash.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.perfdash.TestDatabase;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium from the operating system's packages ({@code chromium}, {@code chromium-driver}),
 * driven over WebDriver. Both paths are given explicitly, so Selenium never looks for, let alone
 * downloads, a browser or a driver. Another location can be named with the system properties
 * {@code perfdash.chromium} and {@code perfdash.chromedriver}.
 * <p>
 * The browser tests of a test JVM share one browser ({@link #shared}): starting one, and its first page
 * compiling the frontend bundle, costs seconds each time.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("perfdash.chromium", "/usr/bin/chromium"));
    /** Where the browser saves downloads, without asking, unless a test names another folder ({@link #downloadInto}). */
    static final Path DOWNLOADS = TestDatabase.WORK.resolve("browser-downloads").toAbsolutePath();
    /** The window every test starts with. */
    private static final Dimension WINDOW = new Dimension(1440, 900);
    static final Path DRIVER = Path.of(System.getProperty("perfdash.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Console messages that are not the app's fault. The browser asks every site for /favicon.ico; the
     * app has none, so that request ends on the sign-in redirect or a 404.
     */
    private static final List<String> HARMLESS = List.of("favicon.ico");

    /**
     * The JavaScript condition "every chart element shows ApexCharts' SVG with a path or its empty
     * state", over {@code charts}, the page's {@code perf-apexchart} elements; one definition for the
     * page's own probe ({@link #CHARTS_PAINTED_PROBE}) and the tests' polls.
     */
    static final String CHARTS_SETTLED_JS = """
            charts.length > 0 && charts.every((c) => {
              const empty = c.querySelector('.perf-apexchart-empty');
              return c.querySelector('.apexcharts-canvas svg path') !== null || (empty !== null && !empty.hidden);
            })""";

    /**
     * Installed into every document before its own scripts run: checks once per animation frame whether
     * the charts have settled and, in the first frame where they have, records {@code performance.now()}
     * in a task queued from that frame, which runs after the frame is painted. That is the time a user
     * sees the charts, without the WebDriver round trips of a poll (each poll adds tens of milliseconds,
     * and {@code driver.get} returns only after the load event). Recorded with the address it was seen
     * at, so a later in-app navigation is not credited with it.
     */
    private static final String CHARTS_PAINTED_PROBE = """
            (() => {
              const frame = () => {
                const charts = [...document.querySelectorAll('perf-apexchart')];
                if (%s) {
                  const href = location.href;
                  setTimeout(() => { window.__perfdashChartsPainted = { href, ms: performance.now() }; }, 0);
                } else if (performance.now() < 120000) {
                  requestAnimationFrame(frame);
                }
              };
              requestAnimationFrame(frame);
            })();""".formatted(CHARTS_SETTLED_JS);

    /**
     * A JavaScript expression for the poll that has just seen the charts settled: milliseconds from the
     * start of the navigation to the painted frame the probe recorded, or the poll's own time where the
     * probe has not (yet) recorded one for this address (an in-app navigation, or a poll that came first).
     */
    static final String CHARTS_PAINTED_MS_JS =
            "(window.__perfdashChartsPainted && window.__perfdashChartsPainted.href === location.href"
                    + " ? window.__perfdashChartsPainted.ms : performance.now())";

    static {
        // Belt and braces: Selenium Manager runs only when no driver path is known (and the build sets
        // SE_OFFLINE for it, so even then it would not download).
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    }

    /** This test JVM's browser, once a test has asked for it; closed when the JVM exits. */
    private static Chromium shared;

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** True when both the browser and its driver are installed where we look for them. */
    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /**
     * This test JVM's browser, started on the first call, as a fresh one would be for the next test
     * class: a blank page, no cookies, an empty console, the default window, downloads into
     * {@link #DOWNLOADS}. Do not close it; it is closed when the JVM exits.
     */
    public static synchronized Chromium shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "chromium-quit"));
        }
        ChromeDriver d = shared.driver;
        d.get("about:blank");
        d.manage().deleteAllCookies();
        d.manage().window().setSize(WINDOW);
        d.manage().logs().get(LogType.BROWSER); // reading empties the console buffer
        shared.downloadInto(DOWNLOADS);
        return shared;
    }

    /** Saves the browser's downloads into {@code folder} (created), without asking. */
    public void downloadInto(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    /** Starts a headless browser with a fresh profile and a 1440×900 window, Chinese first. */
    static Chromium start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("perfdash-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=zh-CN", "--user-data-dir=" + profile);
        try {
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                "download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CHARTS_PAINTED_PROBE));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(profile, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The console entries at level SEVERE since the last call (reading empties the browser's buffer),
     * without the {@link #HARMLESS} ones, each as "LEVEL message".
     */
    List<String> severeConsoleEntries() {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        severe.stream().filter(Chromium::harmless).forEach(m -> System.out.println("Ignored console entry: " + m));
        return severe.stream().filter(m -> !harmless(m)).toList();
    }

    private static boolean harmless(String message) {
        return HARMLESS.stream().anyMatch(message::contains);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is no failure
            }
        }
    }
}
