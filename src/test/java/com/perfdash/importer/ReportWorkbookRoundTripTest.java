package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook writer and reader agree: the seed's rows → workbook → the same rows. */
class ReportWorkbookRoundTripTest {

    @TempDir
    Path dir;

    static ReportRows seedRows() throws IOException {
        List<CsvBundleReader.CsvFile> files = new ArrayList<>();
        for (FileSpec f : DataFormat.FILES) {
            files.add(new CsvBundleReader.CsvFile(f.fileName(), f.fileName(), Files.readAllBytes(TestDatabase.SEED.resolve(f.fileName()))));
        }
        SourceRows read = CsvBundleReader.readLoose(files, ImportLimits.DEFAULT);
        assertThat(read.issues()).isEmpty();
        return read.report();
    }

    @Test
    void the_seed_written_as_a_workbook_reads_back_as_the_same_rows() throws IOException {
        ReportRows seed = seedRows();
        Path xlsx = dir.resolve("seed.xlsx");
        Files.write(xlsx, ReportWorkbookWriter.report(seed));

        SourceRows read = ReportWorkbookReader.read(xlsx, "seed.xlsx", ImportLimits.DEFAULT);

        assertThat(read.issues()).isEmpty();
        ReportRows back = read.report();
        assertThat(back.unit()).isEqualTo(seed.unit());
        assertThat(back.report()).isEqualTo(seed.report());
        assertThat(back.texts()).containsExactlyInAnyOrderElementsOf(seed.texts());
        assertThat(back.projects()).containsExactlyElementsOf(seed.projects());
        assertThat(back.tables()).containsExactlyElementsOf(seed.tables());
        assertThat(back.fundsRows()).containsExactlyElementsOf(seed.fundsRows());
        assertThat(back.goals()).containsExactlyElementsOf(seed.goals());
        assertThat(back.indicators()).containsExactlyElementsOf(seed.indicators());
    }

    private static org.apache.poi.ss.usermodel.Cell cell(org.apache.poi.ss.usermodel.Sheet s, int excelRow, String column) {
        return ImportFixture.cell(s, excelRow, column);
    }

    @Test
    void a_clerk_filled_template_reads_numbers_and_percentages_written_as_text() throws IOException {
        Path xlsx = dir.resolve("filled.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(ReportWorkbookWriter.template()))) {
            var info = wb.getSheet("报告信息");
            cell(info, 5, "B").setCellValue("qh-test");
            cell(info, 6, "B").setCellValue("青禾区测试局");
            cell(info, 7, "B").setCellValue("政府部门");
            cell(info, 9, "B").setCellValue("2021年");
            cell(info, 15, "B").setCellValue("1,234.50");
            var unit = wb.getSheet("部门整体支出绩效自评表");
            cell(unit, 4, "C").setCellValue("100");
            cell(unit, 4, "D").setCellValue(120.5);
            cell(unit, 4, "E").setCellValue(" 120.5 ");
            cell(unit, 4, "F").setCellValue(10);
            cell(unit, 4, "G").setCellValue("100%");
            cell(unit, 4, "H").setCellValue("10分");
            cell(unit, 9, "B").setCellValue("按时完成全年工作");
            cell(unit, 9, "F").setCellValue("已完成");
            cell(unit, 13, "D").setCellValue("开展培训");
            cell(unit, 13, "E").setCellValue("4 次");
            cell(unit, 13, "F").setCellValue(5); // a number where the template expects text
            cell(unit, 13, "G").setCellValue("10");
            cell(unit, 13, "H").setCellValue(10);
            var satisfaction = cell(unit, 21, "E");
            satisfaction.setCellValue(0.95);
            var pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
            satisfaction.setCellStyle(pct);
            cell(unit, 21, "D").setCellValue("满意率");
            cell(unit, 22, "G").setCellValue(100);
            cell(unit, 22, "H").setCellValue("95");
            cell(unit, 22, "I").setCellValue("等级：优");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        SourceRows read = ReportWorkbookReader.read(xlsx, "filled.xlsx", ImportLimits.DEFAULT);

        assertThat(read.issues()).noneMatch(ImportIssue::error);
        assertThat(read.issues()).extracting(ImportIssue::text)
                .containsExactlyInAnyOrder(ImportText.NOTE_DEFAULT_SOURCE_FILE, ImportText.NOTE_EMPTY_TABLE_SKIPPED);
        ReportRows r = read.report();
        assertThat(r.report().values()).containsEntry("fiscal_year", "2021").containsEntry("income_total", "1234.5")
                .containsEntry("source_kind", "real").containsEntry("source_file", "filled.xlsx");
        assertThat(r.tables()).singleElement().satisfies(t -> assertThat(t.values()).containsEntry("funds_weight", "10")
                .containsEntry("total_weight", "100").containsEntry("total_score", "95").containsEntry("grade", "优"));
        assertThat(r.fundsRows()).hasSize(4);
        assertThat(r.fundsRows().get(0).values()).containsEntry("row_kind", "total").containsEntry("initial_budget", "100")
                .containsEntry("full_year_budget", "120.5").containsEntry("executed", "120.5")
                .containsEntry("execution_rate_pct", "100").containsEntry("score", "10");
        assertThat(r.goals()).singleElement().satisfies(g -> assertThat(g.values())
                .containsEntry("expected", "按时完成全年工作").containsEntry("achieved", "已完成"));
        assertThat(r.indicators()).extracting(i -> i.get("seq") + " " + i.get("level1") + "/" + i.get("level1_cap") + " "
                        + i.get("level2") + " " + i.get("level3") + " " + i.get("target") + " → " + i.get("actual"))
                .containsExactly("1 产出指标/50 数量指标 开展培训 4 次 → 5", "2 满意度指标/10 服务对象满意度指标 满意率 95% → null");
    }

    @Test
    void an_indicator_row_added_without_merging_continues_the_levels_above() throws IOException {
        Path xlsx = dir.resolve("added.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(ReportWorkbookWriter.report(seedRows())))) {
            var unit = wb.getSheet("部门整体支出绩效自评表");
            unit.shiftRows(24, unit.getLastRowNum(), 1); // 总分 (row 25) and the remarks move down one row
            cell(unit, 25, "D").setCellValue("群众来信办结率");
            cell(unit, 25, "E").setCellValue("100%");
            cell(unit, 25, "F").setCellValue("100%");
            cell(unit, 25, "G").setCellValue(5);
            cell(unit, 25, "H").setCellValue(5);
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        SourceRows read = ReportWorkbookReader.read(xlsx, "added.xlsx", ImportLimits.DEFAULT);

        assertThat(read.issues()).noneMatch(ImportIssue::error);
        List<DataRow> unitIndicators = ReportRows.ofTable(read.report().indicators(), 0);
        assertThat(unitIndicators).hasSize(13);
        assertThat(unitIndicators.get(12).values()).containsEntry("seq", "13").containsEntry("level1", "满意度指标")
                .containsEntry("level1_cap", "10").containsEntry("level2", "服务对象满意度指").containsEntry("level3", "群众来信办结率");
        assertThat(read.report().tables().get(0).values()).containsEntry("total_score", "92");
    }
}
