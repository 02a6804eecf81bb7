package com.perfdash.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.DataRow;
import com.perfdash.importer.DocumentReaders;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.document.DemoWord;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.recognize.Recognition;
import com.perfdash.importer.recognize.ReportRecognizer;
import com.perfdash.ingest.DataFormat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every layout {@link DemoWorkbook} writes is read by the app's recognizer with the figures the demo
 * district's rows state: for the first {@value #REPORTS} reports of data/demo and for every report whose
 * funds total states nothing (the demo's empty totals), the whole-unit table's funds total (年初预算数,
 * 全年预算数, 全年执行数, 分值, 得分), its total score and weight, the number of indicator rows with their
 * 分值 and 得分, and the number of goals where the form prints them after the funds block.
 */
class DemoWorkbookTest {

    static final int REPORTS = 5;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DemoWorkbook.Layout.class)
    void a_demo_report_in_each_layout_is_recognized_with_the_figures_its_rows_state(DemoWorkbook.Layout layout) throws Exception {
        List<DemoWord.Report> all = DemoWord.reports(Path.of("data/demo"), Integer.MAX_VALUE);
        List<DemoWord.Report> reports = new ArrayList<>(all.subList(0, REPORTS));
        all.stream().filter(r -> r.funds().stream().anyMatch(f -> f.get("row_kind").equals("total") && f.get("full_year_budget").isEmpty()))
                .findFirst().ifPresent(reports::add);
        for (DemoWord.Report r : reports) {
            String name = DemoWorkbook.fileName(r, layout);
            String as = layout + " " + r.unitCode() + " " + r.fiscalYear();
            Path file = DemoWorkbook.write(Files.createDirectories(dir.resolve(layout.name() + r.unitCode() + r.fiscalYear())).resolve(name),
                    r, layout);
            Recognition rec = new ReportRecognizer().recognize(
                    DocumentReaders.forFormat(layout.extension).read(file, name, ImportLimits.DEFAULT), Narrative.EMPTY);

            assertThat(rec.issues().stream().filter(ImportIssue::error).map(i -> i.describe(Locale.CHINESE))).as(as).isEmpty();
            assertThat(rec.layout()).as(as).isEqualTo(layout == DemoWorkbook.Layout.TEMPLATE ? "template" : "printed");
            assertThat(rec.reportCount()).as(as).isEqualTo(1);
            DataRow report = rec.rowsOf(DataFormat.REPORTS).get(0);
            assertThat(report.get("fiscal_year")).as(as).isEqualTo(Integer.toString(r.fiscalYear()));
            assertThat(rec.rowsOf(DataFormat.UNITS).get(0).get("unit_name")).as(as).isEqualTo(r.unitName());

            DataRow table = rec.rowsOf(DataFormat.EVAL_TABLES).stream().filter(t -> "0".equals(t.get("table_no"))).findFirst().orElseThrow();
            assertThat(table.get("kind")).as(as).isEqualTo("unit");
            assertThat(amount(table.get("total_score"))).as(as + " 总分得分").isEqualTo(amount(r.unitTable().get("total_score")));
            assertThat(amount(table.get("total_weight"))).as(as + " 总分分值").isEqualTo(amount(r.unitTable().get("total_weight")));

            CSVRecord demoTotal = r.funds().stream().filter(f -> f.get("row_kind").equals("total")).findFirst().orElseThrow();
            DataRow total = rec.rowsOf(DataFormat.FUNDS_ROWS).stream().filter(f -> "total".equals(f.get("row_kind")))
                    .findFirst().orElseThrow(() -> new AssertionError(as + ": no funds total"));
            for (String c : List.of("initial_budget", "full_year_budget", "executed", "weight", "score")) {
                assertThat(amount(total.get(c))).as(as + " funds total " + c).isEqualTo(amount(demoTotal.get(c)));
            }

            List<DataRow> indicators = rec.rowsOf(DataFormat.INDICATORS);
            assertThat(indicators).as(as + " indicators").hasSize(r.indicators().size());
            for (int i = 0; i < indicators.size(); i++) {
                assertThat(amount(indicators.get(i).get("weight"))).as(as + " indicator " + (i + 1) + " 分值")
                        .isEqualTo(amount(r.indicators().get(i).get("weight")));
                assertThat(amount(indicators.get(i).get("score"))).as(as + " indicator " + (i + 1) + " 得分")
                        .isEqualTo(amount(r.indicators().get(i).get("score")));
                assertThat(indicators.get(i).get("level3")).as(as).isEqualTo(r.indicators().get(i).get("level3"));
            }
            // (the Sichuan form prints its goals above the funds block)
            assertThat(rec.rowsOf(DataFormat.GOALS)).as(as + " goals").hasSize(r.goals().size());
        }
    }

    @Test
    void the_hunan_funds_block_under_its_printed_label_is_read() throws Exception {
        DemoWord.Report r = DemoWord.reports(Path.of("data/demo"), 1).get(0);
        String name = DemoWorkbook.fileName(r, DemoWorkbook.Layout.HUNAN);
        Path file = DemoWorkbook.write(dir.resolve(name), r, DemoWorkbook.Layout.HUNAN, DemoWorkbook.HUNAN_FUNDS_BLOCK_PRINTED);
        Recognition rec = new ReportRecognizer().recognize(DocumentReaders.forFormat("xlsx").read(file, name, ImportLimits.DEFAULT),
                Narrative.EMPTY);
        assertThat(rec.rowsOf(DataFormat.FUNDS_ROWS)).hasSize(r.funds().size());
    }

    /** An amount or points as a comparable plain string ("656.40" → "656.4"); null when not stated. */
    private static String amount(String v) {
        return v == null || v.isEmpty() ? null : new BigDecimal(v).stripTrailingZeros().toPlainString();
    }
}
