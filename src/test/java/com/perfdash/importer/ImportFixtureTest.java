package com.perfdash.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the import tests that need nothing but the default {@link ImportFixture}: one fixture per test
 * class under its own temporary folder {@link #root}, put back after each test and closed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportFixtureTest {

    @TempDir
    static Path root;

    protected ImportFixture fx;

    @BeforeAll
    void openFixture() throws IOException {
        fx = new ImportFixture(root);
    }

    @AfterEach
    void resetFixture() {
        fx.reset();
    }

    @AfterAll
    void closeFixture() {
        fx.close();
    }
}
