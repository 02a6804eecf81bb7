package com.perfdash.importer;

import static com.perfdash.importer.ImportFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets a clear message naming file, sheet, row and column, and nothing is
 * written: every model table is as before, no batch or staging folder is left, only the log row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBadInputTest {

    private static final String UNIT = "部门整体支出绩效自评表";

    @TempDir
    static Path root;

    private ImportFixture fx;
    private String fingerprint;

    @BeforeAll
    void setUp() throws IOException {
        // a small size limit, so that "over the limit" needs no large file
        fx = new ImportFixture(root, ImportLimits.DEFAULT.withMaxFileBytes(200_000));
    }

    @BeforeEach
    void remember() {
        fingerprint = fx.db.contentFingerprint();
    }

    @AfterEach
    void reset() {
        fx.reset();
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    /** Previews the files, expects them refused with exactly these messages, and nothing written. */
    private void refused(List<SourceFile> files, String... messages) {
        ImportPreview preview = fx.service.preview(files, "clerk", ImportProgress.NONE);
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.reports()).isEmpty();
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(messages);
        assertThat(fx.db.contentFingerprint()).isEqualTo(fingerprint);
        assertThat(fx.importFolder()).containsExactly(".staging");
        assertThat(fx.importLog()).containsExactly("import:rejected:-");
    }

    private void refused(SourceFile file, String... messages) {
        refused(List.of(file), messages);
    }

    @Test
    void a_workbook_of_another_shape_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("工资表");
            s.createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        refused(fx.file("工资.xlsx", out.toByteArray()),
                "工资.xlsx：这不是自评报告工作簿：缺少工作表“报告信息”（现有工作表：工资表）。请在导入页面下载模板，按模板填写。");
    }

    @Test
    void a_table_sheet_without_its_funds_block_is_refused() throws IOException {
        refused(fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet(UNIT), 3, "B").setCellValue("资金")),
                "a.xlsx，工作表 部门整体支出绩效自评表：工作表的格式与模板不同：找不到“年度资金总额”。");
    }

    @Test
    void a_missing_sheet_is_refused() throws IOException {
        refused(fx.seedWorkbook("a.xlsx", wb -> wb.removeSheetAt(wb.getSheetIndex(UNIT))),
                "a.xlsx：缺少工作表“部门整体支出绩效自评表”。");
    }

    @Test
    void text_in_a_money_cell_is_refused_with_its_cell() throws IOException {
        refused(fx.seedWorkbook("a.xlsx", wb -> {
                    cell(wb.getSheet(UNIT), 4, "D").setCellValue("五百一十六");
                    cell(wb.getSheet("报告信息"), 15, "B").setCellValue("516.66万元x");
                }),
                "a.xlsx，工作表 报告信息，第 15 行，列 B 预算收入（万元）：“516.66万元x”不是金额：请填写以万元为单位、最多四位小数的数字。",
                "a.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 D 全年预算数：“五百一十六”不是金额：请填写以万元为单位、最多四位小数的数字。");
    }

    @Test
    void negative_money_is_refused_in_a_workbook_and_in_a_csv_bundle() throws IOException {
        refused(fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet(UNIT), 4, "C").setCellValue(-457.18)),
                "a.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 C 年初预算数：金额不能为负数：-457.18 万元。");
        fx.reset();
        fingerprint = fx.db.contentFingerprint();
        byte[] zip = zip("seed/", name -> {
            String csv = seedCsv(name);
            return (name.equals("projects.csv") ? csv.replaceFirst(",initial,9,9,,", ",initial,-9,9,,") : csv).getBytes(StandardCharsets.UTF_8);
        });
        refused(fx.file("bundle.zip", zip), "bundle.zip › seed/projects.csv，第 1 行，列 budget：金额不能为负数：-9 万元。");
    }

    @Test
    void the_same_unit_year_twice_in_one_import_leaves_out_the_file_that_repeats_it() throws IOException {
        List<String> progress = new ArrayList<>();
        ImportPreview preview = fx.service.preview(List.of(fx.seedWorkbook("a.xlsx"), fx.seedWorkbook("b.xlsx")), "clerk",
                (step, done, total, name) -> progress.add(step + " " + done + "/" + total + (name == null ? "" : " " + name)));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(
                "b.xlsx，工作表 报告信息，第 9 行，列 B 年度：zz-hetang-qwbgs 2020 年度的报告在本次导入中出现了两次（另见 a.xlsx › 报告信息 › 9）。");
        assertThat(preview.ready()).extracting(FileOutcome::name).containsExactly("a.xlsx");
        assertThat(preview.leftOut()).extracting(FileOutcome::name).containsExactly("b.xlsx");
        assertThat(preview.replacedReports()).hasSize(1);
        assertThat(progress).containsExactly("READ 0/2 a.xlsx", "READ 1/2 b.xlsx", "CHECK 2/2", "DONE 2/2");
        assertThat(fx.db.contentFingerprint()).isEqualTo(fingerprint);
        fx.service.cancel(preview.id(), "clerk");
        assertThat(fx.importFolder()).containsExactly(".staging");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        refused(fx.file("空.xlsx", new byte[0]), "空.xlsx：文件是空的。");
    }

    @Test
    void a_file_over_the_size_limit_is_refused() throws IOException {
        refused(fx.file("big.xlsx", new byte[300_000]), "big.xlsx：文件大小 293 KB，超过了每个文件 195 KB 的上限。");
    }

    @Test
    void a_zip_bomb_disguised_as_a_workbook_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">".getBytes());
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                z.write(spaces); // 40 MB of spaces pack into about 40 KB
            }
            z.write("</Types>".getBytes());
            z.closeEntry();
        }
        assertThat(out.size()).isLessThan(200_000);
        refused(fx.file("报表.xlsx", out.toByteArray()),
                "报表.xlsx：已拒绝：文件解压后远大于文件本身（压缩比异常，疑似 zip 炸弹）。");
    }

    @Test
    void a_csv_value_without_its_closing_quote_is_explained_without_the_parser_s_words() throws IOException {
        byte[] zip = zip("", name -> (name.equals("goals.csv")
                ? seedCsv(name).replaceFirst("\n(zz-hetang-qwbgs,2020,0,2,)", "\n$1\"未闭合的引号") : seedCsv(name)).getBytes(StandardCharsets.UTF_8));
        ImportPreview preview = fx.preview(fx.file("b.zip", zip));
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(
                "b.zip › goals.csv，第 2 行：文件第 3 行开始的一个带引号的值没有结束引号：请检查这一行的双引号是否成对（值里的双引号要写成两个 \"\"），保存为 CSV 后再上传。");
        assertThat(preview.errors().get(0).message(Locale.ENGLISH)).doesNotContain("startline", "EOF", "encapsulated");
    }

    @Test
    void a_fiscal_year_written_in_chinese_numerals_in_a_csv_is_refused_at_its_cell() throws IOException {
        byte[] zip = zip("", name -> (name.equals("reports.csv")
                ? seedCsv(name).replaceFirst("zz-hetang-qwbgs,2020,", "zz-hetang-qwbgs,二〇二〇年,") : seedCsv(name)).getBytes(StandardCharsets.UTF_8));
        refused(fx.file("b.zip", zip), "b.zip › reports.csv，第 1 行，列 fiscal_year：“二〇二〇年”不是 2000—2100 之间的年度。");
    }

    @Test
    void an_import_folder_that_cannot_be_written_gets_a_message_naming_it_and_a_log_row() throws IOException {
        // the import folder's place taken by a file: nothing can be staged there (as a read-only folder)
        BatchFiles.deleteTree(fx.imports);
        Files.writeString(fx.imports, "not a folder");
        try {
            ImportPreview preview = fx.preview(fx.seedWorkbook("a.xlsx"));

            assertThat(preview.acceptable()).isFalse();
            assertThat(preview.errors()).extracting(e -> e.describe(Locale.CHINESE)).containsExactly(fx.imports
                    + "：无法写入导入文件夹 " + fx.imports + "：数据库没有改动，上传的文件没有保存。请管理员检查该文件夹存在、磁盘未满、"
                    + "应用有写入权限（设置项 perfdash.import.dir，环境变量 PERFDASH_IMPORTS），然后重新上传。");
            assertThat(preview.files()).extracting(ImportedFile::name).containsExactly("a.xlsx");
            assertThat(fx.db.contentFingerprint()).isEqualTo(fingerprint);
            assertThat(fx.importLog()).containsExactly("import:rejected:-");
            assertThat(fx.audit).containsExactly("clerk import_rejected a.xlsx: 1 errors");
        } finally {
            Files.delete(fx.imports);
        }
    }

    @Test
    void a_streamed_zip_bomb_bundle_is_refused_while_it_inflates() throws IOException {
        // entries written as a stream: data descriptors, the local headers say nothing of the sizes
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] rows = "zz-hetang-qwbgs,2020,0,1,产出指标,数量指标,开展帮扶,4 次,4 次,5,4\n".repeat(16_000).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int set = 1; set <= 12; set++) {
                ZipEntry e = new ZipEntry("s" + set + "/indicators.csv");
                z.putNextEntry(e);
                for (int i = 0; i < 3; i++) {
                    z.write(rows); // 12 × 3 × 1.2 MB, each entry under the 32 MB entry limit
                }
                z.closeEntry();
            }
        }
        assertThat(out.size()).isLessThan(200_000);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(in.getNextEntry().getCompressedSize()).as("a streamed entry's packed size is unknown").isEqualTo(-1);
        }
        refused(fx.file("bomb.zip", out.toByteArray()),
                "bomb.zip › s1/indicators.csv：已拒绝：文件解压后远大于文件本身（压缩比异常，疑似 zip 炸弹）。");
    }

    @Test
    void a_broken_old_xls_file_is_refused_with_what_is_wrong() throws IOException {
        // old .xls workbooks are read (HSSF); one that is only an OLE2 signature is not a workbook
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        refused(fx.file("旧.xls", ole2), "旧.xls：" + DAMAGED);
    }

    // ---- files named as Office files or PDFs that are not one, or cannot be opened: one message per cause, no POI text

    private static final String NOT_EXCEL = "文件名是 Excel 工作簿，内容却不是（可能是改了扩展名的文件）：请用 Excel 或 WPS 打开原来的文件，另存为 .xlsx 后再导入。";
    private static final String DAMAGED = "工作簿已损坏或不完整（例如复制或下载时被截断），无法打开：请确认它在 Excel 或 WPS 中能正常打开，另存为 .xlsx 后重新上传。";
    private static final String ENCRYPTED = "文件设有打开密码，无法读取：请在 Excel、Word 或 WPS 中用密码打开，取消密码后另存（工作簿存为 .xlsx，文档存为 .docx），再导入。";
    private static final String NOT_WORD = "文件名是 Word 文档，内容却不是（可能是改了扩展名的文件）：请用 Word 或 WPS 打开原来的文件，另存为 .docx 后再导入。";
    private static final String WORD_DAMAGED = "Word 文档已损坏或不完整（例如复制或下载时被截断），无法打开：请确认它在 Word 或 WPS 中能正常打开，另存为 .docx 后重新上传。";

    @Test
    void a_text_file_renamed_to_xlsx_or_xls_is_not_a_workbook() throws IOException {
        byte[] text = "单位名称,年度\n荷塘区委办,2020\n".getBytes(StandardCharsets.UTF_8);
        refused(List.of(fx.file("报告.xlsx", text), fx.file("报告.xls", text)), "报告.xlsx：" + NOT_EXCEL, "报告.xls：" + NOT_EXCEL);
    }

    @Test
    void a_spreadsheet_xml_or_a_plain_zip_saved_as_a_workbook_is_not_a_workbook() throws IOException {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet/></Workbook>\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        // POI: "Package should contain a content type part [M1.13]"
        refused(List.of(fx.file("导出.xls", xml), fx.file("表.xlsx", zip.toByteArray())), "导出.xls：" + NOT_EXCEL, "表.xlsx：" + NOT_EXCEL);
    }

    @Test
    void a_workbook_cut_short_is_damaged() throws IOException {
        byte[] whole = Files.readAllBytes(fx.seedWorkbook("x.xlsx").content());
        refused(List.of(fx.file("截断.xlsx", java.util.Arrays.copyOf(whole, whole.length / 2)),
                fx.file("只有开头.xlsx", java.util.Arrays.copyOf(whole, 30))), "截断.xlsx：" + DAMAGED, "只有开头.xlsx：" + DAMAGED);
    }

    @Test
    void a_password_protected_xlsx_is_named_as_such() throws Exception {
        byte[] plain = Files.readAllBytes(fx.seedWorkbook("x.xlsx").content());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("密码123");
            try (java.io.OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        refused(fx.file("加密.xlsx", out.toByteArray()), "加密.xlsx：" + ENCRYPTED);
    }

    @Test
    void a_password_protected_xls_is_named_as_such() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("密码123");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("部门整体支出绩效自评表").createRow(0).createCell(0).setCellValue("部门整体支出绩效自评表");
            wb.write(out);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused(fx.file("加密.xls", out.toByteArray()), "加密.xls：" + ENCRYPTED);
    }

    @Test
    void a_text_file_renamed_to_docx_and_a_cut_docx_are_named_as_such() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("2020年度部门整体支出绩效自评报告" + "。".repeat(2000));
            doc.write(out);
        }
        byte[] whole = out.toByteArray();
        refused(List.of(fx.file("报告.docx", "一、部门基本情况".getBytes(StandardCharsets.UTF_8)),
                fx.file("截断.docx", java.util.Arrays.copyOf(whole, whole.length - 200))), "报告.docx：" + NOT_WORD, "截断.docx：" + WORD_DAMAGED);
    }

    @Test
    void a_bundle_cut_short_is_damaged() throws IOException {
        byte[] whole = zip("", name -> seedCsv(name).getBytes(StandardCharsets.UTF_8));
        refused(fx.file("截断.zip", java.util.Arrays.copyOf(whole, whole.length * 2 / 3)),
                "截断.zip：ZIP 数据包已损坏或不完整（例如复制或下载时被截断），无法读完：请重新打包或重新下载后再上传。");
    }

    @Test
    void a_damaged_old_word_document_is_named_as_such() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(com.perfdash.importer.document.SeedWordAccess.canConvert(),
                "LibreOffice (soffice) is not installed; CI installs it");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream("这不是 Word 的内容".repeat(100).getBytes(StandardCharsets.UTF_8)), "WordDocument");
            fs.writeFilesystem(out);
        }
        refused(fx.file("旧报告.doc", out.toByteArray()), "旧报告.doc：旧的 Word 文档（.doc）未能转换为 .docx（文件可能已损坏、不完整或设有密码）："
                + "请在 Word 或 WPS 中打开，另存为 .docx 后再上传。");
    }

    @Test
    void a_broken_pdf_is_named_as_such() throws IOException {
        refused(fx.file("坏.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)),
                "坏.pdf：PDF 文件已损坏或不完整，无法打开：请重新导出或下载这份 PDF 后再上传，或上传 Word 原件。");
    }

    @Test
    void a_formula_without_a_saved_result_is_refused() throws IOException {
        refused(fx.seedWorkbook("a.xlsx", wb -> {
                    // as a program that writes formulas without calculating them leaves it
                    org.apache.poi.xssf.usermodel.XSSFCell c = (org.apache.poi.xssf.usermodel.XSSFCell) cell(wb.getSheet(UNIT), 4, "D");
                    c.setCellFormula("457.18+59.48");
                    if (c.getCTCell().isSetV()) {
                        c.getCTCell().unsetV();
                    }
                }),
                "a.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 D 全年预算数：公式 =457.18+59.48 没有保存计算结果：请在 Excel 或 WPS 中打开并保存后再上传。");
    }

    @Test
    void a_formula_with_an_empty_saved_value_is_refused_at_its_cell() throws IOException {
        refused(fx.seedWorkbook("a.xlsx", wb -> {
                    // an empty <v/>, and a text result (t="str") with nothing in it: no saved result either
                    org.apache.poi.xssf.usermodel.XSSFCell d = (org.apache.poi.xssf.usermodel.XSSFCell) cell(wb.getSheet(UNIT), 4, "D");
                    d.setCellFormula("457.18+59.48");
                    d.getCTCell().setV("");
                    org.apache.poi.xssf.usermodel.XSSFCell e = (org.apache.poi.xssf.usermodel.XSSFCell) cell(wb.getSheet(UNIT), 4, "E");
                    e.setCellFormula("D4");
                    e.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
                    e.getCTCell().setV("");
                }),
                "a.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 D 全年预算数：公式 =457.18+59.48 没有保存计算结果：请在 Excel 或 WPS 中打开并保存后再上传。",
                "a.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 E 全年执行数：公式 =D4 没有保存计算结果：请在 Excel 或 WPS 中打开并保存后再上传。");
    }

    @Test
    void a_bundle_missing_a_file_and_with_an_unknown_column_is_refused() throws IOException {
        byte[] zip = zip("", name -> name.equals("goals.csv") ? null
                : (name.equals("units.csv") ? seedCsv(name).replaceFirst("district", "county") : seedCsv(name)).getBytes(StandardCharsets.UTF_8));
        refused(fx.file("b.zip", zip), "b.zip：数据包缺少 goals.csv（数据格式的八个文件缺一不可）。",
                "b.zip › units.csv，列 county：未知的列（见数据格式说明 docs/data-format.md）。");
    }

    @Test
    void a_value_the_loader_refuses_names_the_csv_file_row_and_column() throws IOException {
        byte[] zip = zip("", name -> (name.equals("funds_rows.csv")
                ? seedCsv(name).replace("total,457.18,516.66,516.66", "total,457.18,516.66,五百") : seedCsv(name)).getBytes(StandardCharsets.UTF_8));
        refused(fx.file("b.zip", zip),
                "b.zip › funds_rows.csv，第 1 行，列 executed：数据校验未通过：“五百”不是金额：请填写以万元为单位、最多四位小数的数字。");
    }

    @Test
    void a_loader_problem_is_shown_in_the_language_of_the_page() throws IOException {
        byte[] zip = zip("", name -> (name.equals("eval_tables.csv") ? seedCsv(name).replaceFirst(",优\n", ",甲\n") : seedCsv(name))
                .getBytes(StandardCharsets.UTF_8));
        refused(fx.file("b.zip", zip),
                "b.zip › eval_tables.csv，第 1 行，列 grade：数据校验未通过：“甲”不是可选的值之一：优, 良, 中, 差。");
        ImportPreview preview = fx.service.preview(List.of(fx.file("b.zip", zip)), "clerk", ImportProgress.NONE);
        assertThat(preview.errors()).extracting(e -> e.describe(Locale.ENGLISH)).containsExactly(
                "b.zip › eval_tables.csv, row 1, column grade: The data check failed: '甲' is not one of 优, 良, 中, 差");
    }

    // ---- a formula with its saved result, GBK and BOM are accepted, and say so

    @Test
    void a_formula_cell_uses_its_saved_result_and_says_so() throws IOException {
        ImportPreview preview = fx.preview(fx.seedWorkbook("a.xlsx", wb -> {
            Cell c = cell(wb.getSheet(UNIT), 4, "D");
            c.setCellFormula("457.18+59.48");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        }));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notes()).extracting(n -> n.describe(Locale.CHINESE)).containsExactly(
                "a.xlsx，工作表 部门整体支出绩效自评表，第 4 行，列 D 全年预算数：单元格是公式 =457.18+59.48，已使用其保存的计算结果 516.66。");
        assertThat(preview.replacedReports().get(0).anyChange()).isFalse();
        fx.service.cancel(preview.id(), "clerk");
    }

    @Test
    void a_csv_bundle_in_gbk_reads_like_utf8_and_the_note_goes_into_the_manifest() throws IOException {
        byte[] zip = zip("seed/", name -> seedCsv(name).getBytes(java.nio.charset.Charset.forName("GBK")));
        ImportPreview preview = fx.preview(fx.file("gbk.zip", zip));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notes()).extracting(n -> n.describe(Locale.CHINESE))
                .contains("gbk.zip › seed/units.csv：文件不是有效的 UTF-8，已按 GB18030（GBK）编码读取。");
        assertThat(preview.replacedReports().get(0).anyChange()).isFalse();
        assertThat(preview.replacedReports().get(0).unitName()).isEqualTo("中共株洲市荷塘区委办公室");
        assertThat(fx.db.contentFingerprint()).isEqualTo(fingerprint);
        ImportOutcome outcome = fx.service.confirm(preview.id(), "clerk");
        assertThat(Files.readString(fx.imports.resolve(outcome.batch()).resolve("manifest.csv"))).contains("GB18030");
        String name = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT unit_name FROM unit").mapTo(String.class).one());
        assertThat(name).isEqualTo("中共株洲市荷塘区委办公室");
    }

    @Test
    void csv_files_uploaded_together_with_a_utf8_bom_are_one_data_set() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (FileSpec f : DataFormat.FILES) {
            byte[] bytes = Files.readAllBytes(fx.data.resolve("seed").resolve(f.fileName()));
            if (f == DataFormat.UNITS) {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                bytes = concat(bom, bytes);
            }
            files.add(fx.file(f.fileName(), bytes));
        }
        ImportPreview preview = fx.service.preview(files, "clerk", ImportProgress.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notes()).extracting(n -> n.describe(Locale.CHINESE))
                .containsExactly("units.csv：文件以 UTF-8 BOM 开头，已忽略该标记。");
        assertThat(preview.files()).extracting(ImportedFile::format).containsOnly("csv");
        assertThat(preview.replacedReports()).hasSize(1);
        fx.service.cancel(preview.id(), "clerk");
    }

    // ---- helpers

    private String seedCsv(String name) {
        try {
            return Files.readString(fx.data.resolve("seed").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A ZIP of the eight files under {@code folder}; {@code content} may leave a file out (null). */
    private static byte[] zip(String folder, java.util.function.Function<String, byte[]> content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (FileSpec f : DataFormat.FILES) {
                byte[] bytes = content.apply(f.fileName());
                if (bytes != null) {
                    z.putNextEntry(new ZipEntry(folder + f.fileName()));
                    z.write(bytes);
                    z.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
