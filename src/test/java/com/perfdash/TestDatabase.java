package com.perfdash;

import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.base.db.Jdbis;
import com.perfdash.base.db.SchemaMigrations;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.ReportMetricsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** A fresh, migrated in-memory DuckDB for one test class; close it after the tests. */
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

    private final DuckDbDatabase database = DuckDbDatabase.inMemory();
    private final Jdbi jdbi = Jdbis.create(database);

    public TestDatabase() {
        SchemaMigrations.migrate(jdbi);
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
    }
}
