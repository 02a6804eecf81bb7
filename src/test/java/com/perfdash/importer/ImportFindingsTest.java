package com.perfdash.importer;

import static com.perfdash.importer.ImportFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The preview's review findings: what the dry run's review checks say about the imported versions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFindingsTest {

    @TempDir
    static Path root;

    private ImportFixture fx;

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root, ImportLimits.DEFAULT, true);
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    @Test
    void the_preview_lists_the_review_findings_the_imported_report_would_raise() throws IOException {
        ImportPreview asLoaded = fx.preview(fx.seedWorkbook("a.xlsx"));
        // the seed's income parts do not add up: 457.18 + 17.07 + 0 = 474.25, stated 516.66
        assertThat(asLoaded.findings()).extracting(PreviewFinding::rule).contains("SUM_INCOME_PARTS");
        assertThat(asLoaded.findings()).allSatisfy(f -> {
            assertThat(f.unitCode()).isEqualTo("zz-hetang-qwbgs");
            assertThat(f.messageZh()).isNotBlank();
        });
        fx.service.cancel(asLoaded.id(), "clerk");

        ImportPreview corrected = fx.preview(fx.seedWorkbook("b.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25)));

        assertThat(corrected.findings()).extracting(PreviewFinding::rule).doesNotContain("SUM_INCOME_PARTS");
        // and the correction shows what it now contradicts: the table's 516.66 against the text's 474.25
        assertThat(corrected.findings()).filteredOn(PreviewFinding::added).extracting(PreviewFinding::messageZh)
                .containsExactly("整体支出表合计行全年预算数 516.66 万元，而正文预算收入 474.25 万元，相差 42.41 万元。");
        assertThat(asLoaded.findings()).noneMatch(PreviewFinding::added);
        fx.service.cancel(corrected.id(), "clerk");
    }
}
