package com.perfdash.export;

import com.perfdash.base.download.ChartImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.perfdash.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word documents read back with POI (and, where LibreOffice is installed, converted to PDF). */
class DocxWriterTest {

    private static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private static TestDatabase db;
    private static AnnualSummaryService service;

    @BeforeAll
    static void load() {
        db = SummaryFixture.district();
        service = SummaryFixture.service(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static byte[] districtDocument() {
        AnnualSummary s = service.summary(2023, SummaryScope.district()).orElseThrow();
        List<ChartImage> charts = List.of(SummaryFixture.image("全年预算数、全年执行数与执行率", 1200, 640),
                SummaryFixture.image("基本支出与项目支出", 1200, 640), SummaryFixture.image("总得分分布", 1200, 640),
                SummaryFixture.image("等级构成", 1200, 640));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(s, charts, ZH, TODAY, out);
        return out.toByteArray();
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> row(XWPFTable t, int r) {
        return t.getRow(r).getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void the_summary_has_its_title_key_figures_charts_ranking_watch_list_and_review_section() throws IOException {
        try (XWPFDocument doc = read(districtDocument())) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertThat(paragraphs.get(0)).isEqualTo("全区2023年度预算绩效自评总结");
            assertThat(paragraphs).contains("一、2023 年度关键指标（口径：自评（原文））", "二、历年趋势（2021–2023 年度）（口径：自评（原文））",
                    "三、2023 年度单位排名（按总得分）（口径：自评（原文））", "四、2023 年度需关注单位", "五、2023 年度审核发现",
                    "图 1　全年预算数、全年执行数与执行率");
            // the review checks are part of the app: the fixture's reports were loaded without them, so none
            assertThat(paragraphs).doesNotContain("本系统尚未启用审核检查，暂无审核发现汇总。");
            assertThat(doc.getAllPictures()).hasSize(4);
            assertThat(doc.getParagraphs().stream().mapToLong(p -> p.getRuns().stream().mapToLong(r -> r.getEmbeddedPictures().size()).sum()).sum())
                    .isEqualTo(4);

            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            XWPFTable figures = tables.get(0);
            assertThat(row(figures, 0)).containsExactly("指标", "2023 年度", "2022 年度", "较上年");
            assertThat(row(figures, 1)).containsExactly("自评报告数（份）", "4", "3", "+1（+33.3%）");
            assertThat(row(figures, 2)).containsExactly("全年预算数（万元）", "760.50", "490.00", "+270.50（+55.2%）");
            assertThat(row(figures, 3)).containsExactly("全年执行数（万元）", "684.35", "455.00", "+229.35（+50.4%）");
            // 90.0 % against 92.9 %: 2.87 points down, one decimal
            assertThat(row(figures, 4)).containsExactly("执行率", "90.0%", "92.9%", "-2.9 个百分点");

            XWPFTable ranking = tables.get(1);
            assertThat(row(ranking, 0)).containsExactly("名次", "预算单位", "单位类别", "总得分（分）", "较上年（分）", "名次变化", "执行率");
            assertThat(row(ranking, 1)).containsExactly("1", "东风街道办事处", "街道/镇", "90", "+2", "=", "94.9%");
            assertThat(row(ranking, 2)).containsExactly("2", "测试区财政局", "政府部门", "86", "+11", "↑1", "100.0%");
            assertThat(ranking.getNumberOfRows()).isEqualTo(5);

            XWPFTable watch = tables.get(2);
            assertThat(watch.getNumberOfRows()).isEqualTo(3);
            assertThat(watch.getText()).contains("西湖镇人民政府", "执行率低于 90%", "总得分低于 80 分");
        }
    }

    @Test
    void every_run_is_real_text_with_an_east_asian_font_and_the_page_is_a4() throws IOException {
        try (XWPFDocument doc = read(districtDocument())) {
            List<XWPFRun> runs = new java.util.ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).isNotEmpty();
            assertThat(runs).filteredOn(r -> r.getEmbeddedPictures().isEmpty())
                    .allSatisfy(r -> assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(WordDocument.EAST_ASIAN_FONT));
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906");
            assertThat(size.getH().toString()).isEqualTo("16838");
        }
    }

    @Test
    void a_unit_summary_states_its_rank_and_watch_reasons() throws IOException {
        AnnualSummary s = service.summary(2023, SummaryScope.unit("t-jd-xihu")).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(s, List.of(SummaryFixture.image("历年总分与等级", 900, 500)), ZH, TODAY, out);
        try (XWPFDocument doc = read(out.toByteArray())) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("西湖镇人民政府2023年度预算绩效自评总结");
            assertThat(doc.getAllPictures()).hasSize(1);
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("在“街道/镇”类别有总得分的 2 个单位中，本单位总得分排第 2 名。");
            assertThat(row(doc.getTables().get(0), 1)).containsExactly("全年预算数（万元）", "250.00", "—", "—");
        }
    }

    @Test
    void the_batch_puts_every_unit_on_a_page_of_its_own_with_its_years_as_a_table() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.writeBatch(2023, service.unitSummaries(2023), ZH, TODAY, out);
        try (XWPFDocument doc = read(out.toByteArray())) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("2023年度各单位预算绩效自评摘要");
            List<XWPFParagraph> pages = doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).toList();
            assertThat(pages).extracting(XWPFParagraph::getText).containsExactly(
                    "中共测试区委办公室　2023年度自评摘要", "测试区财政局　2023年度自评摘要",
                    "东风街道办事处　2023年度自评摘要", "西湖镇人民政府　2023年度自评摘要");
            assertThat(doc.getAllPictures()).isEmpty();
            // per unit: key figures, its years, its ranking line
            assertThat(doc.getTables()).hasSize(12);
            XWPFTable dongfengYears = doc.getTables().get(7);
            assertThat(row(dongfengYears, 0)).containsExactly("年度", "全年预算数（万元）", "全年执行数（万元）", "执行率",
                    "项目资金（万元）", "总得分（分）", "等级");
            assertThat(row(dongfengYears, 3)).containsExactly("2023", "120.50", "114.35", "94.9%", "40.00", "90", "优");
        }
    }

    @Test
    void libreoffice_converts_the_summary_to_pdf(@TempDir Path dir) throws Exception {
        Path office = Path.of("/usr/bin/libreoffice");
        assumeTrue(Files.isExecutable(office), "LibreOffice is not installed");
        assumeTrue(Files.exists(Path.of("/usr/lib/libreoffice/program/libswlo.so")), "LibreOffice Writer is not installed");
        Path docx = dir.resolve("summary.docx");
        Files.write(docx, districtDocument());
        Process p = new ProcessBuilder(office.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("office.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve("summary.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("office.log"))).exists();
        // kept for a look at the pages (pdftoppm -png target/export-samples/summary.pdf)
        Path samples = Files.createDirectories(Path.of("target/export-samples"));
        Files.copy(docx, samples.resolve("summary.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, samples.resolve("summary.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(10_000);
        Path text = Path.of("/usr/bin/pdftotext");
        if (Files.isExecutable(text)) {
            Process t = new ProcessBuilder(text.toString(), pdf.toString(), dir.resolve("summary.txt").toString()).start();
            assertThat(t.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // Chinese came through as text, not as images or boxes
            assertThat(Files.readString(dir.resolve("summary.txt"))).contains("年度预算绩效自评总结", "东风街道办事处", "全年预算数（万元）");
        }
    }
}
