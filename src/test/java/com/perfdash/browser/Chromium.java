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
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("perfdash.chromium", "/usr/bin/chromium"));
    /** Where the browser saves downloads, without asking. */
    static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();
    static final Path DRIVER = Path.of(System.getProperty("perfdash.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Console messages that are not the app's fault. The browser asks every site for /favicon.ico; the
     * app has none, so that request ends on the sign-in redirect or a 404.
     */
    private static final List<String> HARMLESS = List.of("favicon.ico");

    static {
        // Belt and braces: Selenium Manager runs only when no driver path is known (and the build sets
        // SE_OFFLINE for it, so even then it would not download).
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    }

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** True when both the browser and its driver are installed where we look for them. */
    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
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
                "--window-size=1440,900", "--lang=zh-CN", "--user-data-dir=" + profile);
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
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(profile, driver);
    }

    ChromeDriver driver() {
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
