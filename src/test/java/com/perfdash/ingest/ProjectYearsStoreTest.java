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
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project years are stored once per load (project_years_store, V013) and read through the scoped view
 * project_years: the store always equals the definition (project_years_live) over the model it holds,
 * whether or not project_name_key already holds the names' keys, and the view reads as the live view of
 * V011 it replaced, with and without a unit scope.
 */
class ProjectYearsStoreTest {

    private static final String SEED_UNIT = "zz-hetang-qwbgs";
    private static final String SCOPE_UNIT = "qh-caizheng";

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
        assertThat(count(h, "SELECT count(*) FROM project_years_store"))
                .isEqualTo(count(h, "SELECT count(*) FROM project_years_live")).isPositive();
        assertThat(difference(h, "project_years_store", "project_years_live")).isZero();
    }

    /** Column by column, so that lists and the struct-derived columns are compared one by one too. */
    private static void assertEveryColumnIsCurrent(Handle h) {
        assertThat(count(h, "SELECT count(*) FROM project_years_store s JOIN project_years_live l "
                + "USING (unit_code, fiscal_year, report_id, project_key) "
                + "WHERE s.listed_names IS NOT DISTINCT FROM l.listed_names AND s.kinds IS NOT DISTINCT FROM l.kinds "
                + "AND s.listed_count = l.listed_count AND s.budget IS NOT DISTINCT FROM l.budget "
                + "AND s.table_no IS NOT DISTINCT FROM l.table_no AND s.table_count = l.table_count "
                + "AND s.table_name IS NOT DISTINCT FROM l.table_name AND s.table_budget IS NOT DISTINCT FROM l.table_budget "
                + "AND s.table_executed IS NOT DISTINCT FROM l.table_executed "
                + "AND s.table_execution_rate IS NOT DISTINCT FROM l.table_execution_rate "
                + "AND s.table_score IS NOT DISTINCT FROM l.table_score AND s.table_grade IS NOT DISTINCT FROM l.table_grade"))
                .isEqualTo(count(h, "SELECT count(*) FROM project_years_live"));
    }

    @Test
    void after_a_load_the_stored_project_years_are_those_of_the_definition() {
        db.jdbi().useHandle(h -> {
            assertStoreIsCurrent(h);
            assertEveryColumnIsCurrent(h);
            // the rows compared include either kind, tables without listed rows, and tables' own columns
            assertThat(count(h, "SELECT count(DISTINCT kinds) FROM project_years_store WHERE listed_count > 0")).isEqualTo(2);
            assertThat(count(h, "SELECT count(*) FROM project_years_store WHERE listed_count = 0 AND table_no IS NOT NULL")).isPositive();
            assertThat(count(h, "SELECT count(*) FROM project_years_store WHERE table_name IS NOT NULL AND table_budget IS NOT NULL "
                    + "AND table_execution_rate IS NOT NULL AND table_score IS NOT NULL AND table_grade IS NOT NULL")).isPositive();
        });
    }

    @Test
    void several_names_under_one_key_are_stored_as_the_definition_lists_them() {
        db.jdbi().useHandle(h -> {
            // the shipped data lists each key once a year: list a project of a unit's first report again, after
            // it, under another name with the same key ("2020年度 ..." and full-width letters) and the other kind
            var first = h.createQuery("SELECT p.report_id, p.seq, p.project_name, p.kind FROM project p JOIN report r USING (report_id) "
                    + "WHERE r.unit_code = :u ORDER BY r.fiscal_year, p.seq LIMIT 1").bind("u", SCOPE_UNIT).mapToMap().one();
            int reportId = ((Number) first.get("report_id")).intValue();
            String name = (String) first.get("project_name");
            String other = "initial".equals(first.get("kind")) ? "midyear" : "initial";
            h.execute("INSERT INTO project (report_id, seq, project_name, kind, budget, actual, carryover) "
                    + "SELECT ?, max(seq) + 1, ?, ?, 1.50, 1.00, 0.50 FROM project WHERE report_id = ?",
                    reportId, "（2020年度）" + name + "ＡＢ", other, reportId);
            h.execute("UPDATE project SET project_name = project_name || 'ab' WHERE report_id = ? AND seq = ?",
                    reportId, first.get("seq"));
            ReportMetricsStore.refresh(h);

            assertStoreIsCurrent(h);
            assertEveryColumnIsCurrent(h);
            var row = h.createQuery("SELECT listed_names, listed_count, kinds FROM project_years WHERE report_id = :r "
                    + "AND listed_count > 1").bind("r", reportId).mapToMap().one();
            assertThat(row.get("listed_count")).isEqualTo(2);
            assertThat(h.createQuery("SELECT unnest(listed_names) FROM project_years WHERE report_id = :r AND listed_count > 1")
                    .bind("r", reportId).mapTo(String.class).list())
                    .containsExactly(name + "ab", "（2020年度）" + name + "ＡＢ");
            assertThat(h.createQuery("SELECT unnest(kinds) FROM project_years WHERE report_id = :r AND listed_count > 1")
                    .bind("r", reportId).mapTo(String.class).list())
                    .containsExactly("initial", "midyear");
        });
    }

    @Test
    void project_years_reads_as_the_live_view_of_v011_it_replaced() {
        db.jdbi().useHandle(h -> {
            String v011 = ClasspathSql.read("db/migration/V011__data_scope.sql");
            h.execute(v011.substring(v011.indexOf("CREATE OR REPLACE VIEW project_years AS"))
                    .replace("CREATE OR REPLACE VIEW project_years AS", "CREATE TEMP VIEW live_project_years AS")
                    // V023 keeps amounts to four decimals; V011's empty table struct said two
                    .replace("budget DECIMAL(18,2), executed DECIMAL(18,2)", "budget DECIMAL(18,4), executed DECIMAL(18,4)"));

            assertThat(columns(h, "project_years")).isEqualTo(columns(h, "live_project_years")).hasSize(20);
            int all = count(h, "SELECT count(*) FROM project_years");
            assertThat(difference(h, "project_years", "live_project_years")).isZero();

            h.execute("SET VARIABLE scope_unit = '" + SCOPE_UNIT + "'");
            assertThat(difference(h, "project_years", "live_project_years")).isZero();
            assertThat(h.createQuery("SELECT DISTINCT unit_code FROM project_years").mapTo(String.class).list())
                    .containsExactly(SCOPE_UNIT);
            assertThat(count(h, "SELECT count(*) FROM project_years")).isPositive().isLessThan(all);
            h.execute("SET VARIABLE scope_unit = NULL");
        });
    }

    @Test
    void the_refresh_stores_the_key_of_every_loaded_name_and_only_of_those() {
        db.jdbi().useTransaction(h -> {
            int names = count(h, "SELECT count(*) FROM project_names");
            assertThat(names).isPositive();
            assertThat(count(h, "SELECT count(*) FROM project_name_key")).isEqualTo(names);
            assertThat(count(h, "SELECT count(*) FROM project_name_key k JOIN project_names n USING (project_name) "
                    + "WHERE k.project_key = project_key(n.project_name)")).isEqualTo(names);
            String listed = h.createQuery("SELECT min(project_name) FROM project").mapTo(String.class).one();
            String stored = storeDigest(h);

            // a name no report bears any more, and a loaded name whose key is missing
            h.execute("INSERT INTO project_name_key VALUES ('不再载入的项目', '不再载入的')");
            h.execute("DELETE FROM project_name_key WHERE project_name = ?", listed);
            ReportMetricsStore.refresh(h);

            assertThat(count(h, "SELECT count(*) FROM project_name_key")).isEqualTo(names);
            assertThat(count(h, "SELECT count(*) FROM project_name_key WHERE project_name = '不再载入的项目'")).isZero();
            assertThat(h.createQuery("SELECT project_key FROM project_name_key WHERE project_name = :n").bind("n", listed)
                    .mapTo(String.class).one()).isEqualTo(h.createQuery("SELECT project_key(:n)").bind("n", listed).mapTo(String.class).one());
            assertThat(storeDigest(h)).isEqualTo(stored);
            h.rollback();
        });
    }

    private static String storeDigest(Handle h) {
        return h.createQuery("SELECT count(*) || '/' || sum(hash(s)) FROM project_years_store s").mapTo(String.class).one();
    }

    @Test
    void a_dry_run_and_the_after_load_steps_see_the_project_years_of_the_loaded_reports_and_a_rollback_restores_them(
            @TempDir Path tmp) throws IOException {
        Path seedOnly = tmp.resolve("data");
        copyFiles(TestDatabase.SEED, seedOnly.resolve("seed"));
        String before = db.contentFingerprint();
        List<Integer> seenBySteps = new ArrayList<>();
        AfterLoadStep step = h -> seenBySteps.add(count(h, "SELECT count(DISTINCT unit_code) FROM project_years"));
        DataLoader loader = new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of(step));

        List<String> units = loader.dryRun(LoadSources.dataOnly(seedOnly), h -> {
            assertStoreIsCurrent(h);
            return h.createQuery("SELECT DISTINCT unit_code FROM project_years").mapTo(String.class).list();
        });

        assertThat(units).containsExactly(SEED_UNIT);
        assertThat(seenBySteps).containsExactly(1);
        assertThat(db.contentFingerprint()).isEqualTo(before);
        db.jdbi().useHandle(ProjectYearsStoreTest::assertStoreIsCurrent);
    }

    @Test
    void a_failed_load_leaves_the_stored_project_years_as_they_were(@TempDir Path tmp) throws IOException {
        Path seedOnly = tmp.resolve("data");
        copyFiles(TestDatabase.SEED, seedOnly.resolve("seed"));
        String before = db.contentFingerprint();
        AfterLoadStep failing = h -> {
            throw new IllegalStateException("a failing step");
        };

        assertThatThrownBy(() -> new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of(failing)).load(seedOnly))
                .hasMessage("a failing step");

        assertThat(db.contentFingerprint()).isEqualTo(before);
        db.jdbi().useHandle(ProjectYearsStoreTest::assertStoreIsCurrent);
    }

    @Test
    void rows_written_outside_a_load_are_stored_by_a_refresh() {
        db.jdbi().useHandle(h -> {
            String key = h.createQuery("SELECT project_key FROM project_years WHERE unit_code = :u AND listed_count = 1 "
                    + "ORDER BY fiscal_year, project_key LIMIT 1").bind("u", SCOPE_UNIT).mapTo(String.class).one();
            h.execute("UPDATE project SET budget = 12345.67 WHERE project_name = (SELECT listed_names[1] FROM project_years "
                    + "WHERE unit_code = ? AND project_key = ? ORDER BY fiscal_year LIMIT 1) AND report_id = (SELECT report_id "
                    + "FROM project_years WHERE unit_code = ? AND project_key = ? ORDER BY fiscal_year LIMIT 1)",
                    SCOPE_UNIT, key, SCOPE_UNIT, key);
            ReportMetricsStore.refresh(h);
            assertStoreIsCurrent(h);
            assertThat(h.createQuery("SELECT budget FROM project_years WHERE unit_code = :u AND project_key = :k "
                    + "ORDER BY fiscal_year LIMIT 1").bind("u", SCOPE_UNIT).bind("k", key).mapTo(BigDecimal.class).one())
                    .isEqualByComparingTo("12345.67");
        });
    }

    @Test
    void emptying_the_model_empties_the_store() {
        TestDatabase.emptyModel(db.jdbi());
        db.jdbi().useHandle(h -> assertThat(count(h, "SELECT count(*) FROM project_years")).isZero());
    }

    @Test
    void the_migration_stores_the_project_years_of_the_data_already_loaded() {
        db.jdbi().useHandle(h -> {
            h.execute("DROP VIEW project_years");
            h.execute("DROP VIEW project_years_live");
            h.execute("DROP TABLE project_years_store");
            h.execute("DELETE FROM schema_version WHERE version = 13");
        });

        assertThat(SchemaMigrations.migrate(db.jdbi())).isEqualTo(1);

        db.jdbi().useHandle(h -> {
            assertStoreIsCurrent(h);
            assertThat(count(h, "SELECT count(*) FROM project_years")).isEqualTo(count(h, "SELECT count(*) FROM project_years_live"));
        });
    }
}
