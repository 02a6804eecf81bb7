package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.perfdash.importer.document.SeedWordAccess;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed report as the unit's Word document (and that document printed to PDF) goes through the
 * import like a workbook: its tables and its running text give back every figure, the review checks find
 * what the seed's own workbook makes them find, and the original document is kept in the batch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportDocumentTest {

    @TempDir
    static Path root;

    private ImportFixture fx;
    private Path docs;

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root, ImportLimits.DEFAULT, true);
        docs = Files.createDirectories(root.resolve("documents"));
    }

    @AfterEach
    void reset() {
        fx.reset();
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    private void assertSeedFigures(String code) {
        Map<String, Object> r = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT income_total, income_initial, income_adjustment, income_other, expenditure_total, expenditure_basic, "
                        + "expenditure_project, expenditure_balance, initial_projects_adjustment, initial_projects_actual "
                        + "FROM report WHERE unit_code = :u AND fiscal_year = 2020").bind("u", code).mapToMap().one());
        assertThat(r.values()).extracting(v -> ((BigDecimal) v).stripTrailingZeros()).containsExactly(
                money("516.66"), money("457.18"), money("17.07"), BigDecimal.ZERO, money("516.66"), money("580.92"),
                money("38.1"), money("10.13"), money("53.25"), money("146.25"));
        List<BigDecimal> budgets = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT p.budget FROM project p JOIN report r USING (report_id) WHERE r.unit_code = :u AND r.fiscal_year = 2020 ORDER BY p.seq").bind("u", code)
                .mapTo(BigDecimal.class).list());
        assertThat(budgets).extracting(BigDecimal::stripTrailingZeros).containsExactly(money("9"), money("21"), money("4.5"),
                money("4.5"), money("4.5"), money("9"), money("9"), money("31.5"));
        List<Map<String, Object>> tables = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT t.table_no, t.total_score, t.grade, count(i.seq) AS indicators FROM eval_table t "
                        + "JOIN report r USING (report_id) LEFT JOIN indicator i USING (table_id) "
                        + "WHERE r.unit_code = :u AND r.fiscal_year = 2020 GROUP BY ALL ORDER BY t.table_no").bind("u", code).mapToMap().list());
        assertThat(tables).extracting(t -> t.get("table_no") + " " + ((BigDecimal) t.get("total_score")).stripTrailingZeros().toPlainString()
                + " " + t.get("grade") + " " + t.get("indicators")).containsExactly("0 92 优 12", "1 100 优 10");
        List<String> projectFunds = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT f.initial_budget || ' ' || f.full_year_budget || ' ' || f.executed FROM funds_row f JOIN eval_table t USING (table_id) "
                        + "JOIN report r USING (report_id) WHERE r.unit_code = :u AND t.table_no = 1 AND f.row_kind = 'total'")
                .bind("u", code).mapTo(String.class).list());
        assertThat(projectFunds).hasSize(1);
        assertThat(projectFunds.get(0).split(" ")).extracting(s -> new BigDecimal(s).stripTrailingZeros().toPlainString())
                .containsExactly("2.6", "4.15", "4.15");
        Integer duties = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM report_text x JOIN report r USING (report_id) WHERE r.unit_code = :u AND r.fiscal_year = 2020 AND x.section = 'duty'").bind("u", code)
                .mapTo(Integer.class).one());
        assertThat(duties).isEqualTo(11);
    }

    @Test
    void the_seed_as_word_is_imported_with_every_figure_and_the_checks_the_workbook_raises() throws IOException {
        ImportPreview fromWorkbook = fx.preview(fx.seedWorkbook("seed.xlsx"));
        List<String> workbookRules = fromWorkbook.findings().stream().map(PreviewFinding::rule).sorted().toList();
        fx.service.cancel(fromWorkbook.id(), "clerk");

        Path docx = SeedWordAccess.write(docs.resolve("seed.docx"));
        ImportPreview preview = fx.preview(fx.file("荷塘区委办 2020 自评报告.docx", Files.readAllBytes(docx)));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        assertThat(preview.files()).extracting(ImportedFile::format).containsExactly("docx");
        List<String> rules = preview.findings().stream().map(PreviewFinding::rule).sorted().toList();
        // the ten defects of DOMAIN.md and the rest: the same findings as the seed's own workbook
        assertThat(rules).isEqualTo(workbookRules).contains("SUM_INCOME_PARTS", "SUM_EXPENDITURE_PARTS", "SUM_PART_EXCEEDS_TOTAL",
                "SUM_PROJECT_SPENDING", "SUM_FUNDS_ROWS", "PLAUS_COST_VS_SPENDING", "ATTAIN_POINTS_OFF_MET", "WEIGHT_LEVEL1_CAP",
                "WEIGHT_TOTAL", "PLAUS_COPIED_INDICATOR", "PLAUS_PROJECT_NOT_LISTED");
        fx.service.confirm(preview.id(), "clerk");
        // the original document is kept in the batch, untouched
        try (var stored = Files.walk(fx.imports)) {
            Path original = stored.filter(p -> p.getFileName().toString().equals("荷塘区委办 2020 自评报告.docx")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(original)).isEqualTo(Files.readAllBytes(docx));
        }
        String code = preview.newReports().get(0).unitCode();
        assertSeedFigures(code);
    }

    @Test
    void the_seed_printed_to_pdf_is_imported_with_every_figure() throws Exception {
        assumeTrue(SeedWordAccess.canConvert(), "LibreOffice (soffice) is not installed: the seed cannot be printed to PDF here; CI installs it");
        Path pdf = SeedWordAccess.toPdf(SeedWordAccess.write(docs.resolve("seed-print.docx")));
        ImportPreview preview = fx.preview(fx.file("荷塘区委办 2020 自评报告.pdf", Files.readAllBytes(pdf)));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        assertThat(preview.files()).extracting(ImportedFile::format).containsExactly("pdf");
        assertThat(preview.findings()).extracting(PreviewFinding::rule).contains("SUM_INCOME_PARTS", "SUM_PART_EXCEEDS_TOTAL", "WEIGHT_TOTAL");
        fx.service.confirm(preview.id(), "clerk");
        assertSeedFigures(preview.newReports().get(0).unitCode());
    }

    @Test
    void the_second_word_layout_gives_the_same_figures() throws IOException {
        Path docx = SeedWordAccess.writeSecondLayout(docs.resolve("seed-2.docx"));
        ImportPreview preview = fx.preview(fx.file("seed-2.docx", Files.readAllBytes(docx)));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
        fx.service.confirm(preview.id(), "clerk");
        assertSeedFigures(preview.newReports().get(0).unitCode());
    }

    @Test
    void a_scan_is_refused_with_the_no_text_layer_message_and_changes_nothing() throws IOException {
        String before = fx.db.contentFingerprint();
        byte[] scan;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            scan = out.toByteArray();
        }
        // named .docx: the content, not the name, says it is a PDF
        ImportPreview preview = fx.preview(fx.file("扫描件.docx", scan));
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE))
                .containsExactly("扫描件.docx：扫描件没有文字层：请上传 Word 原件或按模板填写。");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
    }
}
