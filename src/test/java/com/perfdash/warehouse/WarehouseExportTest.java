package com.perfdash.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.base.db.Jdbis;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareService;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewService;
import com.perfdash.overview.SourceFilter;
import com.perfdash.overview.YearAggregate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The warehouse export of the shipped data (the real seed report and the demo district, 2016–2025), and
 * plain DuckDB over the exported files running the app's own definition files and dashboard queries
 * (docs/scale-out.md): the same figures as the app's database, the seed's 516.66 万元 and 92 points among
 * them.
 */
class WarehouseExportTest {

    @TempDir
    static Path warehouse;

    private static TestDatabase db;
    private static WarehouseManifest manifest;
    private static DuckDbDatabase plain;
    private static Jdbi overFiles;

    @BeforeAll
    static void exportTheShippedData() throws IOException {
        db = TestDatabase.loadedFrom(TestDatabase.DATA);
        manifest = new WarehouseExporter(db.jdbi(), warehouse, TestDatabase.CLOCK).export("tester");

        // bare DuckDB, none of the app's migrations: views over the files, then the app's definition files
        plain = DuckDbDatabase.inMemory();
        overFiles = Jdbis.create(plain);
        overFiles.useHandle(h -> {
            for (String view : WarehouseSql.views(warehouse.resolve("model").toString(), manifest)) {
                h.execute(view);
            }
            // the cache table the project-key definition fills (db/migration V007)
            h.execute("CREATE TABLE project_name_key (project_name VARCHAR PRIMARY KEY, project_key VARCHAR NOT NULL)");
            for (Resource r : definitionFiles()) {
                h.createScript(r.getContentAsString(StandardCharsets.UTF_8)).execute();
            }
        });
    }

    private static List<Resource> definitionFiles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/views/*.sql");
        return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList();
    }

    @AfterAll
    static void close() {
        plain.close();
        db.close();
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void every_yearly_table_is_partitioned_by_fiscal_year_and_the_manifest_counts_its_rows() throws IOException {
        Path model = warehouse.resolve("model");
        try (Stream<Path> years = Files.list(model.resolve("report"))) {
            assertThat(years.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("fiscal_year=2016", "fiscal_year=2017", "fiscal_year=2018", "fiscal_year=2019",
                            "fiscal_year=2020", "fiscal_year=2021", "fiscal_year=2022", "fiscal_year=2023",
                            "fiscal_year=2024", "fiscal_year=2025");
        }
        assertThat(model.resolve("funds_row/fiscal_year=2020/data_0.parquet")).isRegularFile();
        assertThat(model.resolve("unit/data.parquet")).isRegularFile();
        assertThat(model.resolve(WarehouseExporter.SCHEMA)).content(StandardCharsets.UTF_8)
                .contains("## funds_row", "| `full_year_budget` | DECIMAL(18,4) |");
        assertThat(model.resolve(WarehouseSql.SCRIPT)).content(StandardCharsets.UTF_8)
                .contains("CREATE OR REPLACE VIEW report AS SELECT report_id, unit_code, fiscal_year,");
        assertThat(manifest.tables()).extracting(WarehouseTableInfo::table).containsExactly("unit", "report", "report_version",
                "report_text", "project", "eval_table", "funds_row", "goal", "indicator_level1", "indicator", "review_run",
                "review_finding", "finding_disposition", "figure_correction", "report_review_event", "scoring_rule_set",
                "scoring_rule_cap", "district_rule_set", "unit_category_assignment");
        for (WarehouseTableInfo t : manifest.tables()) {
            assertThat(t.rows()).as(t.table()).isEqualTo(count(db.jdbi(), t.table()));
            assertThat(count(overFiles, t.table())).as(t.table() + " over the files").isEqualTo(t.rows());
        }
        assertThat(manifest.rows("report")).isGreaterThan(200);
        assertThat(WarehouseExporter.read(model)).contains(manifest);
    }

    @Test
    void duckdb_over_the_files_gives_the_overview_the_apps_figures() {
        OverviewService app = new OverviewService(db.jdbi());
        OverviewService files = new OverviewService(overFiles);
        OverviewFilter all = OverviewFilter.years(2016, 2025);
        List<YearAggregate> expected = app.yearAggregates(all);
        assertThat(expected).hasSize(10);
        assertThat(files.yearAggregates(all)).isEqualTo(expected);
        assertThat(files.gradeMixes(all)).isEqualTo(app.gradeMixes(all));
        assertThat(files.watchList(all, 2025)).isEqualTo(app.watchList(all, 2025));

        YearAggregate seed = files.yearAggregate(OverviewFilter.years(2020, 2020).withSource(SourceFilter.REAL), 2020).orElseThrow();
        assertThat(seed.reports()).isEqualTo(1);
        assertThat(seed.fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(seed.medianScore()).isEqualByComparingTo("92");
    }

    @Test
    void duckdb_over_the_files_gives_the_comparison_ranking_the_apps_rows() {
        CompareService app = new CompareService(db.jdbi());
        CompareService files = new CompareService(overFiles);
        assertThat(app.ranking(CompareMetric.values()[0], 2020, null)).hasSizeGreaterThan(20);
        for (CompareMetric metric : CompareMetric.values()) {
            assertThat(files.ranking(metric, 2020, null)).as(metric.name()).isEqualTo(app.ranking(metric, 2020, null));
        }
    }

    @Test
    void a_second_export_replaces_the_first_and_leaves_no_staging_folder_behind() throws IOException {
        WarehouseManifest again = new WarehouseExporter(db.jdbi(), warehouse, TestDatabase.CLOCK).export("tester");
        assertThat(again.tables()).isEqualTo(manifest.tables());
        try (Stream<Path> entries = Files.list(warehouse)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("model");
        }
    }
}
