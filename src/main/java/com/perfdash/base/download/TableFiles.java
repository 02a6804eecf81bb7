package com.perfdash.base.download;

import com.perfdash.base.download.CsvDownload;
import com.perfdash.base.download.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows under an {@link ExportTable}'s columns as XLSX or CSV, in the order given (the grid's
 * order). XLSX: bold header row frozen at the top, numbers as numeric cells with number formats
 * ({@code #,##0.00} for 万元), streamed (POI SXSSF) so that large tables need little memory. CSV
 * ({@link CsvDownload}): UTF-8 with a byte order mark, so Excel and WPS read Chinese correctly; numbers
 * without grouping, percents as {@code 95.3%}. Text that a spreadsheet would run as a formula stays text
 * in both ({@link SpreadsheetText}).
 */
public final class TableFiles {

    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    private static final int WINDOW = 200;
    /** Rows looked at to size the text columns. */
    private static final int SIZING_ROWS = 200;

    private TableFiles() {
    }

    public static <T> void write(DownloadFormat format, String sheetName, ExportTable<T> table, List<T> rows, OutputStream out) {
        switch (format) {
            case XLSX -> xlsx(sheetName, table, rows, out);
            case CSV -> csv(table, rows, out);
        }
    }

    public static <T> void xlsx(String sheetName, ExportTable<T> table, List<T> rows, OutputStream out) {
        List<ExportColumn<T>> columns = table.columns();
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
            Map<ColumnFormat, CellStyle> styles = styles(wb);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);

            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                T item = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    ExportColumn<T> col = columns.get(c);
                    Object v = col.valueOf(item);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (col.format().isNumber() && v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(styles.get(col.format()));
                    } else {
                        String text = v.toString();
                        cell.setCellValue(text);
                        if (SpreadsheetText.readAsFormula(text)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, width(columns.get(c), rows) * 256);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the temporary files are gone already
            }
        }
    }

    private static Map<ColumnFormat, CellStyle> styles(SXSSFWorkbook wb) {
        Map<ColumnFormat, CellStyle> styles = new EnumMap<>(ColumnFormat.class);
        Map<ColumnFormat, String> patterns = Map.of(
                ColumnFormat.INTEGER, "#,##0",
                ColumnFormat.YEAR, "0",
                ColumnFormat.MONEY, "#,##0.00",
                ColumnFormat.PERCENT, "0.0%",
                ColumnFormat.POINTS, "0.00");
        patterns.forEach((format, pattern) -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(pattern));
            styles.put(format, s);
        });
        return styles;
    }

    /** Column width in characters: the header or the longest sampled value, a CJK character counting two. */
    private static <T> int width(ExportColumn<T> col, List<T> rows) {
        int widest = displayWidth(col.header());
        if (col.format() == ColumnFormat.TEXT) {
            for (int r = 0; r < Math.min(rows.size(), SIZING_ROWS); r++) {
                Object v = col.valueOf(rows.get(r));
                widest = Math.max(widest, v == null ? 0 : displayWidth(v.toString()));
            }
        } else {
            widest = Math.max(widest, 14);
        }
        return Math.min(60, Math.max(8, widest + 2));
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    public static <T> void csv(ExportTable<T> table, List<T> rows, OutputStream out) {
        List<ExportColumn<T>> columns = table.columns();
        try {
            CSVPrinter printer = CsvDownload.open(out);
            printer.printRecord(table.headers().stream().map(SpreadsheetText::csvCell).toList());
            List<String> record = new ArrayList<>(columns.size());
            for (T row : rows) {
                record.clear();
                for (ExportColumn<T> col : columns) {
                    record.add(csvText(col.format(), col.valueOf(row)));
                }
                printer.printRecord(record);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as CSV text: numbers plain (2 decimals for 万元 and points), percents with one decimal and %. */
    static String csvText(ColumnFormat format, Object v) {
        if (v == null) {
            return "";
        }
        if (!(v instanceof Number n) || !format.isNumber()) {
            return SpreadsheetText.csvCell(v.toString());
        }
        BigDecimal d = ColumnFormat.decimal(n);
        return switch (format) {
            case MONEY, POINTS -> d.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case PERCENT -> d.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case INTEGER, YEAR -> d.setScale(0, RoundingMode.HALF_UP).toPlainString();
            case TEXT -> d.toPlainString();
        };
    }
}
