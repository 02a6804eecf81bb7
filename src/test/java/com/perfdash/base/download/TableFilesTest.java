package com.perfdash.base.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFilesTest {

    record Row(String unit, BigDecimal budget, BigDecimal rate, BigDecimal score, Integer year) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("东风街道办事处", new BigDecimal("1234567.5"), new BigDecimal("0.948963"), new BigDecimal("90"), 2023),
            new Row("=cmd|' /C calc'!A0", null, null, new BigDecimal("58.25"), 2023));

    private static ExportTable<Row> table() {
        return new ExportTable<Row>()
                .text("预算单位", Row::unit)
                .money("全年预算数", Row::budget)
                .percent("执行率", Row::rate)
                .points("总得分（分）", Row::score)
                .year("年度", Row::year);
    }

    @Test
    void money_headers_always_name_their_unit() {
        assertThat(table().headers()).containsExactly("预算单位", "全年预算数（万元）", "执行率", "总得分（分）", "年度");
        assertThat(new ExportTable<Row>().money("金额（万元）", Row::budget).headers()).containsExactly("金额（万元）");
    }

    @Test
    void xlsx_keeps_numbers_as_numbers_with_number_formats_a_bold_frozen_header_and_blank_missing_values() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.xlsx("2023年度排名", table(), ROWS, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("2023年度排名");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("全年预算数（万元）");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            var budget = sheet.getRow(1).getCell(1);
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getNumericCellValue()).isEqualTo(1234567.5);
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            var rate = sheet.getRow(1).getCell(2);
            assertThat(rate.getNumericCellValue()).isEqualTo(0.948963);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
            // text stays text, even when it looks like a formula
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void csv_starts_with_the_utf8_bom_and_writes_plain_numbers_in_the_rows_order() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(table(), ROWS, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "预算单位,全年预算数（万元）,执行率,总得分（分）,年度",
                "东风街道办事处,1234567.50,94.9%,90.00,2023",
                "'=cmd|' /C calc'!A0,,,58.25,2023");
    }

    @Test
    void file_names_keep_chinese_and_drop_what_file_systems_refuse() {
        assertThat(DownloadFormat.XLSX.fileName("2024年度执行率排名（街道/镇）")).isEqualTo("2024年度执行率排名（街道镇）.xlsx");
        assertThat(DownloadFormat.CSV.fileName("a:b*c?")).isEqualTo("a_b_c_.csv");
        assertThat(FileNames.withScope("2024年度需关注单位", null)).isEqualTo("2024年度需关注单位");
        assertThat(FileNames.withScope("2024年度需关注单位", "党委部门")).isEqualTo("2024年度需关注单位（党委部门）");
    }

    /** Text cells of a report that a spreadsheet would run, as an attacker would type them into a unit name. */
    static final List<String> FORMULAS = List.of(
            "=cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "+86-731-1234",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "\n=1+1",
            " =HYPERLINK(\"http://evil.example\",\"点击\")",
            "\u3000=1+1",
            "\uFF1DHYPERLINK(\"http://evil.example\")",
            "\uFF0B1+1",
            "\uFF0D1+1",
            "\uFF20SUM(A1)");

    @Test
    void csv_text_a_spreadsheet_would_evaluate_gets_an_apostrophe_while_a_negative_amount_stays_a_number() {
        List<Row> rows = new java.util.ArrayList<>();
        for (String f : FORMULAS) {
            rows.add(new Row(f, new BigDecimal("-3.5"), null, null, 2023));
        }
        rows.add(new Row("青禾区-东风街道（2023）", new BigDecimal("-0.04"), null, null, 2023));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(table(), rows, out);
        byte[] bytes = out.toByteArray();
        List<org.apache.commons.csv.CSVRecord> records;
        try {
            records = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(records.get(i + 1).get(0)).as(FORMULAS.get(i)).isEqualTo("'" + FORMULAS.get(i));
            assertThat(records.get(i + 1).get(1)).isEqualTo("-3.50");
        }
        assertThat(records.get(FORMULAS.size() + 1).get(0)).isEqualTo("青禾区-东风街道（2023）");
        assertThat(records.get(FORMULAS.size() + 1).get(1)).isEqualTo("-0.04");
    }

    @Test
    void xlsx_keeps_formula_like_text_a_quote_prefixed_string_and_negative_amounts_numbers() throws IOException {
        List<Row> rows = FORMULAS.stream().map(f -> new Row(f, new BigDecimal("-3.5"), null, null, 2023)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.xlsx("2023年度排名", table(), rows, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < FORMULAS.size(); i++) {
                var cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(i));
                // as Excel marks text typed with a leading ': editing the cell keeps it text
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(FORMULAS.get(i)).isTrue();
                assertThat(sheet.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(-3.5);
            }
        }
    }
}
