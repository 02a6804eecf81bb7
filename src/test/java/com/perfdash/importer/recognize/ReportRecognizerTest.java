package com.perfdash.importer.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.DocumentReaders;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real published tables of src/test/resources/real-reports, typed as printed, recognized cell by cell:
 * the figures the README lists, where each one stands, and what cannot be taken.
 */
class ReportRecognizerTest {

    private static final Path FIXTURES = Path.of("src/test/resources/real-reports");

    @TempDir
    Path temp;

    /** Recognizes a fixture from a copy in a temporary folder (never the fixture itself). */
    private Recognition recognize(String name) throws IOException {
        Path copy = temp.resolve(name);
        Files.copy(FIXTURES.resolve(name), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String format = name.endsWith(".xls") ? "xls" : "xlsx";
        return new ReportRecognizer().recognize(DocumentReaders.forFormat(format).read(copy, name, ImportLimits.DEFAULT),
                Narrative.EMPTY);
    }

    /** Recognizes a saved web page of the fixtures (html/) from a copy, as {@link #recognize} a workbook. */
    private Recognition recognizePage(String name) throws IOException {
        Path copy = temp.resolve(name);
        Files.copy(FIXTURES.resolve("html").resolve(name), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new ReportRecognizer().recognize(DocumentReaders.forFormat("html").read(copy, name, ImportLimits.DEFAULT),
                Narrative.EMPTY);
    }

    private static List<BatchRow> rows(Recognition r, FileSpec spec) {
        return r.rows().stream().filter(b -> b.spec() == spec).toList();
    }

    private static List<String> errors(Recognition r) {
        return r.issues().stream().filter(ImportIssue::error).map(i -> i.describe(Locale.CHINESE)).toList();
    }

    private static Map<String, String> values(BatchRow b, String... columns) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (String c : columns) {
            m.put(c, b.row().get(c));
        }
        return m;
    }

    private static String funds(BatchRow b) {
        DataRow r = b.row();
        return String.join(" / ", r.get("row_kind"), r.get("row_label"), String.valueOf(r.get("initial_budget")),
                String.valueOf(r.get("full_year_budget")), String.valueOf(r.get("executed")), String.valueOf(r.get("weight")),
                String.valueOf(r.get("execution_rate_pct")), String.valueOf(r.get("score")));
    }

    private static String indicator(BatchRow b) {
        DataRow r = b.row();
        return String.join(" / ", r.get("level1"), String.valueOf(r.get("level1_cap")), r.get("level2"), r.get("level3"),
                String.valueOf(r.get("target")), String.valueOf(r.get("actual")), String.valueOf(r.get("weight")),
                String.valueOf(r.get("score")));
    }

    @Test
    void jishan_national_project_form_is_recognized_cell_by_cell_in_xlsx_and_in_old_xls() throws IOException {
        for (String name : List.of("sx-jishan-ybj-2020-jiandanglika.xlsx", "sx-jishan-ybj-2020-jiandanglika.xls")) {
            Recognition r = recognize(name);
            assertThat(errors(r)).as(name).isEmpty();
            assertThat(r.layout()).isEqualTo("printed");
            BatchRow report = rows(r, DataFormat.REPORTS).get(0);
            assertThat(report.row().get("fiscal_year")).isEqualTo("2020");
            assertThat(report.origin().cell("fiscal_year")).isEqualTo(new CellRef(name, "Sheet1", 2, "A"));
            assertThat(rows(r, DataFormat.UNITS).get(0).row().get("category")).isEqualTo("未分类");
            BatchRow table = rows(r, DataFormat.EVAL_TABLES).get(0);
            assertThat(values(table, "table_no", "kind", "project_name", "total_weight", "total_score", "grade"))
                    .hasToString("{table_no=1, kind=project, project_name=建档立卡个人缴费县级配套资金, total_weight=100, "
                            + "total_score=94, grade=null}");
            assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds).containsExactly(
                    "total / 年度资金总额 / null / 65.66 / 65.07 / 10 / 99 / 9",
                    "appropriation / 其中:当年财政拨款 / null / 65.66 / 65.07 / null / 99 / null",
                    "carryover / 上年结转资金 / null / null / null / null / null / null",
                    "other / 其他资金 / null / null / null / null / null / null");
            BatchRow total = rows(r, DataFormat.FUNDS_ROWS).get(0);
            assertThat(total.origin().cell("full_year_budget")).isEqualTo(new CellRef(name, "Sheet1", 6, "E 全年预算数"));
            assertThat(rows(r, DataFormat.INDICATORS)).extracting(ReportRecognizerTest::indicator).containsExactly(
                    "产出指标 / 50 / 数量指标 / 指标1:全县参合人数 / 8755 / 8676 / 15 / 13",
                    "产出指标 / 50 / 质量指标 / 指标1:资金是否全部纳入医保统筹 / 100% / 100% / 15 / 15",
                    "产出指标 / 50 / 时效指标 / 指标1:资金是否全部及时纳入 / 100% / 100% / 10 / 10",
                    "产出指标 / 50 / 成本指标 / 指标1:配套资金每人每年 / 75元 / 75元 / 10 / 10",
                    "效益指标 / 30 / 社会效益 / 指标1:是否解决建档立卡人员看病难贵问题 / 95% / 95% / 30 / 27",
                    "满意度指标 / 10 / 服务对象满意度指标 / 指标1:是否满意 / 95% / 95% / 10 / 9");
            assertThat(rows(r, DataFormat.INDICATORS).get(0).row().get("deviation_note")).isEqualTo("建档立卡中有新增死亡人员,导致有偏差");
            assertThat(rows(r, DataFormat.GOALS)).hasSize(1);
            assertThat(r.schemes()).extracting(Recognition.Scheme::scheme).containsExactly("10/50/30/10");
        }
    }

    @Test
    void three_decimal_amounts_are_kept_exactly_with_their_cells() throws IOException {
        String name = "ah-guichi-tangxi-2022-weituo-partial.xlsx";
        Recognition r = recognize(name);
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.UNITS).get(0).row().values()).containsEntry("unit_code", "219001")
                .containsEntry("unit_name", "池州市贵池区棠溪镇人民政府");
        assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds).containsExactly(
                "total / 年度资金总额: / 0 / 0 / 0 / 10 / 0 / 0",
                "appropriation / 其中:本年财政拨款 / 90 / 89.974 / 89.974 / null / null / null",
                "carryover / 上年结转资金 / null / null / null / null / null / null",
                "other / 其他资金 / null / null / null / null / null / null");
        BatchRow appropriation = rows(r, DataFormat.FUNDS_ROWS).get(1);
        assertThat(appropriation.origin().cell("full_year_budget")).isEqualTo(new CellRef(name, "Sheet1", 8, "E 全年预算数"));
        List<BatchRow> indicators = rows(r, DataFormat.INDICATORS);
        assertThat(indicators).hasSize(9); // the empty 经济效益指标 row is not an indicator
        assertThat(indicators.get(0).row().values()).containsEntry("target", "≥50个").containsEntry("actual", "50");
        assertThat(indicators.get(4).row().values()).containsEntry("level2", "成本指标").containsEntry("target", "≤90万元");
        assertThat(indicators).extracting(b -> b.row().get("weight")).containsExactly("8", "8", "8", "8", "8", "10", "10", "10", "10");
        assertThat(rows(r, DataFormat.GOALS).get(0).row().get("achieved")).startsWith("本项目共完成预算资金89.97万元。");
    }

    @Test
    void two_tables_on_one_sheet_and_one_per_sheet_are_two_project_tables_of_one_report() throws IOException {
        for (String name : List.of("ah-guichi-tangxi-2022-onesheet-partial.xlsx", "ah-guichi-tangxi-2022-sheets-partial.xlsx")) {
            Recognition r = recognize(name);
            assertThat(errors(r)).as(name).isEmpty();
            assertThat(r.reportCount()).isEqualTo(1);
            assertThat(rows(r, DataFormat.EVAL_TABLES)).extracting(b -> b.row().get("table_no") + " " + b.row().get("project_name"))
                    .containsExactly("1 委托业务项目", "2 村级补助及运转经费");
            assertThat(rows(r, DataFormat.FUNDS_ROWS)).filteredOn(b -> "2".equals(b.row().get("table_no")))
                    .extracting(ReportRecognizerTest::funds).contains("appropriation / 其中:本年财政拨款 / 202.64 / 132.912 / 132.912 / null / null / null");
            assertThat(rows(r, DataFormat.INDICATORS)).filteredOn(b -> "2".equals(b.row().get("table_no"))).hasSize(8);
        }
        Recognition one = recognize("ah-guichi-tangxi-2022-onesheet-partial.xlsx");
        BatchRow second = rows(one, DataFormat.FUNDS_ROWS).stream().filter(b -> "2".equals(b.row().get("table_no"))).toList().get(1);
        assertThat(second.origin().cell("executed").row()).isEqualTo(8 + 24);
    }

    @Test
    void sichuan_headers_in_other_words_the_split_target_and_nothing_stated_are_read() throws IOException {
        String name = "sc-qingshen-fgj-2023-gongzi.xlsx";
        Recognition r = recognize(name);
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.REPORTS).get(0).row().get("fiscal_year")).isEqualTo("2023");
        BatchRow table = rows(r, DataFormat.EVAL_TABLES).get(0);
        assertThat(values(table, "kind", "project_name", "funds_weight", "total_weight", "total_score"))
                .hasToString("{kind=project, project_name=51000021R000000019951-工资性支出, funds_weight=10, total_weight=100, "
                        + "total_score=null}");
        assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds).containsExactly(
                "total / 总额 / 238.93 / 251.89 / 251.89 / 10 / 100 / null",
                "appropriation / 其中:财政资金 / 238.93 / 251.89 / 251.89 / null / 100 / null",
                "special_account / 财政专户管理资金 / 0 / 0 / 0 / null / 0 / null",
                "own / 单位资金 / 0 / 0 / 0 / null / 0 / null",
                "other / 其他资金 / null / null / null / null / null / null");
        assertThat(rows(r, DataFormat.INDICATORS)).extracting(ReportRecognizerTest::indicator).containsExactly(
                "产出指标 / null / 数量指标 / 发放(缴纳)覆盖率 / =100% / null / 60 / null",
                "效益指标 / null / 社会效益指标 / 足额保障率(参保率) / =100% / null / 30 / null");
        assertThat(r.synonyms()).extracting(Recognition.Synonym::field, Recognition.Synonym::printed)
                .contains(org.assertj.core.groups.Tuple.tuple("funds.full_year_budget", "调整后预算数"),
                        org.assertj.core.groups.Tuple.tuple("funds.executed", "预算执行数"),
                        org.assertj.core.groups.Tuple.tuple("indicators.weight", "权重"),
                        org.assertj.core.groups.Tuple.tuple("indicators.deviation_note", "未完成原因分析"));
        assertThat(r.schemes()).extracting(Recognition.Scheme::scheme, Recognition.Scheme::declared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10+90", true));
    }

    @Test
    void a_two_row_funds_block_and_a_repeated_level2_label_are_read() throws IOException {
        Recognition r = recognize("yn-linxiang-lcj-2023-shourongsuo-partial.xlsx");
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds).containsExactly(
                "total / 年度资金总额 / null / 32.4 / 31.69 / 10 / 97.8 / 9",
                "appropriation / 其中:当年财政拨款 / null / 32.4 / 31.69 / 10 / 97.8 / 9");
        assertThat(rows(r, DataFormat.INDICATORS)).extracting(b -> b.row().get("level2") + " " + b.row().get("level3"))
                .startsWith("数量指标 野生动物收容所", "数量指标 钢结构圈养围栏", "时效指标 项目完工时限", "质量指标 项目竣工验收率");
        assertThat(rows(r, DataFormat.INDICATORS)).extracting(b -> b.row().get("deviation_note")).containsOnly("无");
        assertThat(r.schemes()).extracting(Recognition.Scheme::declared).containsExactly(false);
    }

    @Test
    void amounts_in_yuan_are_refused_at_the_cell_that_says_so() throws IOException {
        Recognition r = recognize("yn-yongde-mlzx-2022-yingyang.xlsx");
        assertThat(errors(r)).containsExactly(
                "yn-yongde-mlzx-2022-yingyang.xlsx，工作表 Sheet1，第 5 行，列 A：“项目资金\n(元)”：表中金额以元为单位；请换算为万元后再上传（1 万元 = 10000 元）。");
    }

    @Test
    void a_table_without_a_year_is_refused_with_where_it_looked() throws IOException {
        Recognition r = recognize("gz-suiyang-taibai-zhengti-partial.xlsx");
        assertThat(errors(r)).containsExactly(
                "gz-suiyang-taibai-zhengti-partial.xlsx，工作表 Sheet1，第 1 行，列 A：表中没有写明年度：标题或单元格中找不到“XXXX年度”。");
    }

    @Test
    void a_unit_name_label_that_lost_its_level_to_the_web_page_still_names_the_unit() throws IOException {
        // 零陵区林业局's page lost characters in its Word-to-HTML conversion: "级预算单位名称" (一级 or 二级) and
        // "陵区林业局" are printed so, and read so; the whole-unit table below them is read as the README lists it
        Recognition r = recognize("hn-lingling-lyj-2021-zhengti-partial.xlsx");
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.UNITS)).singleElement().satisfies(u -> {
            assertThat(u.row().get("unit_name")).isEqualTo("陵区林业局");
            assertThat(u.origin().cell("unit_name").place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 3 行，列 C");
        });
        assertThat(rows(r, DataFormat.REPORTS)).singleElement().satisfies(b -> assertThat(b.row().get("fiscal_year")).isEqualTo("2021"));
        // 万元 inside the amount cells; a rate of 80.45 % printed 100 and its score 10 as stated (the review checks catch them)
        assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds)
                .containsExactly("total / 年度资金总额 / 4753.66 / 4753.66 / 3824.26 / 10 / 100 / 10");
        List<BatchRow> indicators = rows(r, DataFormat.INDICATORS);
        // ten indicators and the three "……" rows under them, which state nothing; caps "(50)" and "30分)" read
        assertThat(indicators).hasSize(13);
        assertThat(indicators).filteredOn(b -> b.row().get("weight") != null).hasSize(10);
        assertThat(indicators).extracting(ReportRecognizerTest::indicator).contains(
                "产出指标 / 50 / 数量指标 / 造林面积 / 1.2万亩 / 1.2万亩 / 10 / 10",
                "效益指标 / 30 / 经济效益指标 / 木材销售收入 / 1100万元 / 1093万元 / 6 / 5",
                "效益指标 / 30 / 经济效益指标 / 林产品收入 / 2.6亿元 / 2.45亿元 / 6 / 5");
        assertThat(indicators).filteredOn(b -> "……".equals(b.row().get("level3")))
                .extracting(b -> b.row().get("target") + " " + b.row().get("weight")).containsOnly("null null");
    }

    @Test
    void the_same_table_on_the_bureaus_web_page_is_read_alike() throws IOException {
        Recognition r = recognizePage("hn-lingling-lyj-2021-zhengti-partial.html");
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.UNITS)).extracting(u -> u.row().get("unit_name")).containsExactly("陵区林业局");
        assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds)
                .containsExactly("total / 年度资金总额 / 4753.66 / 4753.66 / 3824.26 / 10 / 100 / 10");
        assertThat(rows(r, DataFormat.INDICATORS)).filteredOn(b -> b.row().get("weight") != null).hasSize(10);
    }

    @Test
    void funds_written_as_label_and_value_pairs_along_each_row_are_read_and_the_arrived_funds_left_unread() throws IOException {
        // Hebei's form (成安县民政局): 预算数 | 6.84 | 到位数 | 6.84 | 执行数 | 6.84 | 100.00, then 其中:财政资金 and 其他
        // the same way; the rows under the pairs are parts, not values under a header
        Recognition r = recognize("hb-chengan-mzj-2020-gaoling-partial.xlsx");
        assertThat(errors(r)).isEmpty();
        assertThat(rows(r, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds).containsExactly(
                "total / 预算数 / null / 6.84 / 6.84 / null / null / null",
                "appropriation / 其中:财政资金 / null / 6.84 / 6.84 / null / null / null",
                "other / 其他 / null / 0 / 0 / null / null / null");
        BatchRow total = rows(r, DataFormat.FUNDS_ROWS).get(0);
        assertThat(total.origin().cell("full_year_budget").place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 6 行，列 C 预算数");
        assertThat(total.origin().cell("executed").place(Locale.CHINESE)).isEqualTo("工作表 Sheet1，第 6 行，列 I 执行数");
        // the model has no 到位数: its pairs are listed as unread, cell by cell
        assertThat(r.unread()).extracting(u -> u.where().place(Locale.CHINESE) + " " + u.text())
                .contains("工作表 Sheet1，第 6 行，列 D 到位数", "工作表 Sheet1，第 6 行，列 F 6.84");
        assertThat(rows(r, DataFormat.INDICATORS)).isNotEmpty();

        // the county's web page holds the same table
        Recognition html = recognizePage("hb-chengan-mzj-2020-gaoling-partial.html");
        assertThat(errors(html)).isEmpty();
        assertThat(rows(html, DataFormat.FUNDS_ROWS)).extracting(ReportRecognizerTest::funds)
                .containsExactlyElementsOf(rows(r, DataFormat.FUNDS_ROWS).stream().map(ReportRecognizerTest::funds).toList());
    }

    @Test
    void a_synonym_naming_any_start_reads_every_level_of_a_label_and_nothing_else() {
        SynonymTable table = SynonymTable.parse(List.of("label.unit_name,单位名称", "label.unit_name,…预算单位名称",
                "label.supervisor,主管部门"));
        List<String> labels = List.of("label.unit_name", "label.supervisor");
        assertThat(table.match("二级预算单位名称", labels)).isEqualTo("label.unit_name");
        assertThat(table.match("级预算单位名称:", labels)).isNull(); // a label's colon is the caller's to cut
        assertThat(table.match("级预算单位名称", labels)).isEqualTo("label.unit_name");
        assertThat(table.match("预算单位名称", labels)).isEqualTo("label.unit_name");
        assertThat(table.match("预算单位", labels)).isNull();
        assertThat(table.match("主管部门", labels)).isEqualTo("label.supervisor");
        // the marker alone is an exact synonym, not "everything"
        assertThat(SynonymTable.parse(List.of("label.unit_name,…")).match("部门", labels)).isNull();
        assertThat(SynonymTable.standard().match("三级预算单位名称", labels)).isEqualTo("label.unit_name");
    }

    @Test
    void the_synonym_table_maps_a_province_wording_with_one_line() {
        SynonymTable table = SynonymTable.parse(List.of("# comment", "field,synonym", "indicators.weight,权重", "indicators.weight,分值"));
        assertThat(table.match("权 重", List.of("indicators.weight"))).isEqualTo("indicators.weight");
        assertThat(table.match("分值(10分)", List.of("indicators.weight"))).isEqualTo("indicators.weight");
        assertThat(table.match("得分", List.of("indicators.weight"))).isNull();
        assertThat(SynonymTable.standard().match("全年执行数(B)", SynonymTable.standard().fields("funds"))).isEqualTo("funds.executed");
    }
}
