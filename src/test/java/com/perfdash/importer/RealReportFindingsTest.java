package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the review checks say about real published tables (src/test/resources/real-reports, README.md there
 * works out every figure), as the import preview lists it: the checks must read the layouts these tables
 * have (a report that is only a project table, a table that declares no level-1 scores, a 合计 row of zeros
 * over a filled sub-row) as a reviewer would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealReportFindingsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/real-reports");

    @TempDir
    static Path root;

    private ImportFixture fx;

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root, ImportLimits.DEFAULT, true);
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    /** The findings the preview of {@code name} lists, as "RULE message"; the preview is cancelled. */
    private List<String> findings(String name, byte[] bytes) throws IOException {
        ImportPreview preview = fx.preview(fx.file(name, bytes));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        fx.service.cancel(preview.id(), "clerk");
        return preview.findings().stream().map(f -> f.rule() + " " + f.messageZh()).toList();
    }

    private List<String> findings(String name) throws IOException {
        return findings(name, Files.readAllBytes(FIXTURES.resolve(name)));
    }

    private static List<String> of(List<String> findings, String rule) {
        return findings.stream().filter(f -> f.startsWith(rule + " ")).toList();
    }

    @Test
    void a_report_that_is_only_a_project_table_is_not_missing_from_its_own_project_list() throws IOException {
        // none of these reports has a text listing its projects, nor a whole-unit table: there is no list to miss
        for (String name : List.of("sx-jishan-ybj-2020-jiandanglika.xlsx", "yn-linxiang-lcj-2023-shourongsuo-partial.xlsx",
                "hn-hengshan-swlsj-2020-chubeiliang-partial.xlsx")) {
            assertThat(of(findings(name), "PLAUS_PROJECT_NOT_LISTED")).as(name).isEmpty();
        }
    }

    @Test
    void a_table_without_weights_or_findings_raises_nothing() throws IOException {
        // 县级储备粮: no 分值 and no 得分 columns, every figure adds up (README: "Nothing to score")
        assertThat(findings("hn-hengshan-swlsj-2020-chubeiliang-partial.xlsx")).isEmpty();
    }

    @Test
    void level1_weights_over_the_usual_cap_in_a_table_that_declares_none_raise_a_warning() throws IOException {
        // 金寨: the typed 产出 rows weigh 10 + 10 + 10 + 10 + 5 + 5 + 5 + 5 = 60 (the copy stops before 成本指标),
        // no level-1 cap is printed and the funds weigh 10
        assertThat(of(findings("ah-jinzhai-cgmlxc-2023-zhengti-partial.xlsx"), "WEIGHT_USUAL_CAP")).containsExactly(
                "WEIGHT_USUAL_CAP 整体支出表未写明一级指标分值；按常用的 10/50/30/10 方案，「产出指标」应为 50 分，其下 8 个三级指标分值合计 60 分。");
    }

    @Test
    void level1_weights_at_the_usual_caps_or_at_declared_caps_raise_nothing() throws IOException {
        // 临翔: undeclared, 产出 10 + 10 + 15 + 15 = 50, 效益 10 + 10 + 10 = 30 (满意度 is cut off)
        List<String> linxiang = findings("yn-linxiang-lcj-2023-shourongsuo-partial.xlsx");
        assertThat(of(linxiang, "WEIGHT_USUAL_CAP")).isEmpty();
        // 稷山: 产出指标(50分) 15 + 15 + 10 + 10, 效益指标(30分) 30, 满意度指标(10分) 10, all as declared
        List<String> jishan = findings("sx-jishan-ybj-2020-jiandanglika.xlsx");
        assertThat(of(jishan, "WEIGHT_USUAL_CAP")).isEmpty();
        assertThat(of(jishan, "WEIGHT_LEVEL1_CAP")).isEmpty();
    }

    @Test
    void a_total_row_of_zeros_over_a_filled_sub_row_is_one_finding() throws IOException {
        // 委托业务项目: 年度资金总额 0 / 0 / 0 (分值 10, 执行率 0, 得分 0) over 其中:本年财政拨款 90 / 89.974 / 89.974
        List<String> weituo = findings("ah-guichi-tangxi-2022-weituo-partial.xlsx", twoDecimals("ah-guichi-tangxi-2022-weituo-partial.xlsx"));
        assertThat(weituo).filteredOn(f -> f.startsWith("SUM_") || f.startsWith("FUNDS_") || f.startsWith("SCORE_")).containsExactly(
                "SUM_TOTAL_EMPTY 项目表 1·资金·合计·年初预算数 / 全年预算数 / 全年执行数：合计为 0.00 / 0.00 / 0.00，"
                        + "但其分项已填写，合计 90.00 / 89.97 / 89.97 万元。");
    }

    /**
     * The fixture with its amounts rounded to two decimals (89.974 → 89.97): the import takes at most two
     * decimals today (ingest/DataFormat), and the rounding changes nothing the funds rules compare.
     */
    private static byte[] twoDecimals(String name) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(FIXTURES.resolve(name))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            double v = c.getNumericCellValue();
                            c.setCellValue(Math.round(v * 100) / 100.0);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
