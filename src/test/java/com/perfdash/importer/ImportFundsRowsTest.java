package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.base.ui.Formats;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every funds row a real table prints is stored with its label as printed and its kind, in the printed
 * order, and amounts as stated (V023): Sichuan's five-row block and Anhui's 89.974 were refused before.
 */
class ImportFundsRowsTest extends ImportFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/real-reports");

    private ImportPreview imported(String name) throws IOException {
        ImportPreview preview = fx.preview(fx.file(name, Files.readAllBytes(FIXTURES.resolve(name))));
        assertThat(preview.errors()).as(name).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        assertThat(preview.acceptable()).isTrue();
        fx.service.confirm(preview.id(), "clerk");
        return preview;
    }

    /** kind / label / 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 of a table's stored rows, in order. */
    private List<String> stored(String unitCode, int year, int tableNo) {
        return fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT concat_ws(' / ', f.row_kind, coalesce(f.row_label, 'null'),
                                         coalesce(CAST(f.initial_budget AS VARCHAR), 'null'),
                                         coalesce(CAST(f.full_year_budget AS VARCHAR), 'null'),
                                         coalesce(CAST(f.executed AS VARCHAR), 'null'),
                                         coalesce(CAST(f.weight AS VARCHAR), 'null'),
                                         coalesce(CAST(f.execution_rate_pct AS VARCHAR), 'null'),
                                         coalesce(CAST(f.score AS VARCHAR), 'null'))
                        FROM funds_row f JOIN eval_table t USING (table_id) JOIN report r USING (report_id)
                        WHERE r.unit_code = :u AND r.fiscal_year = :y AND t.table_no = :t
                        ORDER BY f.seq""")
                .bind("u", unitCode).bind("y", year).bind("t", tableNo).mapTo(String.class).list());
    }

    private List<String> findings(String unitCode, int year) {
        return fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT f.rule_code FROM review_finding f JOIN report r USING (report_id)
                        WHERE r.unit_code = :u AND r.fiscal_year = :y ORDER BY f.rule_code""")
                .bind("u", unitCode).bind("y", year).mapTo(String.class).list());
    }

    @Test
    void sichuans_five_row_block_is_stored_row_by_row_as_printed() throws IOException {
        imported("sc-qingshen-fgj-2023-gongzi.xlsx");
        String code = unitCode("sc-qingshen-fgj-2023-gongzi.xlsx");
        // the printed order: 总额 first, then its sources; "/" and blank cells are nothing stated (null)
        assertThat(stored(code, 2023, 1)).containsExactly(
                "total / 总额 / 238.9300 / 251.8900 / 251.8900 / 10.00 / 100.00 / null",
                "appropriation / 其中:财政资金 / 238.9300 / 251.8900 / 251.8900 / null / 100.00 / null",
                "special_account / 财政专户管理资金 / 0.0000 / 0.0000 / 0.0000 / null / 0.00 / null",
                "own / 单位资金 / 0.0000 / 0.0000 / 0.0000 / null / 0.00 / null",
                "other / 其他资金 / null / null / null / null / null / null");
        // 251.89 = 251.89 + 0 + 0 by source: the sums hold, whatever else the unfilled table lacks
        assertThat(findings(code, 2023)).doesNotContain("SUM_FUNDS_ROWS", "SUM_TOTAL_EMPTY");
    }

    @Test
    void a_three_decimal_amount_is_stored_exactly_and_shown_with_two() throws IOException {
        imported("ah-guichi-tangxi-2022-weituo-partial.xlsx");
        assertThat(stored("219001", 2022, 1)).startsWith(
                "total / 年度资金总额: / 0.0000 / 0.0000 / 0.0000 / 10.00 / 0.00 / 0.00",
                "appropriation / 其中:本年财政拨款 / 90.0000 / 89.9740 / 89.9740 / null / null / null");
        BigDecimal executed = fx.db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT f.executed FROM funds_row f JOIN eval_table t USING (table_id) JOIN report r USING (report_id)
                        WHERE r.unit_code = '219001' AND f.row_kind = 'appropriation'""").mapTo(BigDecimal.class).one());
        assertThat(executed.stripTrailingZeros().toPlainString()).isEqualTo("89.974");
        assertThat(Formats.money(executed)).isEqualTo("89.97");
    }

    @Test
    void a_printed_block_goes_out_in_our_workbook_and_comes_back_the_same() throws IOException {
        imported("sc-qingshen-fgj-2023-gongzi.xlsx");
        String code = unitCode("sc-qingshen-fgj-2023-gongzi.xlsx");
        List<String> before = shown(stored(code, 2023, 1));
        ReportWorkbookService.Workbook wb = fx.workbooks.report(code, 2023).orElseThrow();
        ImportPreview preview = fx.preview(fx.file(wb.fileName(), wb.bytes()));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        fx.service.confirm(preview.id(), "clerk");
        // the same rows in the same order; the labels as the page shows them (a printed label that is our
        // name for its kind, 单位资金, comes back as that kind without a label of its own)
        assertThat(shown(stored(code, 2023, 1))).containsExactlyElementsOf(before)
                .contains("total / 总额 / 238.9300 / 251.8900 / 251.8900 / 10.00 / 100.00 / null",
                        "own / 单位资金 / 0.0000 / 0.0000 / 0.0000 / null / 0.00 / null");
    }

    /** Each stored row with its label as the report page shows it: as printed, else our name for its kind. */
    private static List<String> shown(List<String> rows) {
        return rows.stream().map(r -> {
            String[] p = r.split(" / ", 3);
            return p[1].equals("null") ? p[0] + " / " + WorkbookLayout.FUNDS_ROW_LABELS.get(p[0]) + " / " + p[2] : r;
        }).toList();
    }

    private int year(String unitCode) {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT fiscal_year FROM report WHERE unit_code = :u")
                .bind("u", unitCode).mapTo(Integer.class).one());
    }

    /** The unit of the report imported from {@code file}. */
    private String unitCode(String file) {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT unit_code FROM report WHERE source_file = :f")
                .bind("f", file).mapTo(String.class).one());
    }
}
