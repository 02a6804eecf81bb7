package com.perfdash.review;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One in-memory DuckDB for a test class, loaded with the review checks as the app loads: each
 * {@link #load(Path)} replaces the reports and recomputes every finding.
 */
public final class ReviewFixture implements AutoCloseable {

    /** The seed report with every defect DOMAIN.md lists corrected. */
    public static final Path CLEAN = Path.of("src/test/resources/review-fixtures/clean");

    private final TestDatabase db;
    private final ReviewChecks checks = new ReviewChecks(TestDatabase.CLOCK);
    private final ReviewService service;

    public ReviewFixture() {
        this(new TestDatabase());
    }

    private ReviewFixture(TestDatabase db) {
        this.db = db;
        this.service = new ReviewService(db.jdbi());
    }

    TestDatabase db() {
        return db;
    }

    ReviewService service() {
        return service;
    }

    ReviewChecks checks() {
        return checks;
    }

    DataLoader loader() {
        return new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of(checks));
    }

    /**
     * A fixture holding a copy of the shipped data set {@code set} ("seed", "demo"), copied into
     * {@code dataDir} (a test's temporary folder, so that the test may change it) and loaded.
     */
    static ReviewFixture shipped(String set, Path dataDir) {
        CsvDataSet.copy(TestDatabase.DATA.resolve(set), dataDir, set);
        // loaded with the review checks once per test JVM, copied for every later fixture of the set
        return new ReviewFixture(TestDatabase.loadedOnce("shipped " + set + " with the review checks",
                fresh -> new ReviewFixture(fresh).load(dataDir)));
    }

    /** Loads every data set under {@code dataDir} and returns all findings. */
    List<Finding> load(Path dataDir) {
        loader().load(dataDir);
        return all();
    }

    List<Finding> all() {
        return service.findings(FindingFilter.ALL, 0, 100_000);
    }

    static List<Finding> of(List<Finding> findings, ReviewRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /** Rule and first row key, e.g. "SUM_FUNDS_ROWS f0-total": what a finding is and where. */
    static String where(Finding f) {
        return f.rule() + " " + (f.rowKeys().isEmpty() ? "-" : f.rowKeys().get(0));
    }

    static String zh(Finding f) {
        return f.message(Locale.CHINESE);
    }

    static String en(Finding f) {
        return f.message(Locale.ENGLISH);
    }

    @Override
    public void close() {
        db.close();
    }
}
