package com.perfdash.importer.document;

import static com.perfdash.importer.document.DocumentFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.grid.SourceDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF reader on the seed written as Word and printed to PDF by LibreOffice (as units publish
 * their reports), in both layouts, and on a scan without a text layer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReaderTest {

    private Path dir;

    private SourceDocument word;
    private SourceDocument pdf;
    private SourceDocument word2;
    private SourceDocument pdf2;

    @BeforeAll
    void convert(@TempDir Path tmp) throws Exception {
        dir = tmp;
        assumeTrue(Soffice.present(), "LibreOffice (soffice) is not installed: the seed cannot be printed to PDF here; CI installs it");
        Path docx = SeedWord.write(dir.resolve("seed.docx"));
        Path docx2 = SeedWord.writeSecondLayout(dir.resolve("seed-2.docx"));
        word = new DocxReader().read(docx, "seed.docx", ImportLimits.DEFAULT);
        word2 = new DocxReader().read(docx2, "seed-2.docx", ImportLimits.DEFAULT);
        pdf = new PdfReader().read(Soffice.convert(docx, "pdf"), "seed.pdf", ImportLimits.DEFAULT);
        pdf2 = new PdfReader().read(Soffice.convert(docx2, "pdf"), "seed-2.pdf", ImportLimits.DEFAULT);
    }

    /** Text without the spaces and breaks that only the page's layout makes. */
    private static String bare(String s) {
        return s.replaceAll("\\s", "");
    }

    private static void sameCells(Grid fromPdf, Grid fromWord) {
        assertThat(fromPdf.rowCount()).isEqualTo(fromWord.rowCount());
        assertThat(fromPdf.columnCount()).isEqualTo(fromWord.columnCount());
        assertThat(fromPdf.cells()).hasSameSizeAs(fromWord.cells());
        for (int i = 0; i < fromWord.cells().size(); i++) {
            GridCell w = fromWord.cells().get(i);
            GridCell p = fromPdf.cells().get(i);
            assertThat(new int[] {p.row(), p.column(), p.rowSpan(), p.colSpan()}).as("cell %s of %s", i, fromWord.name())
                    .containsExactly(w.row(), w.column(), w.rowSpan(), w.colSpan());
            assertThat(bare(p.text())).as("cell %d,%d", w.row(), w.column()).isEqualTo(bare(w.text()));
        }
    }

    @Test
    void seed_pdf_gives_back_both_tables_cell_by_cell_with_the_word_merges() {
        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(pdf.issues()).allMatch(i -> !i.error());
        assertThat(pdf.grids()).hasSize(2);
        sameCells(pdf.grids().get(0), word.grids().get(0));
        sameCells(pdf.grids().get(1), word.grids().get(1));

        Grid unit = pdf.grids().get(0);
        assertThat(row(unit, 2)).containsExactly("1[1x2]=合计", "3[1x1]=457.18", "4[1x1]=516.66", "5[1x1]=516.66", "6[1x1]=10",
                "7[1x1]=100%", "8[1x1]=10");
        assertThat(row(unit, 21)).containsExactly("0[1x6]=总分", "6[1x1]=100", "7[1x1]=92", "8[1x1]=等级：优");
        assertThat(unit.at(9, 1).rowSpan()).isEqualTo(7);
        // a cell's place is its page, its table on that page, its row and column there
        assertThat(unit.at(2, 4).source().sheet()).matches("第 \\d+ 页 表格 \\d+");
        assertThat(unit.at(2, 4).source().row()).isEqualTo(3);
        assertThat(unit.at(2, 4).source().column()).isEqualTo("5");
        Grid project = pdf.grids().get(1);
        assertThat(row(project, 1)).containsExactly("0[2x1]=项目支出名称", "1[1x2]=专项名称", "3[1x2]=民主监督经费", "5[1x2]=项目总投资（万元）", "7[1x2]=4.15");
        assertThat(row(project, 5)).startsWith("1[1x2]=合计", "3[1x1]=2.6", "4[1x1]=4.15", "5[1x1]=4.15");
        assertThat(row(project, 22)).containsExactly("0[1x6]=总分", "6[1x1]=100", "7[1x1]=100", "8[1x1]=等级：优");
    }

    @Test
    void seed_pdf_text_gives_back_every_budget_figure_and_the_eight_projects() {
        Narrative n = new NarrativeParser().parse(pdf.paragraphs());

        assertThat(n.reportFields()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().value()).contains(
                "income_total=516.66", "income_initial=457.18", "income_adjustment=17.07", "income_other=0",
                "expenditure_total=516.66", "expenditure_basic=580.92", "expenditure_project=38.1", "expenditure_balance=10.13",
                "initial_projects_adjustment=53.25", "initial_projects_actual=146.25", "initial_projects_carryover=0",
                "midyear_projects_budget=0", "midyear_projects_actual=0", "fiscal_year=2020", "unit_name=中共株洲市荷塘区委办公室");
        assertThat(n.projects()).extracting(p -> p.budget().value()).containsExactly("9", "21", "4.5", "4.5", "4.5", "9", "9", "31.5");
        assertThat(n.projects()).extracting(p -> p.actual().value()).containsExactly("9", "21", "4.5", "4.5", "4.5", "9", "9", "31.5");
        assertThat(n.texts()).filteredOn(t -> t.section().equals("duty")).hasSize(11);
        assertThat(n.reportFields().get("income_total").source().sheet()).isEqualTo("第 1 页");
    }

    @Test
    void second_layout_pdf_joins_the_table_over_its_pages_and_gives_the_same_cells() {
        assertThat(pdf2.grids()).hasSize(2);
        sameCells(pdf2.grids().get(0), word2.grids().get(0));
        sameCells(pdf2.grids().get(1), word2.grids().get(1));
        assertThat(pdf2.issues()).filteredOn(i -> i.text() == ImportText.NOTE_TABLE_JOINED).isNotEmpty();
        Narrative n = new NarrativeParser().parse(pdf2.paragraphs());
        assertThat(n.reportFields().get("income_adjustment").value()).isEqualTo("17.07");
        assertThat(n.reportFields().get("expenditure_basic").value()).isEqualTo("580.92");
    }

    @Test
    void a_scan_without_a_text_layer_gives_the_message_and_no_figures() throws Exception {
        Path scan = dir.resolve("扫描件.pdf");
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        for (int y = 100; y <= 700; y += 50) {
            g.drawLine(50, y, 550, y);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject img = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(scan.toFile());
        }
        SourceDocument read = new PdfReader().read(scan, "扫描件.pdf", ImportLimits.DEFAULT);

        assertThat(read.paragraphs()).isEmpty();
        assertThat(read.grids()).isEmpty();
        assertThat(read.issues()).singleElement().satisfies(i -> {
            assertThat(i.error()).isTrue();
            assertThat(i.where().file()).isEqualTo("扫描件.pdf");
            assertThat(i.message(Locale.CHINESE)).isEqualTo("扫描件没有文字层：请上传 Word 原件或按模板填写。");
        });
    }

    @Test
    void a_file_that_is_not_a_pdf_gives_a_message_naming_it() throws Exception {
        Path bad = dir.resolve("坏.pdf");
        Files.writeString(bad, "%PDF-1.7 broken");
        SourceDocument read = new PdfReader().read(bad, "坏.pdf", ImportLimits.DEFAULT);

        assertThat(read.issues()).singleElement().satisfies(i -> {
            assertThat(i.error()).isTrue();
            assertThat(i.text()).isEqualTo(ImportText.PDF_DAMAGED);
        });
    }
}
