package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.document.SeedWordAccess;
import com.perfdash.importer.recognize.Recognition;
import com.perfdash.ingest.ColumnType;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the preview shows of each file beside its source: every figure with the sheet and cell it was read
 * from, the synonyms and scheme applied and the cells left unread; a figure read with low confidence is
 * marked, and the clerk's correction in the preview goes in with the value read, who and when.
 */
class ImportRecognizedTest extends ImportFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/real-reports");

    private SourceFile upload(String name) throws IOException {
        return fx.file(name, Files.readAllBytes(FIXTURES.resolve(name)));
    }

    static Stream<String> readableWorkbooks() {
        return Stream.of("sx-jishan-ybj-2020-jiandanglika.xls", "sx-jishan-ybj-2020-jiandanglika.xlsx",
                "ah-guichi-tangxi-2022-onesheet-partial.xlsx", "ah-guichi-tangxi-2022-sheets-partial.xlsx",
                "ah-jinzhai-cgmlxc-2023-zhengti-partial.xlsx", "sc-qingshen-fgj-2023-gongzi.xlsx",
                "sc-daying-sfj-2023-anke-partial.xlsx", "yn-linxiang-lcj-2023-shourongsuo-partial.xlsx",
                "hn-hengshan-swlsj-2020-chubeiliang-partial.xlsx", "hn-lingling-lyj-2021-zhengti-partial.xlsx",
                "hb-chengan-mzj-2020-gaoling-partial.xlsx");
    }

    /** Each figure's place is the cell that holds it: opened there with POI, the cell states the same value. */
    @ParameterizedTest
    @MethodSource("readableWorkbooks")
    void every_figure_is_the_value_of_the_cell_it_names(String name) throws IOException {
        ImportPreview preview = fx.preview(upload(name));
        ReadFile read = preview.read(name);
        assertThat(read).isNotNull();
        assertThat(read.layout()).isEqualTo("printed");
        List<ReadFigure> stated = read.figures().stream().filter(f -> f.value() != null && f.type() != ColumnType.PERCENT).toList();
        assertThat(stated).as("figures stated in %s", name).hasSizeGreaterThanOrEqualTo(4);
        try (Workbook wb = WorkbookFactory.create(FIXTURES.resolve(name).toFile(), null, true)) {
            for (ReadFigure f : stated) {
                assertThat(f.where().file()).isEqualTo(name);
                Sheet sheet = wb.getSheet(f.where().sheet());
                String letter = f.where().column().split(" ")[0];
                Cell cell = sheet.getRow(f.where().row() - 1).getCell(CellReference.convertColStringToIndex(letter));
                if (cell.getCellType() == CellType.STRING && f.field().equals("funds_weight")) {
                    // the funds block's points declared in its label: "资金投入(10分)"
                    assertThat(cell.getStringCellValue().replace('（', '(').replace('）', ')')).as("%s: %s", name, f.where())
                            .contains("(" + f.value() + "分)");
                    continue;
                }
                BigDecimal inCell = cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
                        ? new BigDecimal(Double.toString(cell.getNumericCellValue()))
                        : Amounts.parse(cell.getStringCellValue().replace("分", "")).value();
                assertThat(inCell).as("%s: %s at %s", name, f.label(Locale.CHINESE), f.where().place(Locale.CHINESE))
                        .isEqualByComparingTo(new BigDecimal(f.value()));
            }
        }
    }

    @Test
    void the_preview_names_the_cells_the_scheme_and_the_synonyms_of_a_project_table() throws IOException {
        String name = "sx-jishan-ybj-2020-jiandanglika.xls";
        ReadFile read = fx.preview(upload(name)).read(name);
        ReadFigure executed = read.figures().stream().filter(f -> f.id().equals("funds_rows.csv#1:executed")).findFirst().orElseThrow();
        assertThat(executed.label(Locale.CHINESE)).isEqualTo("项目表 1 · 年度资金总额 · 全年执行数");
        assertThat(executed.value()).isEqualTo("65.07");
        assertThat(executed.where().place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 6 行，列 F 全年执行数");
        ReadFigure score = read.figures().stream().filter(f -> f.id().equals("eval_tables.csv#1:total_score")).findFirst().orElseThrow();
        assertThat(score.value()).isEqualTo("94");
        assertThat(score.where().place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 19 行，列 H");
        assertThat(read.schemes()).singleElement().satisfies(s -> {
            assertThat(s.scheme()).isEqualTo("10/50/30/10");
            assertThat(s.declared()).isTrue();
        });
        // the header printed on two lines is read as our 年度指标值, at its cell
        assertThat(read.synonyms()).anySatisfy(s -> {
            assertThat(s.field()).isEqualTo("indicators.target");
            assertThat(s.printed()).isEqualTo("年度\n指标值");
            assertThat(s.where().place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 12 行，列 E");
        });
        // every cell of this table was read: its block labels (项目资金(万元), 年度总体目标, 绩效指标) name the blocks
        assertThat(read.unread()).isEmpty();
        assertThat(read.toConfirm()).isZero();
    }

    @Test
    void cells_the_recognizer_does_not_read_are_listed_with_their_place() throws IOException {
        // Hebei's form (成安县, 邯郸) states funds as 预算安排 | 资金到位 | 资金执行 side by side: its 预算数 and 执行数
        // pairs are read, the 到位数 pairs are not (a funds row holds 年初预算数, 全年预算数 and 全年执行数, no
        // 到位数), and the preview says so cell by cell instead of dropping them silently
        String name = "hb-chengan-mzj-2020-gaoling-partial.xlsx";
        ReadFile read = fx.preview(upload(name)).read(name);
        assertThat(read.unread()).extracting(u -> u.where().place(Locale.CHINESE) + " " + u.text())
                .contains("工作表 Sheet1，第 5 行，列 D 资金到位情况", "工作表 Sheet1，第 6 行，列 D 到位数",
                        "工作表 Sheet1，第 3 行，列 K 金额单位: 万元");
        // the signature lines of Sichuan's form are not part of the 自评表 either
        String sc = "sc-qingshen-fgj-2023-gongzi.xlsx";
        assertThat(fx.preview(upload(sc)).read(sc).unread()).extracting(Recognition.Unread::text)
                .contains("项目负责人:", "财务负责人:", "报表编号:510000_0013zp");
    }

    private Recognition recognize(String name) {
        return ReportWorkbookReader.recognize(FIXTURES.resolve(name), name, name.endsWith(".xls") ? "xls" : "xlsx", ImportLimits.DEFAULT);
    }

    @Test
    void what_the_unread_cells_showed_is_read_now() throws IOException {
        // Hunan: the block label 年度预算申请(万元) holds a synonym of 年初预算数; the column is the cell that names it
        Recognition lingling = recognize("hn-lingling-lyj-2021-zhengti-partial.xlsx");
        assertThat(lingling.synonyms()).filteredOn(s -> s.field().equals("funds.initial_budget"))
                .singleElement().satisfies(s -> assertThat(s.where().place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 4 行，列 C"));
        assertThat(lingling.unread()).extracting(Recognition.Unread::text).doesNotContain("年度资金总额", "4753.66万元", "3824.26万元");

        // Sichuan: the goals stated above the funds block, up to the next item of the form
        List<DataRow> goals = recognize("sc-qingshen-fgj-2023-gongzi.xlsx").rowsOf(com.perfdash.ingest.DataFormat.GOALS);
        assertThat(goals).singleElement().satisfies(g -> {
            assertThat(g.get("expected")).startsWith("严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳");
            assertThat(g.get("achieved")).isEqualTo("对照年度目标,说明相关任务目标的完成情况(100字以内)");
        });
        assertThat(recognize("sc-daying-sfj-2023-anke-partial.xlsx").rowsOf(com.perfdash.ingest.DataFormat.GOALS))
                .extracting(g -> g.get("expected") + " | " + g.get("achieved"))
                .containsExactly("根据要求购买安可设备,并完成项目资金支付。 | 完成");

        // Hunan's 全年实际完成情况 is the goals' achieved column
        assertThat(recognize("hn-hengshan-swlsj-2020-chubeiliang-partial.xlsx").rowsOf(com.perfdash.ingest.DataFormat.GOALS))
                .extracting(g -> g.get("achieved")).contains("地方储备粮食规模达标");
    }

    @Test
    void a_project_tables_total_investment_is_read_from_its_head() throws IOException {
        Path docx = SeedWordAccess.write(Files.createDirectories(root.resolve("head")).resolve("seed.docx"));
        Recognition r = ReportWorkbookReader.recognize(docx, "seed.docx", "docx", ImportLimits.DEFAULT);
        DataRow project = r.rowsOf(com.perfdash.ingest.DataFormat.EVAL_TABLES).stream().filter(t -> "1".equals(t.get("table_no")))
                .findFirst().orElseThrow();
        assertThat(project.get("total_investment")).isEqualTo("4.15");
        assertThat(project.get("investment_appropriation")).isEqualTo("4.15");
        assertThat(r.unread()).extracting(Recognition.Unread::text).doesNotContain("其中：财政拨款", "4.15");
    }

    @Test
    void a_loosely_read_figure_is_marked_and_the_clerks_correction_goes_in_with_who_and_when() throws IOException {
        Path docs = Files.createDirectories(root.resolve("loose"));
        // the income sentence worded loosely ("合计约为人民币"): read, but marked for the clerk to confirm
        Path docx = SeedWordAccess.writeReplacing(docs.resolve("seed-loose.docx"), "年度预算收入 516.66 万元",
                "年度预算收入合计约为人民币 516.66 万元");
        SourceFile file = fx.file("seed-loose.docx", Files.readAllBytes(docx));
        ImportPreview first = fx.preview(file);
        assertThat(first.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        ReadFile read = first.read("seed-loose.docx");
        ReadFigure income = read.figure("reports.csv#1:income_total");
        assertThat(income.value()).isEqualTo("516.66");
        assertThat(income.doubtful()).isTrue();
        assertThat(income.label(Locale.CHINESE)).isEqualTo("预算收入");
        assertThat(income.where().sheet()).isEqualTo("正文");
        assertThat(read.toConfirm()).isEqualTo(1);
        assertThat(read.figure("reports.csv#1:income_initial").doubtful()).isFalse();

        // a value the figure cannot take changes nothing: the preview stays as it was
        assertThat(fx.service.correct(first.id(), "clerk", com.perfdash.security.DataScope.ALL_UNITS, "seed-loose.docx",
                income.id(), "五百一十六", ImportProgress.NONE)).isNull();
        // another user cannot correct the clerk's preview
        assertThat(fx.service.correct(first.id(), "other", com.perfdash.security.DataScope.ALL_UNITS, "seed-loose.docx",
                income.id(), "516.7", ImportProgress.NONE)).isNull();

        ImportPreview second = fx.service.correct(first.id(), "clerk", com.perfdash.security.DataScope.ALL_UNITS,
                "seed-loose.docx", income.id(), "516.7", ImportProgress.NONE);
        assertThat(second).isNotNull();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.acceptable()).isTrue();
        ReadFigure corrected = second.read("seed-loose.docx").figure(income.id());
        assertThat(corrected.value()).isEqualTo("516.7");
        assertThat(corrected.readValue()).isEqualTo("516.66");
        assertThat(corrected.check().by()).isEqualTo("clerk");
        assertThat(corrected.check().at()).isEqualTo(java.time.LocalDateTime.now(com.perfdash.TestDatabase.CLOCK));
        assertThat(second.read("seed-loose.docx").toConfirm()).isZero();
        // the old preview is gone
        assertThat(fx.service.confirm(first.id(), "clerk").done()).isFalse();

        ImportOutcome outcome = fx.service.confirm(second.id(), "clerk");
        assertThat(outcome.done()).isTrue();
        String code = second.newReports().get(0).unitCode();
        assertThat(corrected.unitCode()).isEqualTo(code);
        BigDecimal stored = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT income_total FROM report WHERE unit_code = :u AND fiscal_year = 2020").bind("u", code).mapTo(BigDecimal.class).one());
        assertThat(stored).isEqualByComparingTo("516.70");
        assertThat(fx.audit).anyMatch(a -> a.startsWith("clerk import_figure_corrected " + outcome.batch() + ": seed-loose.docx "
                + "reports.csv#1:income_total read 516.66, corrected to 516.7"));

        // the batch keeps every figure's place, and the correction beside the value read
        try (Reader r = Files.newBufferedReader(fx.imports.resolve(outcome.batch()).resolve(FigureSources.FILE), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            CSVRecord row = rows.stream().filter(x -> x.get("figure_id").equals(income.id())).findFirst().orElseThrow();
            assertThat(row.get("value")).isEqualTo("516.7");
            assertThat(row.get("read_value")).isEqualTo("516.66");
            assertThat(row.get("corrected_by")).isEqualTo("clerk");
            assertThat(row.get("low_confidence")).isEqualTo("true");
            assertThat(row.get("part")).isEqualTo("正文");
            assertThat(rows).anySatisfy(x -> {
                assertThat(x.get("figure")).isEqualTo("整体支出表 · 合计 · 全年执行数");
                assertThat(x.get("value")).isEqualTo("516.66");
                assertThat(x.get("part") + " " + x.get("row") + " " + x.get("column")).isEqualTo("表格 1 3 6 全年执行数");
                assertThat(x.get("corrected_by")).isEmpty();
            });
        }
    }
}
