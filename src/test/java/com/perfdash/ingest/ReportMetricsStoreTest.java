package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.perfdash.ingest.StoredRows.columns;
import static com.perfdash.ingest.StoredRows.copyFiles;
import static com.perfdash.ingest.StoredRows.count;
import static com.perfdash.ingest.StoredRows.difference;

import com.perfdash.TestDatabase;
import com.perfdash.base.db.SchemaMigrations;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-report metrics are stored once per load (report_metrics_store, V012) and read through the
 * scoped views report_metrics and report_scores: the store always equals the definition over the model
 * it holds, the views read as the live views they replaced, and a unit's connection sees its own unit.
 */
class ReportMetricsStoreTest {

    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    private TestDatabase db;

    @BeforeEach
    void loadTheShippedData() {
        db = TestDatabase.loadedFrom(TestDatabase.DATA);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void assertStoreIsCurrent(Handle h) {
        assertThat(count(h, "SELECT count(*) FROM report_metrics_store")).isEqualTo(count(h, "SELECT count(*) FROM report")).isPositive();
        assertThat(difference(h, "report_metrics_store", "report_metrics_live")).isZero();
    }

    @Test
    void after_a_load_the_stored_metrics_are_those_of_the_definition() {
        db.jdbi().useHandle(h -> {
            assertStoreIsCurrent(h);
            // the seed's hand-checked figures (docs/metrics.md)
            Map<String, Object> seed = h.createQuery("SELECT * FROM report_metrics WHERE unit_code = :u")
                    .bind("u", SEED_UNIT).mapToMap().one();
            assertThat((BigDecimal) seed.get("full_year_budget")).isEqualByComparingTo("516.66");
            assertThat((BigDecimal) seed.get("total_score")).isEqualByComparingTo("92");
            assertThat(h.createQuery("SELECT score_grade FROM report_scores WHERE unit_code = :u").bind("u", SEED_UNIT)
                    .mapTo(String.class).one()).isEqualTo("优");
        });
    }

    @Test
    void report_metrics_and_report_scores_read_as_the_live_views_they_replaced() {
        db.jdbi().useHandle(h -> {
            // the definitions as V011 (report_metrics over the scoped views) and V005 (report_scores) left them
            String v011 = ClasspathSql.read("db/migration/V011__data_scope.sql");
            h.execute(v011.substring(v011.indexOf("CREATE OR REPLACE VIEW report_metrics AS"), v011.indexOf("-- project_years"))
                    .replace("CREATE OR REPLACE VIEW report_metrics AS", "CREATE TEMP VIEW live_metrics AS"));
            String v005 = ClasspathSql.read("db/migration/V005__overview_metrics.sql");
            h.execute(v005.substring(v005.indexOf("CREATE VIEW report_scores AS"), v005.indexOf("-- One row per fiscal year"))
                    .replace("CREATE VIEW report_scores AS", "CREATE TEMP VIEW live_scores AS")
                    .replace("report_metrics", "live_metrics"));
            for (String[] pair : List.of(new String[] {"report_metrics", "live_metrics"}, new String[] {"report_scores", "live_scores"})) {
                assertThat(columns(h, pair[0])).as(pair[0]).isEqualTo(columns(h, pair[1])).isNotEmpty();
                assertThat(difference(h, pair[0], pair[1])).as(pair[0]).isZero();
                h.execute("SET VARIABLE scope_unit = 'qh-caizheng'");
                assertThat(difference(h, pair[0], pair[1])).as(pair[0] + " scoped").isZero();
                h.execute("SET VARIABLE scope_unit = NULL");
            }
        });
    }

    @Test
    void a_unit_scoped_connection_sees_its_own_unit_only() {
        db.jdbi().useHandle(h -> {
            int all = count(h, "SELECT count(*) FROM report_metrics");
            int ownReports = count(h, "SELECT count(*) FROM report WHERE unit_code = 'qh-caizheng'");
            int ownScoreChanges = count(h, "SELECT count(score_change) FROM report_scores WHERE unit_code = 'qh-caizheng'");
            h.execute("SET VARIABLE scope_unit = 'qh-caizheng'");
            for (String view : List.of("report_metrics", "report_scores")) {
                assertThat(h.createQuery("SELECT DISTINCT unit_code FROM " + view).mapTo(String.class).list()).as(view)
                        .containsExactly("qh-caizheng");
                assertThat(count(h, "SELECT count(*) FROM " + view)).as(view).isEqualTo(ownReports).isLessThan(all);
            }
            // each year's change against the year before is the unit's own, as without a scope
            assertThat(count(h, "SELECT count(score_change) FROM report_scores")).isEqualTo(ownScoreChanges).isPositive();
        });
    }

    @Test
    void a_dry_run_and_the_after_load_steps_see_the_metrics_of_the_loaded_reports_and_a_rollback_restores_them(@TempDir Path tmp)
            throws IOException {
        Path seedOnly = tmp.resolve("data");
        copyFiles(TestDatabase.SEED, seedOnly.resolve("seed"));
        List<Integer> seenBySteps = new ArrayList<>();
        AfterLoadStep step = h -> seenBySteps.add(count(h, "SELECT count(*) FROM report_metrics"));
        DataLoader loader = new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of(step));

        List<String> units = loader.dryRun(LoadSources.dataOnly(seedOnly), h -> {
            assertStoreIsCurrent(h);
            return h.createQuery("SELECT unit_code FROM report_metrics").mapTo(String.class).list();
        });

        assertThat(units).containsExactly(SEED_UNIT);
        assertThat(seenBySteps).containsExactly(1);
        db.jdbi().useHandle(h -> {
            assertStoreIsCurrent(h);
            assertThat(count(h, "SELECT count(*) FROM report_metrics")).isGreaterThan(1);
        });
    }

    @Test
    void a_failed_load_leaves_the_stored_metrics_as_they_were(@TempDir Path tmp) throws IOException {
        Path seedOnly = tmp.resolve("data");
        copyFiles(TestDatabase.SEED, seedOnly.resolve("seed"));
        int before = db.jdbi().withHandle(h -> count(h, "SELECT count(*) FROM report_metrics_store"));
        AfterLoadStep failing = h -> {
            throw new IllegalStateException("a failing step");
        };

        assertThatThrownBy(() -> new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of(failing)).load(seedOnly))
                .hasMessage("a failing step");

        db.jdbi().useHandle(h -> {
            assertStoreIsCurrent(h);
            assertThat(count(h, "SELECT count(*) FROM report_metrics_store")).isEqualTo(before);
        });
    }

    @Test
    void rows_written_outside_a_load_are_stored_by_a_refresh() {
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE funds_row SET executed = 500 WHERE row_kind = 'total' AND table_id = "
                    + "(SELECT table_id FROM eval_table t JOIN report r USING (report_id) WHERE r.unit_code = ? AND t.table_no = 0)",
                    SEED_UNIT);
            ReportMetricsStore.refresh(h);
            assertStoreIsCurrent(h);
            assertThat(h.createQuery("SELECT executed FROM report_metrics WHERE unit_code = :u").bind("u", SEED_UNIT)
                    .mapTo(BigDecimal.class).one()).isEqualByComparingTo("500");
        });
    }

    @Test
    void the_migration_stores_the_metrics_of_the_data_already_loaded() {
        db.jdbi().useHandle(h -> {
            h.execute("DROP VIEW report_metrics_live");
            h.execute("DROP TABLE report_metrics_store");
            h.execute("DELETE FROM schema_version WHERE version = 12");
        });

        assertThat(SchemaMigrations.migrate(db.jdbi())).isEqualTo(1);

        db.jdbi().useHandle(ReportMetricsStoreTest::assertStoreIsCurrent);
    }
}
