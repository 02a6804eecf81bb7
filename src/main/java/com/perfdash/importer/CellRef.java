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
 * @param inDocument whether {@code sheet} is a part of a document (a table, a page, the running text or
 *               the title), named as people call it, rather than a workbook's sheet
 */
public record CellRef(String file, String sheet, Integer row, String column, boolean inDocument) {

    /** A place in a workbook or a CSV file. */
    public CellRef(String file, String sheet, Integer row, String column) {
        this(file, sheet, row, column, false);
    }

    /**
     * A place in a document: {@code part} is its table ("表格 2"), page ("第 3 页"), running text ("正文") or
     * title ("标题"); {@code row} the table row, the line of a page, or the paragraph of the running text.
     */
    public static CellRef inDocument(String file, String part, Integer row, String column) {
        return new CellRef(file, part, row, column, true);
    }

    public static CellRef file(String file) {
        return new CellRef(file, null, null, null);
    }

    public static CellRef sheet(String file, String sheet) {
        return new CellRef(file, sheet, null, null);
    }

    public CellRef withColumn(String column) {
        return new CellRef(file, sheet, row, column, inDocument);
    }

    /**
     * Where it is inside its file, for people: {@code 工作表 自评表，第 7 行，列 D 全年预算数}, or in English
     * {@code sheet 自评表, row 7, column D 全年预算数}; in a document {@code 表格 2，第 4 行，列 3} or
     * {@code 正文，第 15 段}; "" when the whole file is meant.
     */
    public String place(java.util.Locale locale) {
        boolean en = com.perfdash.base.text.Bilingual.english(locale);
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (sheet != null) {
            parts.add(inDocument ? sheet : (en ? "sheet " : "工作表 ") + sheet);
        }
        boolean paragraph = inDocument && (com.perfdash.importer.document.HtmlReader.BODY.equals(sheet)
                || com.perfdash.importer.document.HtmlReader.TITLE.equals(sheet));
        if (row != null) {
            parts.add(paragraph ? (en ? "paragraph " + row : "第 " + row + " 段") : (en ? "row " + row : "第 " + row + " 行"));
        }
        if (column != null) {
            parts.add((en ? "column " : "列 ") + column);
        }
        return String.join(en ? ", " : "，", parts);
    }
}
