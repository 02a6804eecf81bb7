package com.perfdash.importer;

import static com.perfdash.importer.ImportFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A bulk import takes the ready files and leaves out, whole, those that need attention: the database holds
 * exactly the ready files' reports, the left-out files' unit-years are as they were, and the log and the
 * batch say which files were left out and why.
 */
class ImportPerFileTest extends ImportFixtureTest {

    private static final Path REAL = Path.of("src/test/resources/real-reports");

    /** The published table in 元 (项目资金 (元)): refused while it is read. */
    static final String YUAN_MESSAGE = "yingyang.xlsx，工作表 Sheet1，第 5 行，列 A：“项目资金\n(元)”：表中金额以元为单位；请换算为万元后再上传（1 万元 = 10000 元）。";
    /** The seed as a CSV bundle with 全年执行数 “五百”: refused by the loader in the dry run. */
    static final String LOADER_MESSAGE = "2020.zip › funds_rows.csv，第 1 行，列 executed：数据校验未通过：“五百”不是金额：请填写以万元为单位、最多四位小数的数字。";

    private SourceFile real(String name, String as) throws IOException {
        return fx.file(as, Files.readAllBytes(REAL.resolve(name)));
    }

    /** Two ready workbooks of new years of the seed unit, a real printed table, and two broken files. */
    private List<SourceFile> fiveFiles() throws IOException {
        return List.of(
                fx.seedWorkbook("2021.xlsx", wb -> cell(wb.getSheet("报告信息"), 9, "B").setCellValue(2021)),
                real("yn-yongde-mlzx-2022-yingyang.xlsx", "yingyang.xlsx"),
                fx.seedWorkbook("2022.xlsx", wb -> {
                    cell(wb.getSheet("报告信息"), 9, "B").setCellValue(2022);
                    cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25); // 457.18 + 17.07, as the parts add up
                }),
                brokenSeedBundle(),
                real("sx-jishan-ybj-2020-jiandanglika.xls", "jishan.xls"));
    }

    /** The seed (zz-hetang-qwbgs 2020, loaded now) as a CSV bundle whose 合计 全年执行数 reads “五百”. */
    private SourceFile brokenSeedBundle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (FileSpec f : DataFormat.FILES) {
                z.putNextEntry(new ZipEntry(f.fileName()));
                z.write(brokenSeedCsv(f));
                z.closeEntry();
            }
        }
        return fx.file("2020.zip", out.toByteArray());
    }

    /** A data file of the seed, the funds rows with 合计 全年执行数 “五百”. */
    private byte[] brokenSeedCsv(FileSpec f) throws IOException {
        String csv = Files.readString(fx.data.resolve("seed").resolve(f.fileName()));
        if (f == DataFormat.FUNDS_ROWS) {
            csv = csv.replace("total,457.18,516.66,516.66", "total,457.18,516.66,五百");
        }
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> reports() {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT unit_code || ' ' || fiscal_year FROM report ORDER BY 1")
                .mapTo(String.class).list());
    }

    private String seed2020() {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT concat_ws(' ', r.income_total, m.executed, coalesce(r.data_file, '-')) "
                        + "FROM report r JOIN report_metrics m USING (unit_code, fiscal_year) "
                        + "WHERE r.unit_code = 'zz-hetang-qwbgs' AND r.fiscal_year = 2020")
                .mapTo(String.class).one());
    }

    @Test
    void the_preview_marks_each_file_ready_or_needing_attention_with_its_messages() throws IOException {
        ImportPreview preview = fx.service.preview(fiveFiles(), "clerk", ImportProgress.NONE);

        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.outcomes()).extracting(FileOutcome::name, FileOutcome::ready).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2021.xlsx", true),
                org.assertj.core.groups.Tuple.tuple("yingyang.xlsx", false),
                org.assertj.core.groups.Tuple.tuple("2022.xlsx", true),
                org.assertj.core.groups.Tuple.tuple("2020.zip", false),
                org.assertj.core.groups.Tuple.tuple("jishan.xls", true));
        assertThat(preview.outcomes().get(1).errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(YUAN_MESSAGE);
        assertThat(preview.outcomes().get(3).errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(LOADER_MESSAGE);
        assertThat(preview.generalErrors()).isEmpty();
        // the key figures are the ready files' only: three new unit-years, the seed's 2020 not replaced
        assertThat(preview.replacedReports()).isEmpty();
        assertThat(preview.newReports()).extracting(r -> r.unitCode() + " " + r.fiscalYear()).containsExactlyInAnyOrder(
                "zz-hetang-qwbgs 2021", "zz-hetang-qwbgs 2022", PrintedCodes.of("稷山县医疗保险服务中心") + " 2020");
        assertThat(preview.newReports()).filteredOn(r -> r.fiscalYear() == 2022).singleElement()
                .satisfies(r -> assertThat(r.after().incomeTotal()).isEqualByComparingTo("474.25"));
        fx.service.cancel(preview.id(), "clerk");
    }

    @Test
    void confirming_imports_exactly_the_ready_files_and_leaves_the_broken_files_unit_years_as_they_were() throws IOException {
        String seedBefore = seed2020();
        assertThat(seedBefore).isEqualTo("516.6600 516.6600 seed/reports.csv");
        ImportPreview preview = fx.service.preview(fiveFiles(), "clerk", ImportProgress.NONE);

        ImportOutcome outcome = fx.service.confirm(preview.id(), "clerk");

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.reportsNew()).isEqualTo(3);
        assertThat(outcome.reportsReplaced()).isZero();
        assertThat(outcome.leftOut()).extracting(FileOutcome::name).containsExactly("yingyang.xlsx", "2020.zip");
        assertThat(reports()).containsExactlyInAnyOrder("zz-hetang-qwbgs 2020", "zz-hetang-qwbgs 2021", "zz-hetang-qwbgs 2022",
                PrintedCodes.of("稷山县医疗保险服务中心") + " 2020");
        assertThat(seed2020()).as("the broken bundle's unit-year is untouched").isEqualTo(seedBefore);
        BigDecimal income2022 = fx.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT income_total FROM report WHERE unit_code = 'zz-hetang-qwbgs' AND fiscal_year = 2022").mapTo(BigDecimal.class).one());
        assertThat(income2022).isEqualByComparingTo("474.25");
        BigDecimal jishan = fx.db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT f.executed FROM funds_row f JOIN eval_table t USING (table_id) JOIN report r USING (report_id) "
                                + "WHERE r.unit_code = :u AND r.fiscal_year = 2020 AND t.table_no = 1 AND f.row_kind = 'total'")
                .bind("u", PrintedCodes.of("稷山县医疗保险服务中心")).mapTo(BigDecimal.class).one());
        assertThat(jishan).isEqualByComparingTo("65.07");
        int yongde = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM unit WHERE unit_name LIKE '%明朗中学%'")
                .mapTo(Integer.class).one());
        assertThat(yongde).as("nothing of the table in 元").isZero();
        // the batch keeps the ready files and records the others with why
        String batch = outcome.batch();
        assertThat(fx.importFolder()).contains(batch + "/originals/2021.xlsx", batch + "/originals/2022.xlsx",
                batch + "/originals/jishan.xls", batch + "/" + BatchFiles.LEFT_OUT)
                .doesNotContain(batch + "/originals/yingyang.xlsx", batch + "/originals/2020.zip");
        List<CSVRecord> leftOut = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(fx.imports.resolve(batch).resolve(BatchFiles.LEFT_OUT))).getRecords();
        assertThat(leftOut).extracting(r -> r.get("file_name"), r -> r.get("reasons")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("yingyang.xlsx", YUAN_MESSAGE),
                org.assertj.core.groups.Tuple.tuple("2020.zip", LOADER_MESSAGE));
    }

    @Test
    void the_log_names_the_files_left_out_and_why() throws IOException {
        ImportPreview preview = fx.service.preview(fiveFiles(), "clerk", ImportProgress.NONE);
        String batch = fx.service.confirm(preview.id(), "clerk").batch();

        assertThat(fx.importLog()).containsExactly("import:accepted:" + batch);
        ImportLogEntry entry = fx.service.log(10).get(0);
        assertThat(entry.files()).isEqualTo("2021.xlsx、yingyang.xlsx、2022.xlsx、2020.zip、jishan.xls");
        assertThat(entry.reportsNew()).isEqualTo(3);
        assertThat(entry.leftOut()).isEqualTo("yingyang.xlsx：\n" + YUAN_MESSAGE + "\n2020.zip：\n" + LOADER_MESSAGE);
        assertThat(fx.audit).anyMatch(a -> a.startsWith("clerk import_accepted " + batch) && a.endsWith("left out: yingyang.xlsx, 2020.zip)"));
    }

    @Test
    void the_log_entered_again_from_the_batch_still_names_the_files_left_out() throws IOException {
        ImportPreview preview = fx.service.preview(fiveFiles(), "clerk", ImportProgress.NONE);
        fx.service.confirm(preview.id(), "clerk");
        fx.db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM import_log_file");
            h.execute("DELETE FROM import_log");
        });

        fx.service.reconcile();

        assertThat(fx.service.log(10).get(0).leftOut()).isEqualTo("yingyang.xlsx：\n" + YUAN_MESSAGE + "\n2020.zip：\n" + LOADER_MESSAGE);
    }

    @Test
    void a_batch_where_every_file_is_broken_imports_nothing() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview preview = fx.service.preview(List.of(real("yn-yongde-mlzx-2022-yingyang.xlsx", "yingyang.xlsx"),
                brokenSeedBundle()), "clerk", ImportProgress.NONE);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.ready()).isEmpty();
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(YUAN_MESSAGE, LOADER_MESSAGE);
        assertThat(fx.service.confirm(preview.id(), "clerk").done()).isFalse();
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        assertThat(fx.importFolder()).containsExactly(".staging");
        assertThat(fx.importLog()).containsExactly("import:rejected:-");
        assertThat(fx.service.log(10).get(0).leftOut()).isEqualTo("yingyang.xlsx：\n" + YUAN_MESSAGE + "\n2020.zip：\n" + LOADER_MESSAGE);
    }

    @Test
    void loose_csv_files_are_one_data_set_left_out_together_when_one_of_them_is_broken() throws IOException {
        List<SourceFile> files = new java.util.ArrayList<>();
        files.add(fx.seedWorkbook("2021.xlsx", wb -> cell(wb.getSheet("报告信息"), 9, "B").setCellValue(2021)));
        for (FileSpec f : DataFormat.FILES) {
            files.add(fx.file(f.fileName(), brokenSeedCsv(f)));
        }

        ImportPreview preview = fx.service.preview(files, "clerk", ImportProgress.NONE);

        assertThat(preview.ready()).extracting(FileOutcome::name).containsExactly("2021.xlsx");
        assertThat(preview.leftOut()).hasSize(8).allSatisfy(f -> assertThat(f.errors()).extracting(e -> e.describe(Locale.CHINESE))
                .containsExactly("funds_rows.csv，第 1 行，列 executed：数据校验未通过：“五百”不是金额：请填写以万元为单位、最多四位小数的数字。"));
        assertThat(preview.newReports()).extracting(ReportChange::fiscalYear).containsExactly(2021);
        fx.service.cancel(preview.id(), "clerk");
    }
}
