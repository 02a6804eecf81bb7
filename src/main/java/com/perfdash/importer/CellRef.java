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

    /**
     * Where it is inside its file, for people: {@code 工作表 自评表，第 7 行，列 D 全年预算数}, or in English
     * {@code sheet 自评表, row 7, column D 全年预算数}; "" when the whole file is meant.
     */
    public String place(java.util.Locale locale) {
        boolean en = com.perfdash.base.text.Bilingual.english(locale);
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (sheet != null) {
            parts.add((en ? "sheet " : "工作表 ") + sheet);
        }
        if (row != null) {
            parts.add(en ? "row " + row : "第 " + row + " 行");
        }
        if (column != null) {
            parts.add((en ? "column " : "列 ") + column);
        }
        return String.join(en ? ", " : "，", parts);
    }
}
