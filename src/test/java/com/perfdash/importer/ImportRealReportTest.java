package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Real published tables, uploaded as a clerk would (copies of the fixtures), go through the recognizer into
 * the import: a readable one is previewed and loaded with its figures; one that cannot be read is refused
 * at its cell and leaves the database as it was.
 */
class ImportRealReportTest extends ImportFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/real-reports");

    private SourceFile upload(String name) throws IOException {
        return fx.file(name, Files.readAllBytes(FIXTURES.resolve(name)));
    }

    @Test
    void an_old_xls_project_table_is_imported_with_its_figures() throws IOException {
        ImportPreview preview = fx.preview(upload("sx-jishan-ybj-2020-jiandanglika.xls"));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.newReports()).hasSize(1);
        assertThat(preview.notes()).extracting(n -> n.describe(Locale.CHINESE)).contains(
                "sx-jishan-ybj-2020-jiandanglika.xls，工作表 Sheet1，第 2 行，列 A：年度 2020 取自这一单元格的文字。");
        fx.service.confirm(preview.id(), "clerk");
        String code = PrintedCodes.of("稷山县医疗保险服务中心");
        List<BigDecimal> funds = fx.db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT f.executed FROM funds_row f JOIN eval_table t USING (table_id) JOIN report r USING (report_id) "
                                + "WHERE r.unit_code = :u AND r.fiscal_year = 2020 AND t.table_no = 1 AND f.row_kind = 'total'")
                .bind("u", code).mapTo(BigDecimal.class).list());
        assertThat(funds).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("65.07"));
        Integer score = fx.db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT t.total_score FROM eval_table t JOIN report r USING (report_id) "
                                + "WHERE r.unit_code = :u AND r.fiscal_year = 2020 AND t.table_no = 1")
                .bind("u", code).mapTo(Integer.class).one());
        assertThat(score).isEqualTo(94);
        String category = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT category FROM unit WHERE unit_code = :u")
                .bind("u", code).mapTo(String.class).one());
        assertThat(category).isEqualTo("未分类");
    }

    @Test
    void a_workbook_without_a_category_keeps_the_loaded_units_category() throws IOException {
        String before = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT category FROM unit WHERE unit_code = 'zz-hetang-qwbgs'")
                .mapTo(String.class).one());
        assertThat(before).isNotEqualTo("未分类");
        SourceFile f = fx.seedWorkbook("a.xlsx", wb -> ImportFixture.cell(wb.getSheet("报告信息"), 7, "B").setBlank());
        ImportPreview preview = fx.preview(f);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notes()).extracting(n -> n.describe(Locale.CHINESE))
                .contains("a.xlsx，工作表 报告信息，第 7 行，列 B 单位类别：表中没有单位类别，已记为“未分类”，可在单位页面补填。");
        fx.service.confirm(preview.id(), "clerk");
        String after = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT category FROM unit WHERE unit_code = 'zz-hetang-qwbgs'")
                .mapTo(String.class).one());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_table_that_cannot_be_read_is_refused_at_its_cell_and_changes_nothing() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview preview = fx.preview(upload("yn-yongde-mlzx-2022-yingyang.xlsx"));
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(
                "yn-yongde-mlzx-2022-yingyang.xlsx，工作表 Sheet1，第 5 行，列 A：“项目资金\n(元)”：表中金额以元为单位；请换算为万元后再上传（1 万元 = 10000 元）。");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
    }
}
