package com.perfdash.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The deployable jar, as README's "Deploy" section builds and runs it: {@code ./mvnw -Pproduction package}
 * (here in a copy of the project under {@code target/production-jar/}, so that the development build's
 * classes stay as they are; the classes compiled by this build are reused, and the committed
 * {@code src/main/bundles/prod.bundle} spares the build npm), then {@code java -jar} with the Spring profile {@code prod} on a free port, a
 * throw-away database and import folder, a copy of the shipped data, and a {@code PATH} that holds only
 * Java (no Node.js, no npm). Headless Chromium signs in with the first admin's password, opens the
 * overview and waits for its charts; the browser console must stay clean; the process is stopped at the
 * end. Runs in {@code ./mvnw -B verify} (Failsafe); skipped where Chromium is not installed. Another jar
 * can be named with {@code -Dperfdash.production.jar=…} (then nothing is built).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionJarIT {

    private static final Path BUILD_DIR = Path.of("target", "production-jar").toAbsolutePath();
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ADMIN_PASSWORD = "smoke-" + UUID.randomUUID();

    private Path jar;
    private Path home;
    private Path log;
    private Process app;
    private int port;
    private Chromium chromium;
    private ChromeDriver driver;

    @BeforeAll
    void buildAndStartTheJar() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed: " + Chromium.BROWSER + ", " + Chromium.DRIVER);
        String given = System.getProperty("perfdash.production.jar", "");
        jar = given.isBlank() ? buildProductionJar() : Path.of(given).toAbsolutePath();
        assertThat(jar).isRegularFile();

        home = Files.createTempDirectory("perfdash-production-");
        copyTree(Path.of("data"), home.resolve("data"));
        port = freePort();
        log = BUILD_DIR.resolve("app.log");
        Files.createDirectories(BUILD_DIR);
        String javaBin = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx1g", "-jar", jar.toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        // only Java on the path: the jar must not need Node.js or npm at run time
        env.put("PATH", Path.of(javaBin).getParent().toString());
        env.put("HOME", home.toString());
        env.put("PORT", Integer.toString(port));
        env.put("PERFDASH_DB", home.resolve("var/perfdash.duckdb").toString());
        env.put("PERFDASH_DATA", home.resolve("data").toString());
        env.put("PERFDASH_IMPORTS", home.resolve("var/imports").toString());
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("PERFDASH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        app = pb.start();
        waitUntilServing();

        Files.createDirectories(BrowserTest.SCREENSHOTS);
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (app != null) {
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            if (home != null) {
                deleteTree(home);
            }
        }
    }

    @Test
    void the_jar_runs_vaadin_in_production_mode_without_the_development_tools() throws IOException {
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Vaadin is running in production mode.");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> libraries = zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libraries).as("libraries in the jar")
                    .isNotEmpty()
                    .noneMatch(n -> n.contains("vaadin-dev-server") || n.contains("/vaadin-dev-"));
            assertThat(zip.getEntry("META-INF/VAADIN/webapp/index.html")).as("the production frontend bundle").isNotNull();
        }
    }

    @Test
    void the_prod_profile_has_no_demo_accounts_and_the_admin_signs_in_to_the_overview_with_its_charts_drawn() throws IOException {
        // the prod profile creates no demo accounts: the README's demo password does not sign in
        signIn("leader", "leader-demo");
        await("the login form's error").until(d -> d.getCurrentUrl().contains("/login?error") ? Boolean.TRUE : null);
        assertThat(driver.getCurrentUrl()).contains("/login");

        signIn("admin", ADMIN_PASSWORD);
        await("a page after signing in").until(d -> !d.getCurrentUrl().contains("/login") && !heading().isEmpty());
        List<Double> firstChart = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            driver.get(url(""));
            String heading = await("the overview's heading").until(d -> heading().isEmpty() ? null : heading());
            assertThat(heading).isEqualTo("总览");
            List<?> drawn = waitForCharts();
            assertThat(((Number) drawn.get(0)).intValue()).as("chart elements").isEqualTo(4);
            assertThat(((Number) drawn.get(1)).intValue()).as("charts with a drawn series").isEqualTo(4);
            firstChart.add(((Number) drawn.get(2)).doubleValue());
        }
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), BrowserTest.SCREENSHOTS.resolve("production-overview.png"),
                StandardCopyOption.REPLACE_EXISTING);
        double median = firstChart.stream().sorted().toList().get(firstChart.size() / 2);
        Files.writeString(BrowserTest.SCREENSHOTS.resolve("timings-production.txt"),
                String.format(Locale.ROOT, "production jar, overview first chart, 5 loads: %s ms, median %.0f ms%n",
                        firstChart.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList(), median),
                StandardCharsets.UTF_8);
        // docs/performance.md holds the figures; this only catches a page that no longer draws promptly at all
        assertThat(median).isLessThan(10_000);
        assertThat(chromium.severeConsoleEntries()).as("console errors").isEmpty();
    }

    // ---- the build and the process --------------------------------------------------------------

    /**
     * {@code ./mvnw -Pproduction package} in a copy of the project under {@link #BUILD_DIR} (its build
     * files, {@code src/main}, {@code frontend}), reusing this build's compiled classes. In a copy, because
     * a production build whose frontend no longer matches the committed {@code prod.bundle} (a component
     * or frontend file added since) runs npm and writes a new bundle into its {@code src/main/bundles}:
     * the test then still builds and checks the jar, and says which file to commit.
     */
    private static Path buildProductionJar() throws Exception {
        Path classes = Path.of("target", "classes");
        assertThat(classes).as("the classes of this build").isDirectory();
        deleteTree(BUILD_DIR);
        Path project = BUILD_DIR.resolve("project");
        for (String part : List.of("src/main", "frontend", ".mvn")) {
            copyTree(Path.of(part), project.resolve(part));
        }
        for (String file : List.of("pom.xml", "mvnw")) {
            Files.copy(Path.of(file), project.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        copyTree(classes, project.resolve("target/classes"));
        Path buildLog = BUILD_DIR.resolve("build.log");
        Process build = new ProcessBuilder(project.resolve("mvnw").toString(), "-B", "-Pproduction",
                "-Dmaven.main.skip=true", "-Dmaven.test.skip=true", "package")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(buildLog.toFile())
                .start();
        if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            build.destroyForcibly();
            throw new AssertionError("the production build took longer than " + BUILD_TIMEOUT + "; see " + buildLog);
        }
        String out = Files.readString(buildLog, StandardCharsets.UTF_8);
        assertThat(build.exitValue()).as("exit code of the production build; its log ends:%n%s", tail(out)).isZero();
        if (!out.contains("A production mode bundle build is not needed")) {
            // the jar is still right (the build ran npm and Vite); only the committed bundle is stale
            System.out.println("ProductionJarIT: src/main/bundles/prod.bundle does not match the frontend any more, so the production"
                    + " build ran npm; commit the new bundle from " + project.resolve("src/main/bundles/prod.bundle"));
        }
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("perfdash-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar in " + project.resolve("target")));
        }
    }

    private void waitUntilServing() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the jar exited with " + app.exitValue() + "; its log ends:\n"
                        + tail(Files.readString(log, StandardCharsets.UTF_8)));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("login")).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the jar did not answer on port " + port + " within " + START_TIMEOUT + "; its log ends:\n"
                + tail(Files.readString(log, StandardCharsets.UTF_8)));
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the browser ------------------------------------------------------------------------------

    private String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    private WebDriverWait await(String what) {
        WebDriverWait w = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(20));
        w.withMessage(() -> "waiting for " + what + " at " + driver.getCurrentUrl());
        return w;
    }

    private String heading() {
        return String.valueOf(driver.executeScript(
                "const h = document.querySelector('h1.page-title'); return h ? h.textContent.trim() : '';"));
    }

    /** Types into the login form once the server has given it its action (typing before that is lost). */
    private void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        WebElement name = await("the login form").until(d -> "login".equals(driver.executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f && customElements.get('vaadin-login-form') ? f.action : null;"))
                ? d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).stream().findFirst().orElse(null) : null);
        name.sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /** [chart elements, drawn charts, ms from navigation start] once every chart has drawn or shows its empty state. */
    private List<?> waitForCharts() {
        return await("the charts").until(d -> (List<?>) ((JavascriptExecutor) d).executeScript("""
                const charts = [...document.querySelectorAll('perf-apexchart')];
                if (!(%s)) { return null; }
                const drawn = charts.filter((c) => c.querySelector('.apexcharts-canvas svg path') !== null).length;
                return [charts.length, drawn, %s];""".formatted(Chromium.CHARTS_SETTLED_JS, Chromium.CHARTS_PAINTED_MS_JS)));
    }
}
