package com.perfdash.bench;

import com.perfdash.TestDatabase;
import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.LoadSources;
import com.perfdash.review.ReviewChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed cost of a load: the real seed report alone (one unit, one year, its 30 indicators) loaded
 * again and again into one in-memory database, by the loader alone (staging, validation, replacing the
 * model, the stored metrics) and with the app's after-load steps (the review checks and the project
 * keys), against DuckDB reading the same eight files into typed tables (in a database of its own). Every test, every import
 * preview and every reload pays it. Prints the medians and writes target/bench/one-report-load.md.
 */
@Tag("bench")
class OneReportLoadBenchmark {

    private static final int WARMUP = 10;
    private static final int RUNS = Integer.getInteger("bench.oneReportRuns", 40);

    @TempDir
    Path imports;

    @Test
    void one_report_load_against_bare_duckdb() throws Exception {
        LoadSources sources = LoadSources.dataOnly(seedDataFolder());
        List<AfterLoadStep> appSteps = List.of(new ReviewChecks(TestDatabase.CLOCK));
        try (TestDatabase db = new TestDatabase(); DuckDbDatabase bareDb = DuckDbDatabase.inMemory(); Connection c = bareDb.newConnection();
             Statement st = c.createStatement()) {
            DataLoader alone = db.loader();
            DataLoader withSteps = new DataLoader(db.jdbi(), TestDatabase.CLOCK, appSteps);
            Samples[] loaderAndBare = Samples.measurePair(WARMUP, RUNS, () -> alone.load(sources),
                    () -> BareLoad.readTyped(st, TestDatabase.SEED));
            Samples app = Samples.measure(WARMUP, RUNS, () -> withSteps.load(sources));
            double bare = loaderAndBare[1].medianMillis();
            String report = String.format(Locale.ROOT, """
                    ## One report's load (the seed), %d runs after %d, in-memory database

                    | load | median ms | p95 ms | × bare DuckDB |
                    |---|---|---|---|
                    | bare DuckDB read_csv, typed | %s | %s | 1.0 |
                    | the loader alone (staging, validation, model, stored metrics) | %s | %s | %.1f |
                    | as the app loads (with the review checks) | %s | %s | %.1f |
                    """, RUNS, WARMUP,
                    Samples.ms(bare), Samples.ms(loaderAndBare[1].p95Millis()),
                    Samples.ms(loaderAndBare[0].medianMillis()), Samples.ms(loaderAndBare[0].p95Millis()),
                    loaderAndBare[0].medianMillis() / bare,
                    Samples.ms(app.medianMillis()), Samples.ms(app.p95Millis()), app.medianMillis() / bare);
            System.out.println(report);
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "one-report-load.md"), report, StandardCharsets.UTF_8);
        }
    }

    /** A data folder holding the seed alone (the shipped data folder also holds the demo district). */
    private Path seedDataFolder() throws Exception {
        Path folder = imports.resolve("data");
        com.perfdash.review.CsvDataSet.copy(TestDatabase.SEED, folder, "seed");
        return folder;
    }
}
