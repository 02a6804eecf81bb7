package com.perfdash.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File types told by content, whatever the name says; old Word documents through LibreOffice. */
class FileTypesTest {

    @TempDir
    Path dir;

    @Test
    void types_are_told_by_content_not_by_name() throws Exception {
        Path word = SeedWord.write(dir.resolve("report.pdf"));
        Path page = DocumentFixtures.copy("/real-reports/html/yn-yongde-mlzx-2022-yingyang.gbk.html", dir);
        Path renamedPage = Files.copy(page, dir.resolve("page.xlsx"));
        Path workbook = DocumentFixtures.copy("/real-reports/sc-qingshen-fgj-2023-gongzi.xlsx", dir);
        Path oldWorkbook = DocumentFixtures.copy("/real-reports/sx-jishan-ybj-2020-jiandanglika.xls", dir);
        Path pdf = dir.resolve("report.docx");
        Files.writeString(pdf, "%PDF-1.7\n");
        Path csv = dir.resolve("reports.csv");
        Files.writeString(csv, "unit_code,fiscal_year\n");

        assertThat(FileTypes.detect(word, "report.pdf")).isEqualTo("docx");
        assertThat(FileTypes.detect(page, page.getFileName().toString())).isEqualTo("html");
        assertThat(FileTypes.detect(renamedPage, "page.xlsx")).isEqualTo("html");
        assertThat(FileTypes.detect(workbook, "table.docx")).isEqualTo("xlsx");
        assertThat(FileTypes.detect(oldWorkbook, "old.doc")).isEqualTo("xls");
        assertThat(FileTypes.detect(pdf, "report.docx")).isEqualTo("pdf");
        assertThat(FileTypes.detect(csv, "reports.csv")).isEqualTo("csv");
        assertThat(FileTypes.detect(csv, "reports.txt")).isEqualTo("unknown");
    }

    @Test
    void an_old_word_document_is_converted_and_read_like_its_docx() throws Exception {
        assumeTrue(Soffice.present(), "LibreOffice (soffice) is not installed: no .doc can be made or read here; CI installs it");
        Path doc = Soffice.convert(SeedWord.write(dir.resolve("seed.docx")), "doc");
        assertThat(FileTypes.detect(doc, "seed.docx")).isEqualTo("doc");

        SourceDocument read = new DocReader().read(doc, "seed.doc", ImportLimits.DEFAULT);

        assertThat(read.format()).isEqualTo("doc");
        assertThat(read.issues()).filteredOn(i -> i.error()).isEmpty();
        assertThat(read.grids()).hasSize(2);
        Grid unit = read.grids().get(0);
        assertThat(unit.text(21, 7)).isEqualTo("92");
        assertThat(unit.at(9, 1).rowSpan()).isEqualTo(7);
        assertThat(new NarrativeParser().parse(read.paragraphs()).reportFields().get("income_total").value()).isEqualTo("516.66");
    }
}
