package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.of;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the per-rule tests: one review database per test class, and per test a copy of the clean
 * report (src/test/resources/review-fixtures/clean) that the test changes where its rule should fire.
 */
abstract class RuleTestBase {

    private static ReviewFixture fixture;

    @TempDir
    Path data;

    @BeforeAll
    static void open() {
        fixture = new ReviewFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** A fresh copy of the clean report, to change before {@link #load}. */
    CsvDataSet report() {
        return CsvDataSet.copy(ReviewFixture.CLEAN, data, "clean");
    }

    /** Loads the report with the review checks and returns everything they found. */
    List<Finding> loadAll() {
        return fixture.load(data);
    }

    /** Loads the report with the review checks and returns what {@code rule} found. */
    List<Finding> load(ReviewRule rule) {
        return of(loadAll(), rule);
    }

    /** The row of indicator {@code seq} in table {@code tableNo} (0: the whole-unit table). */
    static Map<String, String> indicator(int tableNo, int seq) {
        return where("table_no", String.valueOf(tableNo), "seq", String.valueOf(seq));
    }
}
