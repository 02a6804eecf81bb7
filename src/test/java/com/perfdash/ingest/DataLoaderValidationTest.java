package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
                LoadText.NOT_MONEY, "二十一"));
        assertThat(problems.get(0).message()).isEqualTo("'二十一' is not an amount in 万元 with at most four decimals");
        assertThat(problems.get(0).describe(Locale.CHINESE))
                .isEqualTo("seed/projects.csv，第 2 行，列 budget：“二十一”不是金额：请填写以万元为单位、最多四位小数的数字。");
    }

    @Test
    void more_than_four_decimals_of_money_is_refused() throws IOException {
        // four are kept as stated (an amount printed in 元 is 万元 with four); a fifth is no amount a report states
        edit("reports.csv", s -> s.replace("516.66", "516.66601"));
        assertThat(failingLoad()).extracting(LoadProblem::column).contains("income_total", "expenditure_total");
    }

    @Test
    void an_indicator_pointing_at_an_unknown_report_is_refused() throws IOException {
        edit("indicators.csv", s -> s.replaceFirst("\nzz-hetang-qwbgs,2020,0,3,", "\nzz-hetang-qwbgs,2019,0,3,"));
        assertThat(failingLoad()).containsExactly(new LoadProblem("seed/indicators.csv", 3, "table_no",
                LoadText.TABLE_NOT_FOUND, "0", "zz-hetang-qwbgs", "2019"));
        assertThat(failingLoad()).extracting(p -> p.message(Locale.CHINESE)).containsExactly(
                "报告 zz-hetang-qwbgs 2019 年度的表 0 不在 eval_tables.csv 中：请检查表号，或在 eval_tables.csv 中补上这张表。");
    }

    @Test
    void the_same_unit_year_in_two_data_sets_is_refused() throws IOException {
        copy(TestDatabase.SEED, data.resolve("copy"));
        Files.writeString(data.resolve("copy/units.csv"), "unit_code,unit_name,category\n");
        assertThat(failingLoad()).containsExactly(new LoadProblem("seed/reports.csv", 1, "fiscal_year",
                LoadText.REPORT_TWICE, "zz-hetang-qwbgs", "2020", "copy/reports.csv", "1"));
        assertThat(failingLoad()).extracting(LoadProblem::toString).containsExactly(
                "seed/reports.csv row 1, column fiscal_year: report zz-hetang-qwbgs 2020 appears more than once (first at copy/reports.csv row 1)");
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
    void a_row_with_too_many_fields_names_the_line_and_its_text() throws IOException {
        edit("units.csv", s -> s + "x,y,z,w,extra\n");
        List<LoadProblem> problems = failingLoad();
        assertThat(problems).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件第 3 行有 5 个值，而表头有 4 列：“x,y,z,w,extra”。请检查这一行是否多了或少了逗号（含逗号的值要用双引号括起来），保存为 CSV 后再使用。");
        assertThat(problems.get(0).toString()).isEqualTo("seed/units.csv: line 3 of the file has 5 fields where the header has 4 columns: "
                + "\"x,y,z,w,extra\"; check this line for a missing or extra comma (a value holding a comma is put in double quotes), "
                + "save as CSV and use it again");
    }

    @Test
    void a_row_with_too_few_fields_names_the_line_and_its_text() throws IOException {
        edit("units.csv", s -> s + "x,y\n");
        assertThat(failingLoad()).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件第 3 行有 2 个值，而表头有 4 列：“x,y”。请检查这一行是否多了或少了逗号（含逗号的值要用双引号括起来），保存为 CSV 后再使用。");
    }

    @Test
    void an_unclosed_quote_names_the_line_where_the_value_starts() throws IOException {
        edit("units.csv", s -> s + "x,\"y,z,w\n");
        assertThat(failingLoad()).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件第 3 行有一个值的双引号没有正确结束：“x,\"y,z,w”。请检查双引号是否成对、结束引号后是否紧跟逗号（值里的双引号要写成两个 \"\"），保存为 CSV 后再使用。");
    }

    @Test
    void a_file_that_is_not_utf8_names_the_line() throws IOException {
        Path units = data.resolve("seed/units.csv");
        String text = Files.readString(units, StandardCharsets.UTF_8);
        Files.write(units, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        List<LoadProblem> problems = failingLoad();
        assertThat(problems).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件第 2 行不是 UTF-8 编码：请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再使用。");
        assertThat(problems.get(0).message()).doesNotContain("encoding=", "Possible", "strict_mode");
    }

    @Test
    void a_header_that_is_not_utf8_is_named() throws IOException {
        Path units = data.resolve("seed/units.csv");
        Files.write(units, ("单位," + Files.readString(units, StandardCharsets.UTF_8)).getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(failingLoad()).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件第 1 行不是 UTF-8 编码：请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再使用。");
    }

    @Test
    void a_header_with_an_unclosed_quote_is_named() throws IOException {
        edit("units.csv", s -> "\"" + s);
        assertThat(failingLoad()).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：表头（文件第 1 行）不是有效的 CSV：请检查双引号是否成对（值里的双引号要写成两个 \"\"），保存为 CSV 后再使用。");
    }

    @Test
    void a_missing_file_is_named_in_chinese_too() throws IOException {
        Files.delete(data.resolve("seed/goals.csv"));
        assertThat(failingLoad()).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/goals.csv：数据集 seed 缺少这个文件：数据格式的八个文件缺一不可（见 docs/data-format.md）。");
    }

    @Test
    void a_line_over_duckdbs_line_size_names_the_line_and_the_limit() throws IOException {
        edit("units.csv", s -> s + "x," + "长".repeat(700_000) + ",党委部门,株洲市荷塘区\n");
        assertThat(failingLoad()).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件第 3 行有 2100034 字节，超过了一行 2000000 字节的上限：请检查这一行是否误粘贴了大段内容，或有一个没有结束的引号，改正后保存为 CSV 再使用。");
    }

    @Test
    void a_file_duckdb_cannot_parse_at_all_gets_a_message_without_its_text() throws IOException {
        Path units = data.resolve("seed/units.csv");
        Files.writeString(units, Files.readString(units, StandardCharsets.UTF_8).replace("\n", "\r\n").replaceFirst("\r\n$", "\n") + "x,y,z,w\r\n");
        List<LoadProblem> problems = failingLoad();
        assertThat(problems).extracting(p -> p.describe(Locale.CHINESE)).containsExactly(
                "seed/units.csv：文件不是有效的 CSV：请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”后再使用。");
    }

    @Test
    void no_duckdb_advice_or_option_reaches_a_csv_message() throws IOException {
        edit("units.csv", s -> s + "x,\"y\"z,w,v\n");
        List<LoadProblem> problems = failingLoad();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("seed/units.csv");
        for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            assertThat(problems.get(0).message(l)).contains("3").doesNotContain("Possible", "strict_mode", "ignore_errors", "null_padding",
                    "Invalid Input Error", "delimiter");
        }
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
