package com.perfdash.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.importer.ImportLogEntry;
import com.perfdash.importer.ReportOption;
import com.perfdash.importer.ReportWorkbookService;
import com.perfdash.ingest.DataFolderLoader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The import page: upload → preview → confirm, a refused file, withdraw from the log, the workbook address. */
class ImportViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;
    @Autowired
    DataFolderLoader folder;
    @Autowired
    ReportWorkbookService workbooks;
    @Autowired
    ReportWorkbookController controller;

    @BeforeEach
    void noImportsYet() {
        clean();
    }

    @AfterEach
    void clean() {
        Path imports = folder.sources().importDir();
        if (Files.exists(imports)) {
            try (Stream<Path> all = Files.walk(imports)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM import_log_file");
            h.execute("DELETE FROM import_log");
        });
    }

    private BigDecimal incomeTotal() {
        return jdbi.withHandle(h -> h.createQuery("SELECT income_total FROM report WHERE unit_code = 'zz-hetang-qwbgs' AND fiscal_year = 2020")
                .mapTo(BigDecimal.class).one());
    }

    /** The seed report's workbook with its 预算收入 (报告信息!B15) set to {@code income}. */
    private byte[] seedWorkbookWithIncome(double income) throws IOException {
        byte[] bytes = workbooks.report("zz-hetang-qwbgs", 2020).orElseThrow().bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet("报告信息").getRow(14).getCell(1).setCellValue(income);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Clicks 检查并预览 and waits for the background job to show its preview. */
    private Div previewOf(String fileName, byte[] bytes) throws InterruptedException {
        return previewOf(fileName, bytes, 1);
    }

    /** As {@link #previewOf(String, byte[])}, the last of {@code count} uploaded files. */
    private Div previewOf(String fileName, byte[] bytes, int count) throws InterruptedException {
        UploadKt._upload(_get(Upload.class), fileName, bytes);
        assertThat(_get(Span.class, s -> s.withClasses("uploaded-count")).getText()).isEqualTo("已上传 " + count + " 个文件");
        _click(_get(Button.class, s -> s.withClasses("preview-button")));
        // the preview is made in the background; the page polls, the test does the round trips
        for (int i = 0; i < 600 && _find(Div.class, s -> s.withClasses("import-preview")).isEmpty(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        return _get(Div.class, s -> s.withClasses("import-preview"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, s -> s.withClasses(className));
    }

    @Test
    void upload_preview_confirm_replaces_the_report_and_withdraw_brings_it_back() throws Exception {
        folder.load(); // other view tests load their own fixtures into the shared database
        UI.getCurrent().navigate("import");

        previewOf("荷塘区委办2020.xlsx", seedWorkbookWithIncome(474.25));

        assertThat(_get(Paragraph.class, s -> s.withClasses("preview-summary")).getText())
                .isEqualTo("1 个文件：0 份新报告，1 份将替换已有报告，0 个错误，0 条提示。");
        Grid<ImportView.FigureLine> replaced = grid("replaced-grid");
        ImportView.FigureLine income = GridKt._get(replaced, 0);
        assertThat(income.figure()).isEqualTo("预算收入（万元）");
        assertThat(income.before()).isEqualTo("516.66");
        assertThat(income.after()).isEqualTo("474.25");
        assertThat(income.difference()).isEqualTo("-42.41");
        assertThat(income.changed()).isTrue();
        assertThat(GridKt._get(replaced, 2).changed()).as("全年预算数 unchanged").isFalse();
        assertThat(incomeTotal()).as("nothing written before confirming").isEqualByComparingTo("516.66");
        Grid<com.perfdash.importer.PreviewFinding> findings = grid("findings-grid");
        assertThat(GridKt._fetch(findings, 0, GridKt._size(findings))).extracting(com.perfdash.importer.PreviewFinding::messageZh)
                .contains("整体支出表合计行全年预算数 516.66 万元，而正文预算收入 474.25 万元，相差 42.41 万元。");
        assertThat(GridKt._getFormattedRow(findings, 0).get(0)).as("the report by its unit's name, as the reports grid names it")
                .isEqualTo("中共株洲市荷塘区委办公室 · 2020");

        Button confirm = _get(Button.class, s -> s.withClasses("confirm-button"));
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        NotificationsKt.expectNotifications("已导入批次 20260115-160000-1：0 份新报告，1 份替换。".replace("20260115-160000-1",
                jdbi.withHandle(h -> h.createQuery("SELECT batch FROM import_log WHERE outcome = 'accepted'").mapTo(String.class).one())));
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        Grid<ImportLogEntry> log = grid("log-grid");
        assertThat(GridKt._size(log)).isEqualTo(1);
        assertThat(GridKt._get(log, 0).outcome()).isEqualTo("accepted");
        assertThat(GridKt._get(log, 0).files()).isEqualTo("荷塘区委办2020.xlsx");

        _click((Button) GridKt._getCellComponent(log, 0, "state"));

        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(GridKt._get(log, 0).action()).isEqualTo("withdraw");
        assertThat(((Button) GridKt._getCellComponent(log, 1, "state")).getText()).isEqualTo("恢复");

        // the report's workbook at its own address
        ResponseEntity<byte[]> found = controller.workbook("zz-hetang-qwbgs", 2020);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getHeaders().getContentDisposition().getFilename()).isEqualTo("2020-zz-hetang-qwbgs-自评报告.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(found.getBody()))) {
            assertThat(wb.getSheet("报告信息").getRow(5).getCell(1).getStringCellValue()).isEqualTo("中共株洲市荷塘区委办公室");
            assertThat(wb.getSheet("报告信息").getRow(14).getCell(1).getNumericCellValue()).isEqualTo(516.66);
        }
        assertThat(controller.workbook("zz-hetang-qwbgs", 1999).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ImportRoutes.workbook("zz-hetang-qwbgs", 2020)).isEqualTo("import/workbook?unit=zz-hetang-qwbgs&year=2020");
    }

    @Test
    void the_preview_shows_each_figure_beside_its_cell_and_a_correction_goes_in_with_who_and_when() throws Exception {
        folder.load();
        UI.getCurrent().navigate("import");
        String name = "sx-jishan-ybj-2020-jiandanglika.xls";
        previewOf(name, Files.readAllBytes(Path.of("src/test/resources/real-reports", name)));

        com.vaadin.flow.component.details.Details file = _get(com.vaadin.flow.component.details.Details.class, s -> s.withClasses("recognized-file"));
        assertThat(((Span) file.getSummary()).getText()).isEqualTo(name + "：识别出 38 个数字，0 个待核对，0 个单元格未读取");
        // nothing to confirm: the panel is closed, and lays its figures out when opened
        assertThat(file.isOpened()).isFalse();
        assertThat(_find(Grid.class, s -> s.withClasses("recognized-figures"))).isEmpty();
        file.setOpened(true);
        assertThat(_get(Paragraph.class, s -> s.withClasses("recognized-schemes")).getText())
                .isEqualTo("分值构成：稷山县医疗保险服务中心 2020 · 项目表 1 表中写明 10/50/30/10");
        Grid<com.perfdash.importer.ReadFigure> figures = grid("recognized-figures");
        int row = -1;
        for (int i = 0; i < GridKt._size(figures); i++) {
            if (GridKt._get(figures, i).id().equals("eval_tables.csv#1:total_score")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(figures, row).subList(0, 5)).containsExactly("稷山县医疗保险服务中心 2020", "项目表 1 · 总分",
                "94 分", "工作表 Sheet1，第 19 行，列 H", "已读取");

        _click((Button) GridKt._getCellComponent(figures, row, "correct"));
        com.vaadin.flow.component.textfield.TextField value = _get(com.vaadin.flow.component.textfield.TextField.class,
                s -> s.withClasses("correct-figure-value"));
        assertThat(value.getValue()).isEqualTo("94");
        value.setValue("九十五");
        _click(_get(Button.class, s -> s.withClasses("correct-figure-save")));
        assertThat(value.isInvalid()).as("not points: the dialog stays and says so").isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("“九十五”不是分值：请填写分数，最多两位小数，如 92");
        value.setValue("95");
        _click(_get(Button.class, s -> s.withClasses("correct-figure-save")));
        // the preview is made again in the background with the correction
        for (int i = 0; i < 600 && _find(Grid.class, s -> s.withClasses("recognized-figures")).isEmpty(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        assertThat(_get(com.vaadin.flow.component.details.Details.class, s -> s.withClasses("recognized-file")).isOpened())
                .as("a corrected file's panel opens by itself").isTrue();
        Grid<com.perfdash.importer.ReadFigure> again = grid("recognized-figures");
        assertThat(GridKt._getFormattedRow(again, row).subList(1, 4)).containsExactly("项目表 1 · 总分", "95 分",
                "工作表 Sheet1，第 19 行，列 H");
        assertThat(GridKt._getFormattedRow(again, row).get(4)).matches("已更正：读取为 94 分（admin，\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d）");

        _click(_get(Button.class, s -> s.withClasses("confirm-button")));
        Integer stored = jdbi.withHandle(h -> h.createQuery("SELECT t.total_score FROM eval_table t JOIN report r USING (report_id) "
                + "JOIN unit u USING (unit_code) WHERE u.unit_name = '稷山县医疗保险服务中心' AND t.table_no = 1").mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(95);
        List<String> corrections = jdbi.withHandle(h -> h.createQuery("SELECT detail FROM audit_log WHERE event = 'import_figure_corrected'")
                .mapTo(String.class).list());
        assertThat(corrections).singleElement().asString().contains(name + " eval_tables.csv#1:total_score read 94, corrected to 95 at ");
    }

    @Test
    void the_upload_says_its_refusals_in_chinese_with_the_limit() {
        UI.getCurrent().navigate("import");
        com.vaadin.flow.component.upload.UploadI18N.Error error = _get(Upload.class).getI18n().getError();

        assertThat(error.getFileIsTooBig()).isEqualTo("文件超过了每个文件 20 MB 的上限：请拆分后分别上传，或请管理员调高上限（PERFDASH_IMPORT_MAX_FILE_SIZE）。");
        assertThat(error.getIncorrectFileType()).startsWith("不能导入这种类型的文件：可以上传的类型为 .xlsx ");
        assertThat(error.getTooManyFiles()).isEqualTo("一次最多上传 200 个文件：请分几次导入。");
    }

    @Test
    void an_import_interrupted_before_its_commit_is_shown_and_imported_on_decision() throws Exception {
        folder.load();
        UI.getCurrent().navigate("import");
        previewOf("荷塘区委办2020.xlsx", seedWorkbookWithIncome(474.25));
        _click(_get(Button.class, s -> s.withClasses("confirm-button")));
        NotificationsKt.clearNotifications();
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(_find(Div.class, s -> s.withClasses("import-interrupted"))).as("shown only while an import waits").isEmpty();
        // as a kill between the load and its commit marker leaves it: the batch without its marker, no log row
        String batch = jdbi.withHandle(h -> h.createQuery("SELECT batch FROM import_log WHERE outcome = 'accepted'").mapTo(String.class).one());
        Files.delete(folder.sources().importDir().resolve(batch).resolve(com.perfdash.ingest.LoadSources.COMMITTED));
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM import_log_file");
            h.execute("DELETE FROM import_log");
        });
        folder.load();
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("import");
        Div panel = _get(Div.class, s -> s.withClasses("import-interrupted"));
        assertThat(panel.isVisible()).isTrue();
        assertThat(_get(Span.class, s -> s.withClasses("interrupted-what")).getText()).startsWith("批次 " + batch + "：admin 于 ")
                .endsWith(" 上传的 荷塘区委办2020.xlsx（报告：zz-hetang-qwbgs 2020）");
        _click(_get(Button.class, s -> s.withClasses("interrupted-import-button")));

        NotificationsKt.expectNotifications("中断的批次 " + batch + " 已导入并生效。");
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(_find(Div.class, s -> s.withClasses("import-interrupted"))).as("shown only while an import waits").isEmpty();
        Grid<ImportLogEntry> log = grid("log-grid");
        assertThat(GridKt._get(log, 0).outcome()).isEqualTo("accepted");
        clean();
        folder.load();
    }

    @Test
    void a_refused_file_lists_its_errors_with_their_cells_and_cannot_be_confirmed() throws Exception {
        folder.load();
        String before = modelFingerprint();
        UI.getCurrent().navigate("import");
        byte[] bytes = workbooks.report("zz-hetang-qwbgs", 2020).orElseThrow().bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet("部门整体支出绩效自评表").getRow(3).getCell(3).setCellValue("abc");
            wb.write(out);
            bytes = out.toByteArray();
        }

        previewOf("bad.xlsx", bytes);

        Grid<com.perfdash.importer.ImportIssue> errors = grid("errors-grid");
        assertThat(GridKt._size(errors)).isEqualTo(1);
        com.perfdash.importer.ImportIssue e = GridKt._get(errors, 0);
        assertThat(e.where().sheet()).isEqualTo("部门整体支出绩效自评表");
        assertThat(e.where().row()).isEqualTo(4);
        assertThat(e.where().column()).isEqualTo("D 全年预算数");
        assertThat(_get(Button.class, s -> s.withClasses("confirm-button")).isEnabled()).isFalse();
        Grid<ImportLogEntry> log = grid("log-grid");
        assertThat(GridKt._get(log, 0).outcome()).isEqualTo("rejected");
        assertThat(modelFingerprint()).isEqualTo(before);
    }

    /** The seed report's workbook, edited. */
    private byte[] seedWorkbook(java.util.function.Consumer<XSSFWorkbook> edit) throws IOException {
        byte[] bytes = workbooks.report("zz-hetang-qwbgs", 2020).orElseThrow().bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The Qingshen bureau's page as the county site published it (src/test/resources/real-reports/README.md). */
    @Test
    void a_web_page_is_named_as_a_web_page_and_its_findings_by_the_unit_the_page_names() throws Exception {
        folder.load();
        UI.getCurrent().navigate("import");
        previewOf("sc-qingshen-fgj-2023-gongzi.html",
                Files.readAllBytes(Path.of("src/test/resources/real-reports/html/sc-qingshen-fgj-2023-gongzi.html")));

        Grid<ImportView.FileLine> files = grid("files-grid");
        assertThat(GridKt._getFormatted(files, 0, "format")).isEqualTo("网页");
        assertThat(GridKt._getFormatted(files, 0, "status")).isEqualTo("可导入");
        Grid<com.perfdash.importer.PreviewFinding> findings = grid("findings-grid");
        assertThat(GridKt._getFormattedRow(findings, 0).get(0)).as("a printed table has no unit code: the report by its unit's name")
                .isEqualTo("青神县发展和改革局 · 2023");
    }

    @Test
    void a_bulk_import_marks_each_file_and_imports_the_ready_ones_only() throws Exception {
        folder.load();
        UI.getCurrent().navigate("import");
        UploadKt._upload(_get(Upload.class), "2021.xlsx", seedWorkbook(wb -> wb.getSheet("报告信息").getRow(8).getCell(1).setCellValue(2021)));
        UploadKt._upload(_get(Upload.class), "坏的.xlsx", seedWorkbook(wb -> wb.getSheet("部门整体支出绩效自评表").getRow(3).getCell(3).setCellValue("abc")));
        UploadKt._upload(_get(Upload.class), "2022.xlsx", seedWorkbook(wb -> wb.getSheet("报告信息").getRow(8).getCell(1).setCellValue(2022)));
        Div preview = previewOf("空.xlsx", new byte[0], 4);

        assertThat(_get(preview, Paragraph.class, s -> s.withClasses("preview-partial")).getText())
                .isEqualTo("2 个文件需处理，不会导入；其余 2 个文件可以导入。每个文件要么整个导入，要么整个不导入：需处理的文件对数据库没有任何改动，请按下表改正后另行上传。");
        Grid<ImportView.FileLine> files = grid("files-grid");
        assertThat(GridKt._fetch(files, 0, GridKt._size(files))).extracting(l -> l.file().name() + " " + l.outcome().ready())
                .containsExactly("2021.xlsx true", "坏的.xlsx false", "2022.xlsx true", "空.xlsx false");
        assertThat(GridKt._getFormatted(files, 1, "status")).isEqualTo("需处理");
        assertThat(GridKt._getFormatted(files, 0, "status")).isEqualTo("可导入");
        assertThat(GridKt._getFormatted(files, 1, "messages"))
                .isEqualTo("坏的.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 D 全年预算数：“abc”不是金额：请填写以万元为单位、最多四位小数的数字。");
        assertThat(GridKt._getFormatted(files, 3, "messages")).isEqualTo("空.xlsx：文件是空的。");
        Grid<com.perfdash.importer.ReportChange> added = grid("new-grid");
        assertThat(GridKt._fetch(added, 0, GridKt._size(added))).extracting(r -> r.fiscalYear()).containsExactlyInAnyOrder(2021, 2022);
        assertThat(_find(Grid.class, s -> s.withClasses("replaced-grid"))).as("the broken file replaces nothing").isEmpty();

        Button confirm = _get(Button.class, s -> s.withClasses("confirm-button"));
        assertThat(confirm.getText()).isEqualTo("导入 2 个可导入的文件");
        _click(confirm);

        String batch = jdbi.withHandle(h -> h.createQuery("SELECT batch FROM import_log WHERE outcome = 'accepted'").mapTo(String.class).one());
        NotificationsKt.expectNotifications("已导入批次 " + batch + "：2 份新报告，0 份替换。 另有 2 个需处理的文件没有导入：坏的.xlsx、空.xlsx。原因见导入记录。");
        List<Integer> years = jdbi.withHandle(h -> h.createQuery("SELECT fiscal_year FROM report WHERE unit_code = 'zz-hetang-qwbgs' ORDER BY 1")
                .mapTo(Integer.class).list());
        assertThat(years).containsExactly(2020, 2021, 2022);
        assertThat(incomeTotal()).as("the seed's 2020 untouched").isEqualByComparingTo("516.66");
        Grid<ImportLogEntry> log = grid("log-grid");
        assertThat(GridKt._getFormatted(log, 0, "leftOut")).isEqualTo("坏的.xlsx：\n"
                + "坏的.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 D 全年预算数：“abc”不是金额：请填写以万元为单位、最多四位小数的数字。\n"
                + "空.xlsx：\n空.xlsx：文件是空的。");
        clean();
        folder.load();
    }

    private String modelFingerprint() {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT count(*) || '/' || coalesce(sum(hash(r)), 0) FROM report r) || ' '"
                + " || (SELECT count(*) FROM indicator)").mapTo(String.class).one());
    }

    @Test
    void a_unit_user_is_told_it_imports_its_own_unit_and_a_leader_cannot_open_the_page() throws Exception {
        folder.load();
        byte[] hetang = workbooks.report("zz-hetang-qwbgs", 2020).orElseThrow().bytes();
        signInAs("unit");
        assertThat(workbooks.report("zz-hetang-qwbgs", 2020)).as("another unit's workbook is out of scope").isEmpty();
        UI.getCurrent().navigate("import");

        assertThat(_get(Paragraph.class, s -> s.withClasses("unit-only")).getText())
                .isEqualTo("作为预算单位用户，您只能导入本单位（qh-caizheng）的报告，导入记录中只显示您自己的导入。");
        previewOf("hetang.xlsx", hetang);
        Grid<com.perfdash.importer.ImportIssue> errors = grid("errors-grid");
        assertThat(GridKt._get(errors, 0).message(java.util.Locale.CHINESE))
                .isEqualTo("只能导入本单位（qh-caizheng）的报告，“zz-hetang-qwbgs”不是本单位。");

        signInAs("leader");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("import"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    @Test
    void the_report_picker_reads_pages_searched_in_sql_and_a_unit_user_is_offered_its_own_reports() {
        folder.load();
        UI.getCurrent().navigate("import");
        @SuppressWarnings("unchecked")
        ComboBox<ReportOption> picker = _get(ComboBox.class, s -> s.withClasses("report-picker"));
        assertThat(picker.getDataProvider().isInMemory()).as("lazy: no list of every report is kept").isFalse();

        ComboBoxKt.setUserInput(picker, "荷塘区委办公室 · 2020");
        List<ReportOption> found = ComboBoxKt.getSuggestionItems(picker);
        assertThat(found).isNotEmpty().allSatisfy(o -> assertThat(o.unitName()).contains("荷塘"))
                .extracting(ReportOption::fiscalYear).containsOnly(2020);
        ReportOption hetang = found.stream().filter(o -> o.unitCode().equals("zz-hetang-qwbgs")).findFirst().orElseThrow();
        assertThat(ComboBoxKt.getSuggestions(picker)).contains("中共株洲市荷塘区委办公室 · 2020");
        ComboBoxKt.setUserInput(picker, "ZZ-HETANG-QWBGS");
        assertThat(ComboBoxKt.getSuggestionItems(picker)).contains(hetang);

        Anchor link = _get(Anchor.class, s -> s.withClasses("report-workbook-link"));
        assertThat(link.isEnabled()).isFalse();
        picker.setValue(hetang);
        assertThat(link.isEnabled()).isTrue();
        assertThat(link.getHref()).isEqualTo("import/workbook?unit=zz-hetang-qwbgs&year=2020");

        signInAs("unit");
        UI.getCurrent().navigate("units"); // away and back: a new page, with a new picker
        UI.getCurrent().navigate("import");
        @SuppressWarnings("unchecked")
        ComboBox<ReportOption> own = _get(ComboBox.class, s -> s.withClasses("report-picker"));
        assertThat(ComboBoxKt.getSuggestionItems(own)).isNotEmpty().extracting(ReportOption::unitCode).containsOnly("qh-caizheng");
    }
}
