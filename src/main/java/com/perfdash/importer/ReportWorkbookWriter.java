package com.perfdash.importer;

import static com.perfdash.importer.WorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report workbook (see {@link WorkbookLayout}): blank as a template, or filled with one
 * report. Numbers go in as numbers (money with two decimals, rates as percentages), texts exactly
 * as stored, so that reading the workbook back gives the same rows.
 */
final class ReportWorkbookWriter {

    private static final int LAST_COL = 8; // I
    private static final int INFO_LAST_COL = 6; // G
    private static final int TEMPLATE_GOALS = 3;
    private static final int TEMPLATE_PROJECTS = 8;
    private static final String TEMPLATE_FUNDS_WEIGHT = "10";

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle points;
    private final CellStyle percent;
    private final CellStyle percentDecimals;
    private final CellStyle note;

    private ReportWorkbookWriter() {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font small = wb.createFont();
        small.setFontHeightInPoints((short) 9);
        small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        label = bordered();
        label.setFont(bold);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setAlignment(HorizontalAlignment.CENTER);
        text = bordered();
        money = bordered();
        // two decimals as every page shows 万元, more where the report states more (89.974)
        money.setDataFormat(wb.createDataFormat().getFormat("0.00##"));
        money.setAlignment(HorizontalAlignment.RIGHT);
        points = bordered();
        points.setAlignment(HorizontalAlignment.RIGHT);
        percent = bordered();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        percent.setAlignment(HorizontalAlignment.RIGHT);
        percentDecimals = bordered();
        percentDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        percentDecimals.setAlignment(HorizontalAlignment.RIGHT);
        note = wb.createCellStyle();
        note.setFont(small);
        note.setWrapText(true);
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        return s;
    }

    /** The blank workbook a clerk fills in. */
    static byte[] template() {
        ReportWorkbookWriter w = new ReportWorkbookWriter();
        w.info(null);
        w.table(w.wb.createSheet(UNIT_SHEET), null, null, List.of(), List.of(), List.of(), false);
        w.table(w.wb.createSheet(projectSheet(1)), null, null, List.of(), List.of(), List.of(), true);
        return w.bytes();
    }

    /** The workbook of one loaded report. */
    static byte[] report(ReportRows r) {
        ReportWorkbookWriter w = new ReportWorkbookWriter();
        w.info(r);
        DataRow unitTable = r.tables().stream().filter(t -> "0".equals(t.get("table_no"))).findFirst().orElse(null);
        w.table(w.wb.createSheet(UNIT_SHEET), r, unitTable, ReportRows.ofTable(r.fundsRows(), 0),
                ReportRows.ofTable(r.goals(), 0), ReportRows.ofTable(r.indicators(), 0), false);
        for (DataRow t : r.tables()) {
            int no = Integer.parseInt(t.get("table_no"));
            if (no > 0) {
                w.table(w.wb.createSheet(projectSheet(no)), r, t, ReportRows.ofTable(r.fundsRows(), no),
                        ReportRows.ofTable(r.goals(), no), ReportRows.ofTable(r.indicators(), no), true);
            }
        }
        return w.bytes();
    }

    private byte[] bytes() {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- 报告信息

    private void info(ReportRows r) {
        XSSFSheet s = wb.createSheet(INFO_SHEET);
        int[] widths = {36, 40, 14, 14, 14, 14, 60};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        int row = 0;
        merged(s, row++, 0, INFO_LAST_COL, "预算绩效自评报告 · 报告信息", title);
        Cell hint = merged(s, row++, 0, INFO_LAST_COL,
                "金额单位为万元，如实填写（最多四位小数）；空白表示报告未写明（报告写明为 0 时填 0）。自评表见后面的工作表；"
                        + "项目表每个项目一张，工作表名为“项目支出绩效自评表(序号)”。", note);
        hint.getRow().setHeightInPoints(28);
        row++;
        for (Section section : INFO_SECTIONS) {
            merged(s, row++, 0, INFO_LAST_COL, section.heading(), heading);
            for (Field f : section.fields()) {
                Row xr = s.createRow(row);
                put(xr, 0, f.label(), label);
                String value = r == null ? null : ("units.csv".equals(f.file()) ? r.unit() : r.report()).get(f.column());
                switch (f.kind()) {
                    case MONEY, SIGNED_MONEY -> number(xr, 1, value, money);
                    case YEAR -> number(xr, 1, value, points);
                    case SOURCE_KIND -> put(xr, 1, value == null ? null : SOURCE_KINDS.getOrDefault(value, value), text);
                    default -> put(xr, 1, value, text);
                }
                mergeStyled(s, row, row, 1, INFO_LAST_COL, text);
                fitHeight(xr, value, 75);
                row++;
            }
            row++;
        }
        merged(s, row++, 0, INFO_LAST_COL, PROJECTS_HEADING, heading);
        header(s.createRow(row++), 0, PROJECT_COLUMNS.stream().map(Column::header).toList());
        int firstProjectRow = row;
        List<DataRow> projects = r == null ? List.of() : r.projects();
        for (DataRow p : projects) {
            Row xr = s.createRow(row++);
            number(xr, 0, p.get("seq"), points);
            put(xr, 1, p.get("project_name"), text);
            put(xr, 2, PROJECT_KINDS.getOrDefault(p.get("kind"), p.get("kind")), text);
            number(xr, 3, p.get("budget"), money);
            number(xr, 4, p.get("actual"), money);
            number(xr, 5, p.get("carryover"), money);
            put(xr, 6, p.get("purpose"), text);
            fitHeight(xr, p.get("project_name"), 19);
            fitHeight(xr, p.get("purpose"), 29);
        }
        for (int i = projects.size(); i < (r == null ? TEMPLATE_PROJECTS : 0); i++) {
            Row xr = s.createRow(row++);
            for (int c = 0; c <= INFO_LAST_COL; c++) {
                put(xr, c, null, c >= 3 && c <= 5 ? money : text);
            }
        }
        dropDown(s, firstProjectRow, Math.max(row, firstProjectRow + 200), 2, List.copyOf(PROJECT_KINDS.values()));
        row++;
        merged(s, row++, 0, INFO_LAST_COL, TEXTS_HEADING, heading);
        Row th = s.createRow(row++);
        header(th, 0, List.of(TEXT_COLUMNS.get(0).header(), TEXT_COLUMNS.get(1).header(), TEXT_COLUMNS.get(2).header()));
        mergeStyled(s, th.getRowNum(), th.getRowNum(), 2, INFO_LAST_COL, label);
        int firstTextRow = row;
        List<String[]> texts = new ArrayList<>();
        if (r == null) {
            for (int i = 1; i <= 3; i++) {
                texts.add(new String[] {TEXT_SECTIONS.get(0).getValue(), Integer.toString(i), null});
            }
            TEXT_SECTIONS.stream().skip(1).forEach(e -> texts.add(new String[] {e.getValue(), "1", null}));
        } else {
            for (Map.Entry<String, String> section : TEXT_SECTIONS) {
                r.texts().stream().filter(t -> section.getKey().equals(t.get("section")))
                        .forEach(t -> texts.add(new String[] {section.getValue(), t.get("seq"), t.get("body")}));
            }
        }
        for (String[] t : texts) {
            Row xr = s.createRow(row);
            put(xr, 0, t[0], text);
            number(xr, 1, t[1], points);
            put(xr, 2, t[2], text);
            mergeStyled(s, row, row, 2, INFO_LAST_COL, text);
            fitHeight(xr, t[2], 56);
            row++;
        }
        dropDown(s, firstTextRow, Math.max(row, firstTextRow + 200), 0,
                TEXT_SECTIONS.stream().map(Map.Entry::getValue).toList());
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    // ---- 自评表

    private void table(XSSFSheet s, ReportRows r, DataRow t, List<DataRow> funds, List<DataRow> goals,
                       List<DataRow> indicators, boolean project) {
        int[] widths = {14, 18, 16, 30, 18, 18, 10, 10, 30};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        String year = r == null ? "" : r.report().get("fiscal_year") + " ";
        int row = 0;
        Cell titleCell = merged(s, row++, 0, LAST_COL, year + "年度" + (project ? PROJECT_TABLE_TITLE : UNIT_TABLE_TITLE), title);
        titleCell.getRow().setHeightInPoints(24);
        Row unitRow = s.createRow(row);
        put(unitRow, 0, UNIT_NAME, label);
        mergeStyled(s, row, row, 0, 1, label);
        put(unitRow, 2, r == null ? null : r.unit().get("unit_name"), text);
        mergeStyled(s, row, row, 2, LAST_COL, text);
        row++;
        if (project) {
            Row a = s.createRow(row);
            Row b = s.createRow(row + 1);
            put(a, 0, PROJECT_BLOCK, label);
            mergeStyled(s, row, row + 1, 0, 0, label);
            put(a, 1, PROJECT_NAME, label);
            put(a, 2, t == null ? null : t.get("project_name"), text);
            mergeStyled(s, row, row, 2, 4, text);
            put(a, 5, TOTAL_INVESTMENT, label);
            mergeStyled(s, row, row, 5, 6, label);
            number(a, 7, t == null ? null : t.get("total_investment"), money);
            mergeStyled(s, row, row, 7, 8, money);
            put(b, 1, SPENDING_DIRECTION, label);
            put(b, 2, t == null ? null : t.get("spending_direction"), text);
            mergeStyled(s, row + 1, row + 1, 2, 4, text);
            put(b, 5, INVESTMENT_APPROPRIATION, label);
            mergeStyled(s, row + 1, row + 1, 5, 6, label);
            number(b, 7, t == null ? null : t.get("investment_appropriation"), money);
            mergeStyled(s, row + 1, row + 1, 7, 8, money);
            a.setHeightInPoints(30);
            b.setHeightInPoints(30);
            row += 2;
            Row p = s.createRow(row);
            put(p, 0, PERIOD, label);
            mergeStyled(s, row, row, 0, 1, label);
            put(p, 2, t == null ? null : t.get("period"), text);
            mergeStyled(s, row, row, 2, LAST_COL, text);
            row++;
        }

        // 资金情况
        int fundsHeader = row;
        Row fh = s.createRow(row++);
        put(fh, 0, project ? PROJECT_FUNDS_BLOCK : FUNDS_BLOCK, label);
        // the template states the usual weight of the funds rows, as it states the level-1 caps
        String fundsWeight = r == null ? TEMPLATE_FUNDS_WEIGHT : t == null ? null : t.get("funds_weight");
        put(fh, 1, fundsWeight == null ? FUNDS_HEADER : FUNDS_HEADER + "(" + fundsWeight + "分)", label);
        for (int c = 0; c < FUNDS_COLUMNS.size(); c++) {
            put(fh, 2 + c, FUNDS_COLUMNS.get(c).header(), label);
        }
        mergeStyled(s, fundsHeader, fundsHeader, 7, 8, label);
        fh.setHeightInPoints(30);
        // every row the report states, in its order and with its label as printed; the template's four
        // empty rows for a table that states none (the blank template), for the clerk to fill in
        List<DataRow> rows = new ArrayList<>(funds);
        if (rows.isEmpty()) {
            FUNDS_ROWS.forEach(kind -> rows.add(DataRow.builder().put("row_kind", kind.getKey()).build()));
        }
        for (DataRow f : rows) {
            Row xr = s.createRow(row);
            String printed = f.get("row_label");
            put(xr, 1, printed != null ? printed : FUNDS_ROW_LABELS.get(f.get("row_kind")), label);
            number(xr, 2, f.get("initial_budget"), money);
            number(xr, 3, f.get("full_year_budget"), money);
            number(xr, 4, f.get("executed"), money);
            number(xr, 5, f.get("weight"), points);
            percent(xr, 6, f.get("execution_rate_pct"));
            number(xr, 7, f.get("score"), points);
            mergeStyled(s, row, row, 7, 8, points);
            row++;
        }
        mergeStyled(s, fundsHeader, row - 1, 0, 0, label);

        // 年度总体目标
        int goalsHeader = row;
        Row gh = s.createRow(row++);
        put(gh, 0, GOALS_BLOCK, label);
        put(gh, 1, GOAL_EXPECTED, label);
        mergeStyled(s, goalsHeader, goalsHeader, 1, 4, label);
        put(gh, 5, GOAL_ACHIEVED, label);
        mergeStyled(s, goalsHeader, goalsHeader, 5, LAST_COL, label);
        int goalRows = r == null ? TEMPLATE_GOALS : Math.max(1, goals.size());
        for (int i = 0; i < goalRows; i++) {
            DataRow g = i < goals.size() ? goals.get(i) : null;
            Row xr = s.createRow(row);
            put(xr, 1, g == null ? null : g.get("expected"), text);
            mergeStyled(s, row, row, 1, 4, text);
            put(xr, 5, g == null ? null : g.get("achieved"), text);
            mergeStyled(s, row, row, 5, LAST_COL, text);
            fitHeight(xr, g == null ? null : g.get("expected"), 40);
            fitHeight(xr, g == null ? null : g.get("achieved"), 42);
            row++;
        }
        mergeStyled(s, goalsHeader, row - 1, 0, 0, label);

        // 绩效指标
        int indicatorHeader = row;
        Row ih = s.createRow(row++);
        put(ih, 0, INDICATOR_BLOCK, label);
        for (int c = 0; c < INDICATOR_COLUMNS.size(); c++) {
            put(ih, 1 + c, INDICATOR_COLUMNS.get(c).header(), label);
        }
        ih.setHeightInPoints(30);
        List<String[]> lines = new ArrayList<>();
        if (r == null) {
            for (Map.Entry<String, List<String>> l1 : TEMPLATE_INDICATORS) {
                for (String l2 : l1.getValue()) {
                    lines.add(new String[] {l1.getKey(), l2, null, null, null, null, null, null});
                }
            }
        } else {
            for (DataRow i : indicators) {
                String cap = i.get("level1_cap");
                lines.add(new String[] {cap == null ? i.get("level1") : i.get("level1") + "(" + cap + "分)", i.get("level2"),
                        i.get("level3"), i.get("target"), i.get("actual"), i.get("weight"), i.get("score"), i.get("deviation_note")});
            }
            if (lines.isEmpty()) {
                lines.add(new String[8]);
            }
        }
        int firstIndicator = row;
        for (String[] l : lines) {
            Row xr = s.createRow(row++);
            put(xr, 1, l[0], label);
            put(xr, 2, l[1], text);
            put(xr, 3, l[2], text);
            put(xr, 4, l[3], text);
            put(xr, 5, l[4], text);
            number(xr, 6, l[5], points);
            number(xr, 7, l[6], points);
            put(xr, 8, l[7], text);
            fitHeight(xr, l[0], 8);
            fitHeight(xr, l[1], 7);
            fitHeight(xr, l[2], 14);
            fitHeight(xr, l[3], 8);
            fitHeight(xr, l[4], 8);
            fitHeight(xr, l[7], 14);
        }
        mergeRuns(s, lines, firstIndicator);
        mergeStyled(s, indicatorHeader, row - 1, 0, 0, label);

        // 总分, 等级
        Row total = s.createRow(row);
        put(total, 0, TOTAL, label);
        mergeStyled(s, row, row, 0, 5, label);
        number(total, 6, t == null ? null : t.get("total_weight"), points);
        number(total, 7, t == null ? null : t.get("total_score"), points);
        String grade = t == null ? null : t.get("grade");
        put(total, 8, GRADE + "：" + (grade == null ? "" : grade), text);
        row += 2;
        for (String remark : REMARKS) {
            merged(s, row++, 0, LAST_COL, remark, note);
        }
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    /** Merges 一级指标 cells over runs of equal level-1 labels, and 二级指标 cells over runs within them. */
    private void mergeRuns(XSSFSheet s, List<String[]> lines, int firstRow) {
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !same(lines.get(i)[0], lines.get(start)[0])) {
                mergeStyled(s, firstRow + start, firstRow + i - 1, 1, 1, label);
                int start2 = start;
                for (int j = start + 1; j <= i; j++) {
                    if (j == i || !same(lines.get(j)[1], lines.get(start2)[1])) {
                        mergeStyled(s, firstRow + start2, firstRow + j - 1, 2, 2, text);
                        start2 = j;
                    }
                }
                start = i;
            }
        }
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    // ---- cells

    private void header(Row row, int firstCol, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            put(row, firstCol + c, headers.get(c), label);
        }
        row.setHeightInPoints(30);
    }

    private static Cell put(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    private static void number(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(new BigDecimal(value).doubleValue());
        }
        c.setCellStyle(style);
    }

    /** A percent value (100 = 100 %) as Excel stores percentages: the fraction, shown with %. */
    private void percent(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellStyle(percent);
        if (value != null) {
            BigDecimal pct = new BigDecimal(value);
            c.setCellValue(pct.movePointLeft(2).doubleValue());
            if (pct.stripTrailingZeros().scale() > 0) {
                c.setCellStyle(percentDecimals);
            }
        }
    }

    private Cell merged(XSSFSheet s, int row, int firstCol, int lastCol, String value, CellStyle style) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        Cell c = put(r, firstCol, value, style);
        if (lastCol > firstCol) {
            s.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        }
        return c;
    }

    /**
     * Merges a range (when it spans more than one cell) and gives its cells the style, for the borders;
     * the top-left cell, which holds the value, keeps a style it already has.
     */
    private static void mergeStyled(XSSFSheet s, int firstRow, int lastRow, int firstCol, int lastCol, CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
            for (int c = firstCol; c <= lastCol; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    row.createCell(c).setCellStyle(style);
                } else if (r != firstRow || c != firstCol) {
                    cell.setCellStyle(style);
                }
            }
        }
        if (lastRow > firstRow || lastCol > firstCol) {
            s.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /**
     * Excel does not grow a row for wrapped text in merged cells: raises the row to the lines the value
     * needs in a column that holds {@code charsPerLine} Chinese characters (never lowers it).
     */
    private static void fitHeight(Row row, String value, int charsPerLine) {
        if (value == null) {
            return;
        }
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                width += paragraph.charAt(i) > 0x2E80 ? 2 : 1;
            }
            lines += Math.max(1, (width + 2 * charsPerLine - 1) / (2 * charsPerLine));
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409f, Math.max(row.getHeightInPoints(), lines * 15f)));
        }
    }

    private static void dropDown(XSSFSheet s, int firstRow, int lastRow, int col, List<String> values) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, col, col));
        v.setShowErrorBox(false);
        s.addValidationData(v);
    }
}
