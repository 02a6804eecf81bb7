package com.perfdash.units;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Data folders for the unit tests: the real seed alone, or the seed beside a small multi-year fixture. */
final class UnitsFixtures {

    static final String SEED_UNIT = "zz-hetang-qwbgs";
    static final Path FIXTURE = Path.of("src/test/resources/com/perfdash/units/fixture");

    private UnitsFixtures() {
    }

    /** A database holding only the seed report (whatever else data/ holds). */
    static TestDatabase seedOnly(Path tempDir) throws IOException {
        copy(TestDatabase.SEED, tempDir.resolve("seed"));
        TestDatabase db = new TestDatabase();
        db.loader().load(tempDir);
        return db;
    }

    /** The seed plus the fixture: fx-a (2018, 2019), fx-b (2019), fx-c (no report). */
    static TestDatabase seedAndFixture(Path tempDir) throws IOException {
        copy(TestDatabase.SEED, tempDir.resolve("seed"));
        copy(FIXTURE, tempDir.resolve("fixture"));
        TestDatabase db = new TestDatabase();
        db.loader().load(tempDir);
        return db;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile) // the data files only: a copy may be edited, its manifest would not match
                    .filter(f -> !f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
