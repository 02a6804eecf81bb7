package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input gives a message naming file, row and column, and leaves the database exactly as it was. */
class DataLoaderValidationTest {

    @TempDir
    Path data;

    private TestDatabase db;
    private String before;

    @BeforeEach
    void loadTheSeed() throws IOException {
        copy(TestDatabase.SEED, data.resolve("seed"));
        db = new TestDatabase();
        db.loader().load(data);
        before = db.contentFingerprint();
        assertThat(before).contains("report:1/", "indicator:22/");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile) // the data files only: a copy may be edited, its manifest would not match
                    .filter(f -> !f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private void edit(String file, java.util.function.UnaryOperator<String> change) throws IOException {
        Path p = data.resolve("seed").resolve(file);
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private List<LoadProblem> failingLoad() {
        DataLoadException e = (DataLoadException) org.junit.jupiter.api.Assertions.assertThrows(DataLoadException.class, () -> db.loader().load(data));
        assertThat(db.contentFingerprint()).as("database unchanged").isEqualTo(before);
        return e.problems();
    }

    @Test
    void a_missing_required_column_is_named_with_its_file() throws IOException {
        edit("projects.csv", s -> s.replaceFirst("project_name,", "name,"));
        assertThat(failingLoad()).extracting(LoadProblem::toString).contains(
                "seed/projects.csv, column project_name: required column is missing from the header",
                "seed/projects.csv, column name: unknown column (see docs/data-format.md)");
    }

    @Test
    void text_in_a_money_column_is_named_with_file_row_and_column() throws IOException {
        edit("projects.csv", s -> s.replace(",21,21,", ",二十一,21,"));
        List<LoadProblem> problems = failingLoad();
        assertThat(problems).containsExactly(new LoadProblem("seed/projects.csv", 2, "budget",
                "'二十一' is not an amount in 万元 with at most two decimals"));
    }

    @Test
    void more_than_two_decimals_of_money_is_refused() throws IOException {
        edit("reports.csv", s -> s.replace("516.66", "516.666"));
        assertThat(failingLoad()).extracting(LoadProblem::column).contains("income_total", "expenditure_total");
    }

    @Test
    void an_indicator_pointing_at_an_unknown_report_is_refused() throws IOException {
        edit("indicators.csv", s -> s.replaceFirst("\nzz-hetang-qwbgs,2020,0,3,", "\nzz-hetang-qwbgs,2019,0,3,"));
        assertThat(failingLoad()).containsExactly(new LoadProblem("seed/indicators.csv", 3, "table_no",
                "table 0 of report zz-hetang-qwbgs 2019 is not in eval_tables.csv"));
    }

    @Test
    void the_same_unit_year_in_two_data_sets_is_refused() throws IOException {
        copy(TestDatabase.SEED, data.resolve("copy"));
        Files.writeString(data.resolve("copy/units.csv"), "unit_code,unit_name,category\n");
        assertThat(failingLoad()).containsExactly(new LoadProblem("seed/reports.csv", 1, "fiscal_year",
                "report zz-hetang-qwbgs 2020 appears more than once (first at copy/reports.csv row 1)"));
    }

    @Test
    void a_missing_file_and_an_empty_file_are_named() throws IOException {
        Files.delete(data.resolve("seed/goals.csv"));
        Files.writeString(data.resolve("seed/projects.csv"), "");
        assertThat(failingLoad()).extracting(LoadProblem::toString).containsExactly(
                "seed/projects.csv: the file is empty: it needs at least a header row",
                "seed/goals.csv: the file is missing from data set seed");
    }

    @Test
    void a_row_with_too_many_fields_is_not_a_valid_csv() throws IOException {
        edit("units.csv", s -> s + "x,y,z,w,extra\n");
        List<LoadProblem> problems = failingLoad();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("seed/units.csv");
        assertThat(problems.get(0).message()).startsWith("not a valid CSV file:");
    }

    @Test
    void a_value_outside_its_enumeration_is_refused() throws IOException {
        edit("eval_tables.csv", s -> s.replace(",优\n", ",甲\n"));
        assertThat(failingLoad()).extracting(LoadProblem::toString)
                .contains("seed/eval_tables.csv row 1, column grade: '甲' is not one of 优, 良, 中, 差");
    }

    @Test
    void a_level1_with_two_caps_in_one_table_is_refused() throws IOException {
        edit("indicators.csv", s -> s.replaceFirst("\nzz-hetang-qwbgs,2020,0,2,产出指标,50,", "\nzz-hetang-qwbgs,2020,0,2,产出指标,40,"));
        assertThat(failingLoad()).extracting(LoadProblem::column).contains("level1_cap");
    }

    @Test
    void a_utf8_bom_is_accepted_and_an_unchanged_folder_is_not_reloaded() throws IOException {
        edit("units.csv", s -> "\uFEFF" + s);
        LoadResult r = db.loader().load(data);
        assertThat(r.reports()).isEqualTo(1);
        assertThat(db.contentFingerprint()).isEqualTo(before);
        assertThat(db.loader().loadIfChanged(data).changed()).isFalse();
        edit("units.csv", s -> s.replace("党委部门", "政府部门"));
        assertThat(db.loader().loadIfChanged(data).changed()).isTrue();
        assertThat(db.contentFingerprint()).isNotEqualTo(before);
    }

    @Test
    void a_failed_load_is_written_to_the_load_log() throws IOException {
        edit("projects.csv", s -> s.replace(",21,21,", ",abc,21,"));
        assertThatThrownBy(() -> db.loader().load(data)).isInstanceOf(DataLoadException.class);
        String last = db.jdbi().withHandle(h -> h.createQuery("SELECT outcome || ': ' || message FROM load_log ORDER BY load_id DESC LIMIT 1")
                .mapTo(String.class).one());
        assertThat(last).startsWith("failed: seed/projects.csv row 2, column budget");
    }
}
