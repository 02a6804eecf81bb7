package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A unit-year that arrives in parts: project tables published and imported as files of their own add to
 * the unit-year, or replace only their own project's table; they never remove the whole-unit table, the
 * report's texts or the unit's other tables.
 */
class ImportAssemblyTest extends ImportFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/real-reports");
    private static final String WEITUO = "ah-guichi-tangxi-2022-weituo-partial.xlsx";
    private static final String CUNJI = "ah-guichi-tangxi-2022-cunji-partial.xlsx";
    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    private ImportPreview imported(String name, byte[] bytes) throws IOException {
        ImportPreview preview = fx.preview(fx.file(name, bytes));
        assertThat(preview.errors()).as(name).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        fx.service.confirm(preview.id(), "clerk");
        return preview;
    }

    private ImportPreview imported(String fixture) throws IOException {
        return imported(fixture, Files.readAllBytes(FIXTURES.resolve(fixture)));
    }

    /** table_no, project, the file it came from, 全年执行数 of its 合计 row. */
    private List<String> tables(String unit, int year) {
        return fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT concat_ws(' | ', t.table_no, coalesce(t.project_name, '整体'), t.source_file,
                                         coalesce(CAST(CAST(f.full_year_budget AS DECIMAL(18,3)) AS VARCHAR), '—'))
                        FROM eval_table t JOIN report r USING (report_id)
                        LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'appropriation'
                        WHERE r.unit_code = :u AND r.fiscal_year = :y ORDER BY t.table_no""")
                .bind("u", unit).bind("y", year).mapTo(String.class).list());
    }

    /** The data set (import batch) table {@code tableNo} of 219001's 2022 report was loaded from. */
    private String tableSet(int tableNo) {
        return fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT t.data_set FROM eval_table t JOIN report r USING (report_id)
                        WHERE r.unit_code = '219001' AND r.fiscal_year = 2022 AND t.table_no = :n""")
                .bind("n", tableNo).mapTo(String.class).one());
    }

    private int count(String sql) {
        return fx.db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void two_project_tables_imported_one_by_one_are_one_report_with_both() throws IOException {
        imported(WEITUO);
        imported(CUNJI);
        assertThat(count("SELECT count(*) FROM report WHERE unit_code = '219001'")).isEqualTo(1);
        assertThat(tables("219001", 2022)).containsExactly(
                "1 | 委托业务项目 | " + WEITUO + " | 89.974",
                "2 | 村级补助及运转经费 | " + CUNJI + " | 132.912");
        // the first file is not superseded: it adds its table to the report the second one states
        List<String> versions = fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT source_file || ' ' || active || ' ' || adds_tables || ' ' || coalesce(superseded_by, '-')
                        FROM report_version WHERE unit_code = '219001' ORDER BY source_file""").mapTo(String.class).list());
        assertThat(versions).containsExactly(CUNJI + " true false -", WEITUO + " false true -");
    }

    @Test
    void a_project_table_imported_again_replaces_only_its_own_and_keeps_its_place() throws IOException {
        imported(WEITUO);
        imported(CUNJI);
        String firstSet = tableSet(1);
        imported(WEITUO);
        assertThat(tables("219001", 2022)).containsExactly(
                "1 | 委托业务项目 | " + WEITUO + " | 89.974",
                "2 | 村级补助及运转经费 | " + CUNJI + " | 132.912");
        String latest = fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT data_set FROM report_version WHERE unit_code = '219001' AND source_file = :f AND superseded_by IS NULL""")
                .bind("f", WEITUO).mapTo(String.class).one());
        assertThat(tableSet(1)).as("table 1 comes from the third import now").isNotEqualTo(firstSet).isEqualTo(latest);
        assertThat(count("SELECT count(*) FROM report_version WHERE unit_code = '219001' AND superseded_by IS NOT NULL"))
                .as("the first 委托业务项目 file is superseded by the third").isEqualTo(1);
    }

    /** The seed report's project table 民主监督经费 alone, as a unit would publish it in a file of its own. */
    private byte[] seedProjectTable(String projectName, String fullYearBudget) throws IOException {
        ReportRows seed = ReportWorkbookRoundTripTest.seedRows();
        DataRow.Builder report = DataRow.builder();
        // no 来源文件: the import takes the uploaded file's name
        for (String c : List.of("unit_code", "fiscal_year", "source_kind")) {
            report.put(c, seed.report().get(c));
        }
        java.util.function.Function<DataRow, DataRow> renamed = r -> {
            DataRow.Builder b = DataRow.builder();
            r.values().forEach((k, v) -> b.put(k, k.equals("project_name") ? projectName
                    : k.equals("full_year_budget") && "appropriation".equals(r.get("row_kind")) ? fullYearBudget : v));
            return b.build();
        };
        ReportRows part = new ReportRows(seed.unit(), report.build(), List.of(), List.of(),
                ReportRows.ofTable(seed.tables(), 1).stream().map(renamed).toList(),
                ReportRows.ofTable(seed.fundsRows(), 1).stream().map(renamed).toList(),
                ReportRows.ofTable(seed.goals(), 1), ReportRows.ofTable(seed.indicators(), 1));
        return ReportWorkbookWriter.report(part);
    }

    @Test
    void a_project_table_adds_to_a_whole_report_and_never_removes_its_whole_unit_table() throws IOException {
        int texts = count("SELECT count(*) FROM report_text JOIN report USING (report_id) WHERE unit_code = '" + SEED_UNIT + "'");
        assertThat(tables(SEED_UNIT, 2020)).containsExactly("0 | 整体 | source/2020-zz-hetang-qwbgs.txt | 516.660",
                "1 | 民主监督经费 | source/2020-zz-hetang-qwbgs.txt | 4.150");

        ImportPreview added = imported("part-new.xlsx", seedProjectTable("区委党史专项经费", "3.2"));
        // the preview says so though no key figure of the report changes
        assertThat(added.replacedReports()).singleElement().satisfies(r -> {
            assertThat(r.figures()).noneMatch(FigureChange::changed);
            assertThat(r.anyChange()).isTrue();
            assertThat(r.changedTables()).extracting(t -> t.kind() + " " + t.project())
                    .containsExactly("ADDED 区委党史专项经费");
        });
        assertThat(tables(SEED_UNIT, 2020)).containsExactly("0 | 整体 | source/2020-zz-hetang-qwbgs.txt | 516.660",
                "1 | 民主监督经费 | source/2020-zz-hetang-qwbgs.txt | 4.150",
                "2 | 区委党史专项经费 | part-new.xlsx | 3.200");
        assertThat(count("SELECT count(*) FROM report_text JOIN report USING (report_id) WHERE unit_code = '" + SEED_UNIT + "'"))
                .isEqualTo(texts);

        // the same project again, with another amount: only its table changes
        ImportPreview again = imported("part-again.xlsx", seedProjectTable("民主监督经费", "4.5"));
        assertThat(again.replacedReports()).singleElement().satisfies(r -> assertThat(r.changedTables())
                .extracting(t -> t.kind() + " " + t.project() + " " + t.after().sourceFile())
                .containsExactly("REPLACED 民主监督经费 part-again.xlsx"));
        assertThat(tables(SEED_UNIT, 2020)).containsExactly("0 | 整体 | source/2020-zz-hetang-qwbgs.txt | 516.660",
                "1 | 民主监督经费 | part-again.xlsx | 4.500",
                "2 | 区委党史专项经费 | part-new.xlsx | 3.200");
        assertThat(count("SELECT count(*) FROM report_text JOIN report USING (report_id) WHERE unit_code = '" + SEED_UNIT + "'"))
                .isEqualTo(texts);
    }
}
