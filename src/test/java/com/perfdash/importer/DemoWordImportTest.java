package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.document.DemoWord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo report written as the Word document a unit files (DemoWord: the seed's paper layout with the demo
 * district's figures) comes back through the import with the figures its CSV rows state. qh-quweiban
 * 2016 (data/demo): 预算收入 669.76 万元 (年初 623.75, 调整追加 21.02, 上年结转 24.99), 支出 669.76 (基本 610.82,
 * 项目 45.58); the 合计 funds row 623.75 / 669.76 / 656.40, 分值 10, 执行率 98 %, 得分 9.8; 3 goals, 13 indicator
 * rows; total 93.3 of 100, 优.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWordImportTest {

    @TempDir
    static Path root;

    private ImportFixture fx;

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root);
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    @Test
    void a_demo_report_as_word_gives_back_the_figures_its_rows_state() throws IOException {
        DemoWord.Report report = DemoWord.reports(Path.of("data/demo"), 1).get(0);
        assertThat(report.unitCode() + " " + report.fiscalYear()).isEqualTo("qh-quweiban 2016");
        Path docx = DemoWord.write(Files.createDirectories(root.resolve("docs")).resolve("quweiban-2016.docx"), report);

        ImportPreview preview = fx.preview(fx.file("青禾区委办公室 2016 自评报告.docx", Files.readAllBytes(docx)));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        fx.service.confirm(preview.id(), "clerk");
        String code = preview.newReports().get(0).unitCode();

        Map<String, Object> r = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT income_total, income_initial, income_adjustment, income_carryover, expenditure_total, expenditure_basic, "
                        + "expenditure_project FROM report WHERE unit_code = :u AND fiscal_year = 2016").bind("u", code).mapToMap().one());
        assertThat(r.values()).extracting(v -> ((BigDecimal) v).stripTrailingZeros().toPlainString())
                .containsExactly("669.76", "623.75", "21.02", "24.99", "669.76", "610.82", "45.58");
        List<String> total = fx.db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT f.initial_budget || ' ' || f.full_year_budget || ' ' || f.executed || ' ' || f.weight || ' ' || f.score "
                                + "FROM funds_row f JOIN eval_table t USING (table_id) JOIN report r USING (report_id) "
                                + "WHERE r.unit_code = :u AND t.table_no = 0 AND f.row_kind = 'total'")
                .bind("u", code).mapTo(String.class).list());
        assertThat(total).singleElement().satisfies(t -> assertThat(t.split(" "))
                .extracting(s -> new BigDecimal(s).stripTrailingZeros().toPlainString()).containsExactly("623.75", "669.76", "656.4", "10", "9.8"));
        Map<String, Object> table = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT t.total_score, t.grade, (SELECT count(*) FROM indicator i WHERE i.table_id = t.table_id) AS indicators, "
                        + "(SELECT count(*) FROM goal g WHERE g.table_id = t.table_id) AS goals "
                        + "FROM eval_table t JOIN report r USING (report_id) WHERE r.unit_code = :u AND t.table_no = 0")
                .bind("u", code).mapToMap().one());
        assertThat(((BigDecimal) table.get("total_score")).stripTrailingZeros().toPlainString()).isEqualTo("93.3");
        assertThat(table.get("grade")).isEqualTo("优");
        assertThat(((Number) table.get("indicators")).intValue()).isEqualTo(13);
        assertThat(((Number) table.get("goals")).intValue()).isEqualTo(3);
    }
}
