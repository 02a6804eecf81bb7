package com.perfdash.importer;

import static com.perfdash.importer.ImportFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.ingest.LoadSources;
import com.perfdash.security.DataScope;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Preview, confirm, withdraw and restore against a real database loaded from the seed. */
class ImportServiceTest extends ImportFixtureTest {

    private BigDecimal incomeTotal() {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT income_total FROM report WHERE unit_code = 'zz-hetang-qwbgs'")
                .mapTo(BigDecimal.class).one());
    }

    /** The seed report's executed budget as the stored metrics hold it (report_metrics). */
    private BigDecimal executed() {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT executed FROM report_metrics WHERE unit_code = 'zz-hetang-qwbgs'")
                .mapTo(BigDecimal.class).one());
    }

    @Test
    void seed_exported_as_a_workbook_and_imported_gives_back_every_row_of_every_table() throws IOException {
        Map<String, List<String>> before = fx.modelRows();
        ImportPreview preview = fx.preview(fx.seedWorkbook("2020-zz-hetang-qwbgs.xlsx"));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newReports()).isEmpty();
        assertThat(preview.replacedReports()).singleElement().satisfies(r -> {
            assertThat(r.unitCode()).isEqualTo("zz-hetang-qwbgs");
            assertThat(r.replacedDataSet()).isEqualTo("seed");
            assertThat(r.anyChange()).isFalse();
        });
        ImportOutcome outcome = fx.service.confirm(preview.id(), "clerk");

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.batch()).isEqualTo("20260115-160000-1");
        Map<String, List<String>> after = fx.modelRows();
        assertThat(after.get("indicator")).hasSize(22);
        for (String table : before.keySet()) {
            assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
        }
        String dataFile = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT data_file FROM report").mapTo(String.class).one());
        assertThat(dataFile).isEqualTo("imports/20260115-160000-1/reports.csv");
        assertThat(fx.importLog()).containsExactly("import:accepted:20260115-160000-1");
    }

    @Test
    void an_accepted_batch_keeps_the_original_file_and_a_manifest_beside_its_data_files() throws IOException {
        SourceFile upload = fx.seedWorkbook("荷塘区委办 2020.xlsx");
        ImportPreview preview = fx.preview(upload);
        fx.service.confirm(preview.id(), "clerk");

        Path batch = fx.imports.resolve("20260115-160000-1");
        assertThat(fx.importFolder()).contains("20260115-160000-1/originals/荷塘区委办 2020.xlsx",
                "20260115-160000-1/manifest.csv", "20260115-160000-1/reports.csv", "20260115-160000-1/indicators.csv");
        assertThat(Files.readAllBytes(batch.resolve("originals/荷塘区委办 2020.xlsx"))).isEqualTo(Files.readAllBytes(upload.content()));
        List<CSVRecord> manifest = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(batch.resolve("manifest.csv"))).getRecords();
        assertThat(manifest).singleElement().satisfies(m -> {
            assertThat(m.get("file_name")).isEqualTo("荷塘区委办 2020.xlsx");
            assertThat(m.get("sha256")).isEqualTo(BatchFiles.sha256(upload.content())).hasSize(64);
            assertThat(m.get("size_bytes")).isEqualTo(Long.toString(Files.size(upload.content())));
            assertThat(m.get("uploaded_by")).isEqualTo("clerk");
            assertThat(m.get("uploaded_at")).isEqualTo("2026-01-15T16:00");
            assertThat(m.get("format")).isEqualTo("workbook");
        });
    }

    @Test
    void a_preview_changes_nothing_and_cancelling_it_leaves_no_files() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview preview = fx.preview(fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25)));

        assertThat(preview.acceptable()).isTrue();
        assertThat(fx.importFolder()).anyMatch(p -> p.startsWith(".staging/"));
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        fx.service.cancel(preview.id(), "clerk");

        assertThat(fx.importFolder()).containsExactly(".staging");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        assertThat(fx.importLog()).containsExactly("import:cancelled:-");
    }

    @Test
    void the_preview_shows_the_key_figures_a_replacement_changes() throws IOException {
        ImportPreview preview = fx.preview(fx.seedWorkbook("a.xlsx", wb -> {
            cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25);          // 预算收入
            cell(wb.getSheet("部门整体支出绩效自评表"), 4, "E").setCellValue(500);  // 合计 全年执行数
        }));

        ReportChange change = preview.replacedReports().get(0);
        assertThat(change.figures()).filteredOn(FigureChange::changed)
                .extracting(FigureChange::figure, FigureChange::before, FigureChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(KeyFigure.INCOME_TOTAL, new BigDecimal("516.6600"), new BigDecimal("474.2500")),
                        org.assertj.core.groups.Tuple.tuple(KeyFigure.EXECUTED, new BigDecimal("516.6600"), new BigDecimal("500.0000")),
                        org.assertj.core.groups.Tuple.tuple(KeyFigure.EXECUTION_RATE, change.before().executionRate(),
                                change.after().executionRate()));
        assertThat(change.before().executionRate()).isEqualByComparingTo("1");
        // 500 / 516.66 = 0.9677…
        assertThat(change.after().executionRate()).isBetween(new BigDecimal("0.9677"), new BigDecimal("0.9678"));
        assertThat(change.figures().get(0).difference()).isEqualByComparingTo("-42.41");
    }

    @Test
    void a_new_unit_year_is_listed_as_new_and_loads_beside_the_seed() throws IOException {
        ImportPreview preview = fx.preview(fx.seedWorkbook("2021.xlsx", wb -> cell(wb.getSheet("报告信息"), 9, "B").setCellValue(2021)));

        assertThat(preview.replacedReports()).isEmpty();
        assertThat(preview.newReports()).singleElement().satisfies(r -> {
            assertThat(r.fiscalYear()).isEqualTo(2021);
            assertThat(r.after().fullYearBudget()).isEqualByComparingTo("516.66");
        });
        assertThat(fx.service.confirm(preview.id(), "clerk").reportsNew()).isEqualTo(1);
        int reports = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one());
        assertThat(reports).isEqualTo(2);
    }

    @Test
    void withdrawing_a_batch_restores_the_replaced_report_and_restoring_applies_it_again() throws IOException {
        ImportPreview preview = fx.preview(fx.seedWorkbook("a.xlsx", wb -> {
            cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25);          // 预算收入
            cell(wb.getSheet("部门整体支出绩效自评表"), 4, "E").setCellValue(500);  // 合计 全年执行数
        }));
        String batch = fx.service.confirm(preview.id(), "clerk").batch();
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(executed()).isEqualByComparingTo("500");

        assertThat(fx.service.withdraw(batch, "reviewer", "wrong figures").done()).isTrue();
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(executed()).isEqualByComparingTo("516.66");
        assertThat(fx.service.state(batch)).isEqualTo(BatchState.WITHDRAWN);
        assertThat(Files.readString(fx.imports.resolve(batch).resolve(LoadSources.WITHDRAWN))).contains("reviewer", "wrong figures");

        assertThat(fx.service.withdraw(batch, "reviewer", null).errors()).extracting(e -> e.message(Locale.ENGLISH))
                .containsExactly("The batch " + batch + " is not in the import folder, or is withdrawn already.");
        assertThat(fx.service.withdraw("../data", "reviewer", null).done()).isFalse();
        assertThat(fx.service.restore(batch, "reviewer").done()).isTrue();
        assertThat(fx.service.restore(batch, "reviewer").done()).isFalse();
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(executed()).isEqualByComparingTo("500");
        assertThat(fx.service.state(batch)).isEqualTo(BatchState.APPLIED);
        assertThat(fx.service.log(10)).extracting(ImportLogEntry::action, ImportLogEntry::outcome, ImportLogEntry::userName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("restore", "restored", "reviewer"),
                        org.assertj.core.groups.Tuple.tuple("withdraw", "withdrawn", "reviewer"),
                        org.assertj.core.groups.Tuple.tuple("import", "accepted", "clerk"));
    }

    @Test
    void an_import_killed_in_the_middle_of_its_load_leaves_no_trace() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview preview = fx.preview(fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25)));
        fx.failLoadsWith("injected failure");

        ImportOutcome outcome = fx.service.confirm(preview.id(), "clerk");

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.errors().get(0).message(Locale.ENGLISH))
                .contains("could not be completed", "injected failure (after 1 report rows were written)");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(fx.importFolder()).containsExactly(".staging");
        assertThat(fx.importLog()).containsExactly("import:failed:-");
    }

    @Test
    void a_preview_confirmed_after_the_data_changed_is_refused() throws IOException {
        ImportPreview first = fx.preview(fx.seedWorkbook("a.xlsx"));
        ImportPreview second = fx.preview(fx.seedWorkbook("b.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25)));
        assertThat(fx.service.confirm(second.id(), "clerk").done()).isTrue();
        String before = fx.db.contentFingerprint();

        ImportOutcome late = fx.service.confirm(first.id(), "clerk");

        assertThat(late.done()).isFalse();
        assertThat(late.errors().get(0).text()).isEqualTo(ImportText.STALE_PREVIEW);
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        assertThat(fx.importFolder()).noneMatch(p -> p.startsWith(".staging/"));
    }

    @Test
    void batches_accepted_in_the_same_second_get_names_that_sort_in_order() throws IOException {
        for (int i = 1; i <= 2; i++) {
            ImportPreview p = fx.preview(fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(400)));
            assertThat(fx.service.confirm(p.id(), "clerk").batch()).isEqualTo("20260115-160000-" + i);
        }
    }

    @Test
    void the_log_is_entered_again_from_the_manifests_when_the_database_was_rebuilt() throws IOException {
        ImportPreview p = fx.preview(fx.seedWorkbook("a.xlsx"));
        String batch = fx.service.confirm(p.id(), "clerk").batch();
        fx.db.jdbi().useHandle(h -> h.execute("DELETE FROM import_log"));

        fx.service.reconcile();

        assertThat(fx.service.log(10)).singleElement().satisfies(e -> {
            assertThat(e.batch()).isEqualTo(batch);
            assertThat(e.userName()).isEqualTo("clerk");
            assertThat(e.unitYears()).isEqualTo("zz-hetang-qwbgs 2020");
            assertThat(e.state()).isEqualTo(BatchState.APPLIED);
        });
    }

    @Test
    void a_unit_user_may_import_its_own_unit_only_and_every_outcome_is_audited() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview other = fx.service.preview(List.of(fx.seedWorkbook("a.xlsx")), "unit", DataScope.unit("qh-caizheng"),
                ImportProgress.NONE);

        assertThat(other.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(
                "a.xlsx，工作表 报告信息，第 5 行，列 B 单位编码：只能导入本单位（qh-caizheng）的报告，“zz-hetang-qwbgs”不是本单位。");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);

        ImportPreview own = fx.service.preview(List.of(fx.seedWorkbook("b.xlsx")), "hetang", DataScope.unit("zz-hetang-qwbgs"),
                ImportProgress.NONE);
        assertThat(own.acceptable()).isTrue();
        String batch = fx.service.confirm(own.id(), "hetang").batch();
        fx.service.withdraw(batch, "finance", "test");

        assertThat(fx.audit).containsExactly("unit import_rejected a.xlsx: 1 errors",
                "hetang import_accepted " + batch + ": b.xlsx (0 new, 1 replaced)",
                "hetang import_units " + batch + ": zz-hetang-qwbgs (unchanged)",
                "finance import_withdrawn " + batch + ": test");
        assertThat(fx.service.log("hetang", 10)).extracting(ImportLogEntry::userName).containsExactly("hetang");
    }
}
