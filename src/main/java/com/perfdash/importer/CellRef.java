package com.perfdash.importer;

/**
 * Where a value of an uploaded file is: the file, the sheet (workbooks only), the row and the column.
 *
 * @param file   the uploaded file's name; inside a ZIP, {@code bundle.zip › seed/reports.csv}
 * @param sheet  the part of the file: the sheet of a workbook; in a document the table ("表格 2"), the
 *               page ("第 3 页") or the running text ("正文"); null for a CSV file
 * @param row    the Excel row number (1 = the first row) in a workbook; the data row (1 = the first row
 *               after the header) in a CSV file; the table row (1-based) of a document's table, or the
 *               paragraph's number in running text; null when the whole file or sheet is concerned
 * @param column the column: a letter and its header in a workbook ({@code D 全年预算数}), the column name
 *               in a CSV file; null when the whole row is concerned
 */
public record CellRef(String file, String sheet, Integer row, String column) {

    public static CellRef file(String file) {
        return new CellRef(file, null, null, null);
    }

    public static CellRef sheet(String file, String sheet) {
        return new CellRef(file, sheet, null, null);
    }

    public CellRef withColumn(String column) {
        return new CellRef(file, sheet, row, column);
    }
}
