package com.perfdash.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.ReportMetricsStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Views and macros are definitions (db/views/*.sql), not history: whatever version a database comes from,
 * it ends with the definitions of the files, each object defined by exactly one file, and a changed file is
 * applied again with everything that depends on it.
 */
class SchemaDefinitionsTest {

    private static final Pattern VIEW_OR_MACRO = Pattern.compile("(?i)create\\s+(or\\s+replace\\s+)?(temp\\s+|temporary\\s+)?(view|macro)\\b");

    /** name -> the SQL DuckDB holds for it, for every view and macro of the main schema. */
    private static Map<String, String> liveDefinitions(Handle h) {
        Map<String, String> defs = new HashMap<>();
        h.createQuery("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND NOT temporary AND schema_name = 'main'")
                .map((rs, ctx) -> Map.entry("view " + rs.getString(1), rs.getString(2))).forEach(e -> defs.put(e.getKey(), e.getValue()));
        h.createQuery("SELECT function_name, string_agg(coalesce(macro_definition, ''), ' | ' ORDER BY macro_definition) "
                        + "FROM duckdb_functions() WHERE NOT internal AND function_type IN ('macro', 'table_macro') "
                        + "AND schema_name = 'main' GROUP BY function_name")
                .map((rs, ctx) -> Map.entry("macro " + rs.getString(1), rs.getString(2))).forEach(e -> defs.put(e.getKey(), e.getValue()));
        return defs;
    }

    private static String definition(String file) {
        return SchemaDefinitions.files().stream().filter(f -> f.name().equals(file)).findFirst().orElseThrow().sql();
    }

    private static int count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Integer.class).one();
    }

    private static int difference(Handle h, String a, String b) {
        return count(h, "SELECT count(*) FROM ((SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ") UNION ALL "
                + "(SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))");
    }

    @Test
    void a_fresh_database_and_one_upgraded_from_v014_with_data_end_with_the_same_live_definitions() {
        try (DuckDbDatabase fresh = DuckDbDatabase.inMemory(); DuckDbDatabase old = DuckDbDatabase.inMemory()) {
            Jdbi freshJdbi = Jdbis.create(fresh);
            SchemaMigrations.migrate(freshJdbi);

            // a database as the versions up to V014 left it, with the shipped data loaded and checked
            Jdbi oldJdbi = Jdbis.create(old);
            oldJdbi.useTransaction(h -> SchemaMigrations.migrateVersioned(h, 14));
            // this version's loader also records what each set brought (V019): those tables exist for the
            // load only, and are gone again before the upgrade, which then creates them as any database gets them
            SchemaMigrations.Script v019 = SchemaMigrations.scripts().stream().filter(s -> s.version() == 19).findFirst().orElseThrow();
            oldJdbi.useHandle(h -> h.createScript(v019.sql()).execute());
            // and refreshes the 复核后 stores, which need finance's review tables (V017): empty stand-ins here
            oldJdbi.useHandle(h -> {
                for (String store : ReportMetricsStore.REVIEWED_STORES) {
                    h.execute("CREATE TABLE " + store + " (stand_in INTEGER)");
                    h.execute("CREATE VIEW " + store.replace("_store", "_live") + " AS SELECT 1 AS stand_in WHERE false");
                }
            });
            // and writes what V023 added: each funds row's printed label and place, each table's data set and
            // file, the versions that only add tables: stand-in columns, dropped again before the upgrade,
            // which rebuilds funds_row from the rows as V014 kept them
            List<String> standIns = List.of("funds_row row_label VARCHAR", "funds_row seq INTEGER", "eval_table data_set VARCHAR",
                    "eval_table source_file VARCHAR", "report_version adds_tables BOOLEAN"); // table column type
            oldJdbi.useHandle(h -> standIns.forEach(c -> h.execute("ALTER TABLE " + c.replaceFirst(" ", " ADD COLUMN "))));
            // and applies finance's 单位类别 (V024, the view of 10_unit_category.sql): there for the load only, too
            SchemaMigrations.Script v024 = SchemaMigrations.scripts().stream().filter(s -> s.version() == 24).findFirst().orElseThrow();
            oldJdbi.useHandle(h -> {
                h.createScript(v024.sql()).execute();
                h.createScript(definition("10_unit_category.sql")).execute();
                // and stores the key of every loaded name (the view project_names of 06_project_key.sql)
                h.createScript(definition("06_project_key.sql")).execute();
            });
            new DataLoader(oldJdbi, TestDatabase.CLOCK, List.of()).load(TestDatabase.SEED.getParent());
            oldJdbi.useHandle(h -> {
                h.execute("DROP VIEW project_names");
                standIns.forEach(c -> h.execute("ALTER TABLE " + c.replaceFirst(" ", " DROP COLUMN ").replaceFirst(" [A-Z]+$", "")));
                h.execute("DROP VIEW unit_category_current");
                h.execute("DROP TABLE unit_category_assignment");
                h.execute("DROP SEQUENCE unit_category_assignment_seq");
                h.execute("ALTER TABLE unit DROP COLUMN stated_category");
                for (String t : List.of("load_set_rows", "held_load", "held_load_rows", "load_problem")) {
                    h.execute("DROP TABLE " + t);
                }
                h.execute("DROP SEQUENCE held_load_seq");
                for (String store : ReportMetricsStore.REVIEWED_STORES) {
                    h.execute("DROP VIEW " + store.replace("_store", "_live"));
                    h.execute("DROP TABLE " + store);
                }
            });
            int storedBefore = oldJdbi.withHandle(h -> count(h, "SELECT count(*) FROM report_metrics_store"));

            assertThat(SchemaMigrations.migrate(oldJdbi)).as("the versioned scripts after V014").isEqualTo((int) SchemaMigrations.scripts().stream().filter(s -> s.version() > 14).count());

            Map<String, String> expected = freshJdbi.withHandle(SchemaDefinitionsTest::liveDefinitions);
            assertThat(expected).containsKeys("view report_metrics", "macro project_key", "macro matching_findings", "view scoped_unit");
            List<String> appliedFiles = SchemaDefinitions.files().stream().map(f -> f.name() + " " + f.sha256()).toList();
            oldJdbi.useHandle(h -> {
                assertThat(liveDefinitions(h)).isEqualTo(expected);
                assertThat(h.createQuery("SELECT file || ' ' || sha256 FROM schema_definition ORDER BY file").mapTo(String.class).list())
                        .isEqualTo(appliedFiles);
                // the stores were rebuilt from the definitions over the data already loaded
                assertThat(count(h, "SELECT count(*) FROM report_metrics_store")).isEqualTo(storedBefore).isPositive();
                assertThat(difference(h, "report_metrics_store", "report_metrics_live")).isZero();
                assertThat(difference(h, "project_years_store", "project_years_live")).isZero();
                assertThat(count(h, "SELECT count(*) FROM project_years_store")).isPositive();
            });
        }
    }

    @Test
    void every_view_and_macro_of_the_database_is_defined_in_exactly_one_definition_file() {
        Map<String, String> definedIn = new HashMap<>();
        for (SchemaDefinitions.File f : SchemaDefinitions.files()) {
            for (String object : f.objects()) {
                assertThat(definedIn.put(object, f.name())).as(object + " defined in two files").isNull();
            }
        }
        try (TestDatabase db = new TestDatabase()) {
            db.jdbi().useHandle(h -> {
                List<String> live = liveDefinitions(h).keySet().stream().map(k -> k.substring(k.indexOf(' ') + 1)).sorted().toList();
                assertThat(live).containsExactlyInAnyOrderElementsOf(definedIn.keySet());
            });
        }
    }

    @Test
    void definition_files_only_create_or_replace_and_no_versioned_script_after_v014_defines_a_view_or_macro() {
        for (SchemaDefinitions.File f : SchemaDefinitions.files()) {
            assertThat(f.sql()).as(f.name()).doesNotContainPattern("(?i)create\\s+(view|macro|table)\\b");
            assertThat(f.objects()).as(f.name()).isNotEmpty();
        }
        for (SchemaMigrations.Script s : SchemaMigrations.scripts()) {
            if (s.version() > 14) {
                assertThat(VIEW_OR_MACRO.matcher(s.sql()).find()).as("V%03d defines a view or macro", s.version()).isFalse();
            }
        }
    }

    @Test
    void nothing_is_applied_again_while_the_files_are_unchanged() {
        try (TestDatabase db = new TestDatabase()) {
            List<String> applied = db.jdbi().inTransaction(h -> SchemaDefinitions.apply(h, false));
            assertThat(applied).isEmpty();
            assertThat(SchemaMigrations.migrate(db.jdbi())).isZero();
        }
    }

    @Test
    void a_changed_file_is_applied_again_with_every_file_after_it_and_the_stores_follow_their_definition() {
        try (TestDatabase db = new TestDatabase()) {
            db.loader().load(TestDatabase.DATA);
            List<String> files = SchemaDefinitions.files().stream().map(SchemaDefinitions.File::name).toList();
            db.jdbi().useHandle(h -> {
                int reports = count(h, "SELECT count(*) FROM report");
                // as if 03_report_metrics.sql had been edited since it was applied: its store is stale
                h.execute("UPDATE schema_definition SET sha256 = 'edited' WHERE file = '03_report_metrics.sql'");
                h.execute("DELETE FROM report_metrics_store");
                h.execute("DELETE FROM project_years_store");
                h.execute("CREATE OR REPLACE VIEW unit_metric_values AS SELECT 1 AS stale");

                List<String> applied = SchemaDefinitions.apply(h, false);

                assertThat(applied).isEqualTo(files.subList(files.indexOf("03_report_metrics.sql"), files.size()));
                assertThat(count(h, "SELECT count(*) FROM report_metrics")).isEqualTo(reports).isPositive();
                assertThat(difference(h, "report_metrics_store", "report_metrics_live")).isZero();
                assertThat(difference(h, "project_years_store", "project_years_live")).isZero();
                assertThat(count(h, "SELECT count(*) FROM project_years")).isPositive();
                assertThat(count(h, "SELECT count(DISTINCT metric) FROM unit_metric_values")).isEqualTo(6);
                assertThat(SchemaDefinitions.apply(h, false)).isEmpty();
            });
        }
    }

    @Test
    void a_view_or_macro_no_file_defines_is_dropped() {
        try (TestDatabase db = new TestDatabase()) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE VIEW old_copy AS SELECT * FROM report");
                h.execute("CREATE MACRO old_rate(a, b) AS a / b");
                h.execute("CREATE MACRO old_rows() AS TABLE SELECT * FROM report");
                h.execute("UPDATE schema_definition SET sha256 = 'edited' WHERE file = '08_findings.sql'");

                assertThat(SchemaDefinitions.apply(h, false)).as("08 and every file after it").containsExactly("08_findings.sql", "09_review.sql", "10_unit_category.sql");

                assertThat(liveDefinitions(h)).doesNotContainKeys("view old_copy", "macro old_rate", "macro old_rows")
                        .containsKey("macro matching_findings");
            });
        }
    }
}
