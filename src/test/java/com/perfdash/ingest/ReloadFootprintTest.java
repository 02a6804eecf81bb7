package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.base.db.Jdbis;
import com.perfdash.base.db.SchemaMigrations;
import com.perfdash.review.CsvDataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading the same files keeps the database file the size of its data: the tables a load replaces
 * hold no deleted rows afterwards (DuckDB does not vacuum them; docs/performance.md, "Database file over
 * reloads").
 */
class ReloadFootprintTest {

    @TempDir
    Path dir;

    @Test
    void ten_reloads_and_previews_of_the_seed_leave_no_deleted_rows_in_the_replaced_tables_and_the_file_does_not_grow() throws Exception {
        Path data = dir.resolve("data");
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        LoadSources sources = new LoadSources(data, dir.resolve("no-imports"));
        Path file = dir.resolve("app.duckdb");
        List<String> replaced = new ArrayList<>(DataLoader.MODEL_TABLES);
        replaced.addAll(List.of("report_metrics_store", "project_years_store"));
        replaced.addAll(ReportMetricsStore.REVIEWED_STORES);
        try (DuckDbDatabase db = DuckDbDatabase.openFile(file)) {
            Jdbi jdbi = Jdbis.create(db);
            SchemaMigrations.migrate(jdbi);
            DataLoader loader = new DataLoader(jdbi, TestDatabase.CLOCK);
            loader.load(sources);
            Map<String, Long> loaded = rows(jdbi, replaced);
            jdbi.useHandle(h -> h.execute("CHECKPOINT"));
            long firstSize = Files.size(file);
            for (int i = 0; i < 10; i++) {
                loader.load(sources);
                loader.dryRun(sources, h -> h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one());
            }
            jdbi.useHandle(h -> h.execute("CHECKPOINT"));

            assertThat(loaded).containsEntry("report", 1L).containsEntry("indicator", 22L);
            // what each table's storage holds, deleted rows included, is what it has
            assertThat(stored(jdbi, replaced)).isEqualTo(loaded);
            assertThat(rows(jdbi, replaced)).isEqualTo(loaded);
            // the freed blocks of one load are reused by the next: at most the first size and one copy more
            assertThat(Files.size(file)).isLessThanOrEqualTo(2 * firstSize);
        }
    }

    private static Map<String, Long> rows(Jdbi jdbi, List<String> tables) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbi.useHandle(h -> tables.forEach(t -> m.put(t, h.createQuery("SELECT count(*) FROM " + t).mapTo(Long.class).one())));
        return m;
    }

    private static Map<String, Long> stored(Jdbi jdbi, List<String> tables) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbi.useHandle(h -> tables.forEach(t -> m.put(t, h.createQuery(
                "SELECT estimated_size FROM duckdb_tables() WHERE table_name = :t AND NOT temporary").bind("t", t).mapTo(Long.class).one())));
        return m;
    }
}
