package com.perfdash.importer.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.DocumentReaders;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ReportRows;
import com.perfdash.importer.ReportWorkbookAccess;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each block of a 自评表 sheet of our own workbook, read from the seed report (中共株洲市荷塘区委办公室 2020,
 * data/seed) as the app writes it, then edited as a clerk might: what each block gives, the cell of every
 * value, and the problems it reports, with their messages and in their order.
 */
class TemplateLayoutTest {

    private static final Path SEED = Path.of("data/seed");
    private static final String UNIT = "部门整体支出绩效自评表";
    private static final String PROJECT = "项目支出绩效自评表(1)";

    @TempDir
    Path dir;

    private static byte[] seedWorkbook;

    // ---- the seed workbook, edited, read

    private static List<DataRow> seedRows(String file) {
        List<DataRow> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(SEED.resolve(file))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                out.add(new DataRow(new LinkedHashMap<>(rec.toMap())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static synchronized byte[] seedWorkbook() {
        if (seedWorkbook == null) {
            seedWorkbook = ReportWorkbookAccess.report(new ReportRows(seedRows("units.csv").get(0), seedRows("reports.csv").get(0),
                    seedRows("report_texts.csv"), seedRows("projects.csv"), seedRows("eval_tables.csv"),
                    seedRows("funds_rows.csv"), seedRows("goals.csv"), seedRows("indicators.csv")));
        }
        return seedWorkbook;
    }

    /** The seed workbook after {@code edit}, saved as {@code name} and read by the template layout. */
    private TemplateLayout.Result read(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(seedWorkbook()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            Files.write(file, out.toByteArray());
        }
        return TemplateLayout.read(DocumentReaders.forFormat("xlsx").read(file, name, ImportLimits.DEFAULT));
    }

    private static Cell cell(Sheet s, int excelRow, String column) {
        Row r = s.getRow(excelRow - 1) != null ? s.getRow(excelRow - 1) : s.createRow(excelRow - 1);
        int c = column.charAt(0) - 'A';
        return r.getCell(c) != null ? r.getCell(c) : r.createCell(c);
    }

    /** Rewrites the one cell of the sheet that reads {@code text}. */
    private static void relabel(Sheet s, String text, String now) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(text)) {
                    c.setCellValue(now);
                }
            }
        }
    }

    private static List<String> errors(TemplateLayout.Result r) {
        return r.issues().stream().filter(ImportIssue::error).map(i -> i.describe(Locale.CHINESE)).toList();
    }

    private static List<String> notes(TemplateLayout.Result r) {
        return r.issues().stream().filter(i -> !i.error()).map(i -> i.describe(Locale.CHINESE)).toList();
    }

    private static List<BatchRow> rows(TemplateLayout.Result r, FileSpec spec, int tableNo) {
        return r.rows().stream().filter(b -> b.spec() == spec && Integer.toString(tableNo).equals(b.row().get("table_no"))).toList();
    }

    /** A cell as "sheet!row column", e.g. "部门整体支出绩效自评表!4 C 年初预算数". */
    private static String at(CellRef c) {
        return c.sheet() + "!" + c.row() + " " + c.column();
    }

    /** Each column's cell, by column. */
    private static Map<String, String> cells(BatchRow b) {
        Map<String, String> out = new TreeMap<>();
        b.origin().columns().forEach((column, c) -> out.put(column, at(c)));
        return out;
    }

    private static String values(BatchRow b, String... columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(String.valueOf(b.row().get(c)));
        }
        return String.join(" / ", out);
    }

    // ---- the seed as written

    @Test
    void the_seed_s_unit_table_reads_block_by_block_with_the_cell_of_every_value() throws IOException {
        TemplateLayout.Result r = read("seed.xlsx", wb -> { });

        assertThat(errors(r)).isEmpty();
        assertThat(notes(r)).isEmpty();
        BatchRow table = rows(r, DataFormat.EVAL_TABLES, 0).get(0);
        assertThat(table.row().values()).containsExactly(Map.entry("unit_code", "zz-hetang-qwbgs"), Map.entry("fiscal_year", "2020"),
                Map.entry("table_no", "0"), Map.entry("kind", "unit"), Map.entry("funds_weight", "10"),
                Map.entry("total_weight", "100"), Map.entry("total_score", "92"), Map.entry("grade", "优"));
        assertThat(at(table.origin().row())).isEqualTo(UNIT + "!25 A 总分");
        assertThat(cells(table)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "funds_weight", UNIT + "!3 B 年度资金总额", "grade", UNIT + "!25 I 等级",
                "total_score", UNIT + "!25 H 总分 得分", "total_weight", UNIT + "!25 G 总分 分值")));

        List<BatchRow> funds = rows(r, DataFormat.FUNDS_ROWS, 0);
        assertThat(funds).extracting(f -> values(f, "row_kind", "row_label", "initial_budget", "full_year_budget", "executed",
                "weight", "execution_rate_pct", "score")).containsExactly(
                "total / null / 457.18 / 516.66 / 516.66 / 10 / 100 / 10",
                "appropriation / null / 457.18 / 516.66 / null / null / null / null",
                "carryover / null / null / 10.25 / null / null / null / null",
                "other / null / null / null / null / null / null / null");
        assertThat(at(funds.get(0).origin().row())).isEqualTo(UNIT + "!4 B 年度资金总额");
        assertThat(cells(funds.get(0))).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "row_kind", UNIT + "!4 B 年度资金总额", "row_label", UNIT + "!4 B 年度资金总额",
                "initial_budget", UNIT + "!4 C 年初预算数", "full_year_budget", UNIT + "!4 D 全年预算数",
                "executed", UNIT + "!4 E 全年执行数", "weight", UNIT + "!4 F 分值", "execution_rate_pct", UNIT + "!4 G 执行率",
                "score", UNIT + "!4 H 得分（分值×执行率）")));

        List<BatchRow> goals = rows(r, DataFormat.GOALS, 0);
        assertThat(goals).extracting(g -> values(g, "seq", "expected", "achieved")).containsExactly(
                "1 / 积极履职，充分发挥主要职能。 / 积极履职，充分发挥区委办主要职能。",
                "2 / 财政供养人员控制在预算编制以内。 / 全年支出总额要控制在预算总",
                "3 / 三公经费只减不增。 / null");
        assertThat(goals).extracting(g -> at(g.origin().row())).containsExactly(
                UNIT + "!9 B 预期目标", UNIT + "!10 B 预期目标", UNIT + "!11 B 预期目标");
        assertThat(cells(goals.get(2))).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "expected", UNIT + "!11 B 预期目标", "achieved", UNIT + "!11 F 实际完成情况")));

        List<BatchRow> indicators = rows(r, DataFormat.INDICATORS, 0);
        assertThat(indicators).hasSize(12);
        assertThat(indicators).extracting(i -> values(i, "seq", "level1", "level1_cap", "level2", "level3", "weight", "score"))
                .startsWith("1 / 产出指标 / 50 / 数量指标 / 密切“四大家” 办公室协调衔接。 / 5 / 5")
                .contains("8 / 效益指标 / 30 / 经济效益指标 / 保护企业复工复产 / 10 / 9")
                .endsWith("12 / 满意度指标 / 10 / 服务对象满意度指 / 民众满意率 / 10 / 9");
        assertThat(at(indicators.get(11).origin().row())).isEqualTo(UNIT + "!24 D 三级指标");
        assertThat(cells(indicators.get(0))).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "level1", UNIT + "!13 B 一级指标", "level1_cap", UNIT + "!13 B 一级指标", "level2", UNIT + "!13 C 二级指标",
                "level3", UNIT + "!13 D 三级指标", "target", UNIT + "!13 E 年度指标值", "actual", UNIT + "!13 F 实际完成值",
                "weight", UNIT + "!13 G 分值", "score", UNIT + "!13 H 得分", "deviation_note", UNIT + "!13 I 偏差原因分析及改进措施")));
    }

    @Test
    void the_seed_s_project_table_reads_its_head_and_its_rows_after_the_table_row() throws IOException {
        TemplateLayout.Result r = read("seed.xlsx", wb -> { });

        BatchRow table = rows(r, DataFormat.EVAL_TABLES, 1).get(0);
        assertThat(values(table, "kind", "project_name", "spending_direction", "total_investment", "investment_appropriation", "period",
                "funds_weight", "total_weight", "total_score", "grade"))
                .isEqualTo("project / 民主监督经费 / 民主监督 / 4.15 / 4.15 / 长期 / 10 / 100 / 100 / 优");
        assertThat(cells(table)).containsEntry("project_name", PROJECT + "!3 C 专项名称")
                .containsEntry("spending_direction", PROJECT + "!4 C 支出方向名称（子项目）")
                .containsEntry("total_investment", PROJECT + "!3 H 项目总投资（万元）")
                .containsEntry("investment_appropriation", PROJECT + "!4 H 其中：财政拨款")
                .containsEntry("period", PROJECT + "!5 C 项目总实施期");
        // per table: the table's row, then its funds rows, its goals and its indicators
        List<String> order = r.rows().stream().filter(b -> "1".equals(b.row().get("table_no")))
                .map(b -> b.spec().fileName()).distinct().toList();
        assertThat(order).containsExactly("eval_tables.csv", "funds_rows.csv", "goals.csv", "indicators.csv");
        assertThat(rows(r, DataFormat.INDICATORS, 1)).hasSize(10).first()
                .satisfies(i -> assertThat(values(i, "seq", "level3", "target", "actual")).isEqualTo("1 / 解决 98 个重点项目问题 / 50 件 / 98 件"));
    }

    // ---- the head of a project table

    @Test
    void a_project_head_states_its_period_inline_or_right_of_its_label() throws IOException {
        TemplateLayout.Result inline = read("inline.xlsx", wb -> relabel(wb.getSheet(PROJECT), "项目总实施期", "项目总实施期：三年"));
        assertThat(rows(inline, DataFormat.EVAL_TABLES, 1).get(0).row().get("period")).isEqualTo("三年");
        assertThat(cells(rows(inline, DataFormat.EVAL_TABLES, 1).get(0))).containsEntry("period", PROJECT + "!5 A 项目总实施期");

        TemplateLayout.Result dots = read("dots.xlsx", wb -> relabel(wb.getSheet(PROJECT), "项目总实施期", "项目总实施期：……"));
        assertThat(rows(dots, DataFormat.EVAL_TABLES, 1).get(0).row().get("period")).isEqualTo("长期");
        assertThat(cells(rows(dots, DataFormat.EVAL_TABLES, 1).get(0))).containsEntry("period", PROJECT + "!5 C 项目总实施期");
    }

    @Test
    void a_project_head_without_its_name_or_with_a_wrong_amount_is_reported_after_the_blocks_below() throws IOException {
        TemplateLayout.Result r = read("head.xlsx", wb -> {
            Sheet s = wb.getSheet(PROJECT);
            cell(s, 3, "C").setBlank();
            cell(s, 4, "H").setCellValue("四万");
        });
        assertThat(errors(r)).containsExactly(
                "head.xlsx，工作表 项目支出绩效自评表(1)，第 4 行，列 H 其中：财政拨款：“四万”不是金额：请填写以万元为单位、最多四位小数的数字。",
                "head.xlsx，工作表 项目支出绩效自评表(1)，第 3 行，列 C 专项名称：必须填写。");

        TemplateLayout.Result unnamed = read("unnamed.xlsx", wb -> relabel(wb.getSheet(PROJECT), "专项名称", "名称"));
        assertThat(errors(unnamed)).containsExactly("unnamed.xlsx，工作表 项目支出绩效自评表(1)：工作表的格式与模板不同：找不到“专项名称”。");
        assertThat(rows(unnamed, DataFormat.EVAL_TABLES, 1)).isEmpty();
    }

    // ---- the funds block

    @Test
    void a_funds_row_stated_twice_or_not_known_is_reported_at_its_label_and_left_out() throws IOException {
        TemplateLayout.Result r = read("funds.xlsx", wb -> {
            cell(wb.getSheet(UNIT), 5, "B").setCellValue("合计");
            cell(wb.getSheet(UNIT), 6, "B").setCellValue("自筹资金");
            cell(wb.getSheet(UNIT), 7, "B").setBlank();
            cell(wb.getSheet(UNIT), 7, "C").setCellValue(1);
        });
        assertThat(errors(r)).containsExactly(
                "funds.xlsx，工作表 部门整体支出绩效自评表，第 5 行，列 B 年度资金总额：资金行“合计”出现了两次。",
                "funds.xlsx，工作表 部门整体支出绩效自评表，第 6 行，列 B 年度资金总额：无法识别的资金行“自筹资金”：应为 合计、其中：当年财政拨款、上年结转资金 或 其他资金。",
                "funds.xlsx，工作表 部门整体支出绩效自评表，第 7 行，列 B 年度资金总额：无法识别的资金行“”：应为 合计、其中：当年财政拨款、上年结转资金 或 其他资金。");
        assertThat(rows(r, DataFormat.FUNDS_ROWS, 0)).extracting(f -> f.row().get("row_kind")).containsExactly("total");
    }

    @Test
    void a_funds_figure_that_is_not_a_number_is_reported_at_its_cell_quoting_it() throws IOException {
        TemplateLayout.Result r = read("figures.xlsx", wb -> {
            cell(wb.getSheet(UNIT), 4, "F").setCellValue("十分");
            cell(wb.getSheet(UNIT), 4, "G").setCellValue("百分之百");
            cell(wb.getSheet(UNIT), 4, "H").setCellValue(-3);
            cell(wb.getSheet(PROJECT), 7, "E").setCellValue("abc");
        });
        assertThat(errors(r)).containsExactly(
                "figures.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 F 分值：“十分”不是分值：请填写最多两位小数的数字。",
                "figures.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 G 执行率：“百分之百”不是百分比：请填写如 100% 或 98.5 的数值。",
                "figures.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 H 得分：分值不能为负数：-3。",
                "figures.xlsx，工作表 项目支出绩效自评表(1)，第 7 行，列 E 全年执行数：“abc”不是金额：请填写以万元为单位、最多四位小数的数字。");
        assertThat(values(rows(r, DataFormat.FUNDS_ROWS, 0).get(0), "initial_budget", "weight", "execution_rate_pct", "score"))
                .isEqualTo("457.18 / null / null / null");
    }

    @Test
    void a_funds_header_without_a_column_is_reported_and_the_table_is_not_read() throws IOException {
        TemplateLayout.Result r = read("header.xlsx", wb -> cell(wb.getSheet(UNIT), 3, "G").setCellValue("完成率"));
        assertThat(errors(r)).containsExactly("header.xlsx，工作表 部门整体支出绩效自评表，第 3 行：表头中找不到列“执行率”。");
        assertThat(r.rows()).noneMatch(b -> "0".equals(b.row().get("table_no")));
        assertThat(rows(r, DataFormat.EVAL_TABLES, 1)).hasSize(1);
    }

    @Test
    void the_funds_weight_is_the_points_its_header_states() throws IOException {
        TemplateLayout.Result r = read("weight.xlsx", wb -> cell(wb.getSheet(UNIT), 3, "B").setCellValue("年度资金总额（12.5分）"));
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.EVAL_TABLES, 0).get(0).row().get("funds_weight")).isEqualTo("12.5");
    }

    // ---- the goals

    @Test
    void goals_without_their_achieved_header_are_reported_and_the_table_is_not_read() throws IOException {
        TemplateLayout.Result r = read("goals.xlsx", wb -> cell(wb.getSheet(UNIT), 8, "F").setCellValue("完成"));
        assertThat(errors(r)).containsExactly("goals.xlsx，工作表 部门整体支出绩效自评表，第 8 行：表头中找不到列“实际完成情况”。");
        assertThat(rows(r, DataFormat.GOALS, 0)).isEmpty();
        assertThat(rows(r, DataFormat.EVAL_TABLES, 0)).isEmpty();
    }

    @Test
    void a_table_without_its_goals_header_is_not_laid_out_like_the_template() throws IOException {
        TemplateLayout.Result r = read("nogoals.xlsx", wb -> relabel(wb.getSheet(PROJECT), "预期目标", "目标"));
        assertThat(errors(r)).containsExactly("nogoals.xlsx，工作表 项目支出绩效自评表(1)：工作表的格式与模板不同：找不到“预期目标”。");
    }

    @Test
    void a_goal_stating_only_what_was_achieved_is_kept_and_blank_rows_are_skipped() throws IOException {
        TemplateLayout.Result r = read("partial.xlsx", wb -> {
            cell(wb.getSheet(UNIT), 9, "B").setBlank();
            cell(wb.getSheet(UNIT), 11, "B").setBlank();
        });
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.GOALS, 0)).extracting(g -> values(g, "seq", "expected", "achieved")).containsExactly(
                "1 / null / 积极履职，充分发挥区委办主要职能。",
                "2 / 财政供养人员控制在预算编制以内。 / 全年支出总额要控制在预算总");
    }

    // ---- the indicators

    /** Unmerges the 一级/二级指标 cells of the seed's unit indicators, as rows a clerk added would be. */
    private static void unmergeLevels(Sheet s) {
        for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress a = s.getMergedRegion(i);
            if (a.getFirstRow() >= 12 && a.getFirstColumn() >= 1 && a.getLastColumn() <= 2 && a.getLastRow() < 24) {
                s.removeMergedRegion(i);
            }
        }
    }

    @Test
    void indicator_rows_added_without_merging_continue_their_levels_and_missing_levels_are_reported() throws IOException {
        TemplateLayout.Result r = read("levels.xlsx", wb -> {
            Sheet s = wb.getSheet(UNIT);
            unmergeLevels(s);
            cell(s, 13, "B").setBlank();
            cell(s, 13, "C").setBlank();
            cell(s, 14, "D").setBlank();
            cell(s, 15, "B").setCellValue("效益\n指标");
            cell(s, 15, "C").setBlank();
            cell(s, 16, "G").setCellValue("五");
            cell(s, 16, "H").setCellValue(-1);
            cell(s, 17, "B").setCellValue("效益指标 （ 30 分 ）");
        });
        assertThat(errors(r)).containsExactly(
                "levels.xlsx，工作表 部门整体支出绩效自评表，第 13 行，列 B 一级指标：必须填写。",
                "levels.xlsx，工作表 部门整体支出绩效自评表，第 13 行，列 C 二级指标：必须填写。",
                "levels.xlsx，工作表 部门整体支出绩效自评表，第 14 行，列 D 三级指标：必须填写。",
                // another 一级指标 starts its own 二级: a blank one is not continued from the row above
                "levels.xlsx，工作表 部门整体支出绩效自评表，第 15 行，列 C 二级指标：必须填写。",
                "levels.xlsx，工作表 部门整体支出绩效自评表，第 16 行，列 G 分值：“五”不是分值：请填写最多两位小数的数字。",
                "levels.xlsx，工作表 部门整体支出绩效自评表，第 16 行，列 H 得分：分值不能为负数：-1。");
        assertThat(rows(r, DataFormat.INDICATORS, 0)).extracting(i -> values(i, "seq", "level1", "level1_cap", "level2", "level3",
                "weight", "score")).startsWith(
                "1 / null / null / null / 密切“四大家” 办公室协调衔接。 / 5 / 5",
                "2 / 产出指标 / 50 / 数量指标 / null / 5 / 4",
                "3 / 效益指标 / null / null / 召开工作会议 / 5 / 5",
                "4 / 产出指标 / 50 / 数量指标 / 学习培训 / null / null",
                "5 / 效益指标 / 30 / 质量指标 / 事项完成率 / 10 / 9");
    }

    @Test
    void a_row_naming_the_same_first_level_indicator_wrapped_and_without_its_cap_continues_it() throws IOException {
        TemplateLayout.Result r = read("again.xlsx", wb -> {
            Sheet s = wb.getSheet(UNIT);
            unmergeLevels(s);
            cell(s, 21, "B").setCellValue("效益\n指标");
            cell(s, 21, "C").setBlank();
        });
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.INDICATORS, 0)).extracting(i -> values(i, "seq", "level1", "level1_cap", "level2", "level3"))
                .containsSubsequence(
                        "8 / 效益指标 / 30 / 经济效益指标 / 保护企业复工复产",
                        "9 / 效益指标 / 30 / 经济效益指标 / 广泛凝聚人心, 不断增进共识",
                        "10 / 效益指标 / 30 / 生态效益指标 / 始终围绕中心、服务大局。");
    }

    @Test
    void an_indicator_header_without_a_column_is_reported_and_the_table_is_not_read() throws IOException {
        TemplateLayout.Result r = read("indicators.xlsx", wb -> cell(wb.getSheet(UNIT), 12, "G").setCellValue("权重"));
        assertThat(errors(r)).containsExactly("indicators.xlsx，工作表 部门整体支出绩效自评表，第 12 行：表头中找不到列“分值”。");
        assertThat(rows(r, DataFormat.EVAL_TABLES, 0)).isEmpty();

        TemplateLayout.Result none = read("none.xlsx", wb -> relabel(wb.getSheet(PROJECT), "一级指标", "指标"));
        assertThat(errors(none)).containsExactly("none.xlsx，工作表 项目支出绩效自评表(1)：工作表的格式与模板不同：找不到“一级指标”。");
    }

    // ---- 总分 and 等级

    @Test
    void a_grade_that_is_not_one_of_the_four_and_total_points_that_are_not_numbers_are_reported() throws IOException {
        TemplateLayout.Result r = read("grade.xlsx", wb -> {
            cell(wb.getSheet(UNIT), 25, "I").setCellValue("等级：甲");
            cell(wb.getSheet(PROJECT), 24, "G").setCellValue("一百");
        });
        assertThat(errors(r)).containsExactly(
                "grade.xlsx，工作表 部门整体支出绩效自评表，第 25 行，列 I 等级：“甲”不是可选的值之一：优、良、中、差。",
                "grade.xlsx，工作表 项目支出绩效自评表(1)，第 24 行，列 G 总分 分值：“一百”不是分值：请填写最多两位小数的数字。");
        assertThat(values(rows(r, DataFormat.EVAL_TABLES, 0).get(0), "total_weight", "total_score", "grade")).isEqualTo("100 / 92 / null");
        assertThat(cells(rows(r, DataFormat.EVAL_TABLES, 0).get(0))).containsEntry("grade", UNIT + "!25 I 等级");
    }

    @Test
    void a_grade_cell_stating_no_grade_keeps_its_cell_and_a_table_without_its_total_is_not_read() throws IOException {
        TemplateLayout.Result empty = read("nograde.xlsx", wb -> cell(wb.getSheet(UNIT), 25, "I").setCellValue("等级："));
        assertThat(errors(empty)).isEmpty();
        assertThat(rows(empty, DataFormat.EVAL_TABLES, 0).get(0).row().get("grade")).isNull();
        assertThat(cells(rows(empty, DataFormat.EVAL_TABLES, 0).get(0))).containsEntry("grade", UNIT + "!25 I 等级");

        TemplateLayout.Result total = read("nototal.xlsx", wb -> relabel(wb.getSheet(UNIT), "总分", "合计分"));
        assertThat(errors(total)).containsExactly("nototal.xlsx，工作表 部门整体支出绩效自评表：工作表的格式与模板不同：找不到“总分”。");
        assertThat(rows(total, DataFormat.EVAL_TABLES, 0)).isEmpty();
    }

    // ---- a table that states nothing

    @Test
    void a_project_sheet_left_blank_is_skipped_with_a_note() throws IOException {
        TemplateLayout.Result r = read("blank.xlsx", wb -> {
            Sheet s = wb.getSheet(PROJECT);
            for (String c : List.of("C3", "C4", "H3", "H4", "C5", "B12", "I24")) {
                cell(s, Integer.parseInt(c.substring(1)), c.substring(0, 1)).setBlank();
            }
            for (int row = 7; row <= 24; row++) {
                for (String col : List.of("C", "D", "E", "F", "G", "H", "I")) {
                    if (row != 11 && row != 13 && !(row >= 14 && row <= 23 && col.equals("C"))) {
                        cell(s, row, col).setBlank();
                    }
                }
            }
        });
        assertThat(errors(r)).isEmpty();
        assertThat(notes(r)).containsExactly("blank.xlsx，工作表 项目支出绩效自评表(1)：工作表是空白模板，没有导入。");
        assertThat(r.rows()).noneMatch(b -> "1".equals(b.row().get("table_no")));
    }
}
