package com.perfdash;

import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.base.db.DuckDbSettings;
import com.perfdash.base.db.Jdbis;
import com.perfdash.base.db.SchemaMigrations;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.ReportMetricsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, migrated DuckDB for one test class (or one test); close it after the tests. Migrating an
 * empty database takes about a second (every script and definition file); so the schema is migrated
 * once per test JVM into a template file, and each database here starts as a copy of that file — in
 * {@code /dev/shm} (memory) where it has room, else in the temporary folder: about 0.1 s, the same
 * tables, views, macros, sequences and recorded versions. Closing it deletes the copy.
 */
public final class TestDatabase implements AutoCloseable {

    /** The repository's data folder (the tests run from the project root). */
    public static final Path DATA = Path.of("data");
    public static final Path SEED = DATA.resolve("seed");
    /**
     * The folder this test JVM writes its fixed-name files under: {@code target/test-fork-<n>} when the
     * tests run in parallel forks (pom.xml sets {@code perfdash.test.dir}), so that two forks never share
     * an import folder; {@code target} otherwise.
     */
    public static final Path WORK = Path.of(System.getProperty("perfdash.test.dir", "target"));
    /** The import folder of the test contexts ({@code perfdash.import.dir}): empty unless a test imports. */
    public static final Path NO_IMPORTS = WORK.resolve("no-imports");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final List<String> MODEL_TABLES = List.of("unit", "report", "report_text", "project", "eval_table",
            "funds_row", "goal", "indicator_level1", "indicator", "report_version", "report_metrics_store", "project_years_store",
            "project_name_key");

    /**
     * The test databases' DuckDB settings: the worker threads the build gives ({@code perfdash.db.threads},
     * 1 in the test run, where two test JVMs share two cores; DuckDB's default in a benchmark).
     */
    public static final DuckDbSettings SETTINGS = new DuckDbSettings("", "", System.getProperty("perfdash.db.threads", ""));
    /** The folder of this JVM's template and copies; the template, migrated once. */
    private static Path scratch;
    private static Path template;
    private static final AtomicInteger COPIES = new AtomicInteger();
    /** The fixture loads made once in this JVM ({@link #loadedOnce}), by key. */
    private static final java.util.Map<String, Path> SNAPSHOTS = new java.util.HashMap<>();
    /** The room {@code /dev/shm} must have to hold the copies: two test JVMs' open databases, with room to spare. */
    private static final long MIN_SHM_BYTES = 2L << 30;

    private final Path file;
    private final DuckDbDatabase database;
    private final Jdbi jdbi;

    public TestDatabase() {
        this(copyOf(null));
    }

    private TestDatabase(Path copy) {
        file = copy;
        database = DuckDbDatabase.openFile(file, SETTINGS);
        jdbi = Jdbis.create(database);
        // the copy is current: nothing to apply, but a changed script or definition would still be applied
        SchemaMigrations.migrate(jdbi);
    }

    /**
     * A database holding what {@code load} puts into a fresh one (a fixture load), made once per test JVM
     * for each {@code key} and copied for every later caller: the same rows, findings, stores and load
     * log. {@code key} must name everything the load depends on (the data set and the after-load steps).
     */
    public static TestDatabase loadedOnce(String key, java.util.function.Consumer<TestDatabase> load) {
        Path snapshot;
        synchronized (SNAPSHOTS) {
            snapshot = SNAPSHOTS.get(key);
            if (snapshot == null) {
                TestDatabase fresh = new TestDatabase();
                load.accept(fresh);
                fresh.jdbi.useHandle(h -> h.execute("CHECKPOINT"));
                fresh.database.close(); // kept: the file is the snapshot
                snapshot = fresh.file;
                SNAPSHOTS.put(key, snapshot);
            }
        }
        return new TestDatabase(copyOf(snapshot));
    }

    /**
     * A database holding the data folder {@code folder} as {@link #loader()} (no after-load steps) loads
     * it, made once per test JVM and copied ({@link #loadedOnce}): a test may change its copy.
     */
    public static TestDatabase loadedFrom(Path folder) {
        return loadedOnce("the loader alone: " + folder.toAbsolutePath().normalize(), db -> db.loader().load(folder));
    }

    /** A copy of {@code source}, or of the migrated template when it is null. */
    private static synchronized Path copyOf(Path source) {
        try {
            if (template == null) {
                scratch = Files.createTempDirectory(scratchRoot(), "perfdash-test-");
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::deleteScratch));
                Path migrated = scratch.resolve("migrated.duckdb");
                try (DuckDbDatabase db = DuckDbDatabase.openFile(migrated, SETTINGS)) {
                    Jdbi j = Jdbis.create(db);
                    SchemaMigrations.migrate(j);
                    j.useHandle(h -> h.execute("CHECKPOINT"));
                }
                template = migrated;
            }
            Path copy = scratch.resolve("db-" + COPIES.incrementAndGet() + ".duckdb");
            Files.copy(source == null ? template : source, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code /dev/shm} when it is there with room for a test JVM's databases (a container may give it only
     * 64 MB), else the temporary folder.
     */
    private static Path scratchRoot() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm) && Files.getFileStore(shm).getUsableSpace() >= MIN_SHM_BYTES) {
            return shm;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteScratch() {
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder in /dev/shm or the temporary folder; nothing to do at exit
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataLoader loader() {
        return new DataLoader(jdbi, CLOCK);
    }

    /**
     * Deletes every report and unit, as if nothing had been loaded, and the stored metrics and project years
     * with them (a test that writes the model tables itself calls {@link ReportMetricsStore#refresh} after
     * its rows).
     */
    public static void emptyModel(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            for (String table : List.of("indicator", "indicator_level1", "goal", "funds_row", "eval_table", "project",
                    "report_text", "report", "unit")) {
                h.execute("DELETE FROM " + table);
            }
            ReportMetricsStore.refresh(h);
        });
    }

    /** A hash over every row of every model table: equal before and after means nothing changed. */
    public String contentFingerprint() {
        StringBuilder s = new StringBuilder();
        jdbi.useHandle(h -> {
            for (String t : MODEL_TABLES) {
                s.append(t).append(':').append(h.createQuery("SELECT count(*) || '/' || coalesce(sum(hash(x)), 0) FROM (SELECT t AS x FROM " + t + " t)")
                        .mapTo(String.class).one()).append(' ');
            }
        });
        return s.toString();
    }

    @Override
    public void close() {
        database.close();
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
