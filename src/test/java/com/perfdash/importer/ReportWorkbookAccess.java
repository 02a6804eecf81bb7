package com.perfdash.importer;

/** Our own report workbook ({@link ReportWorkbookWriter}), for tests outside this package. */
public final class ReportWorkbookAccess {

    private ReportWorkbookAccess() {
    }

    /** The workbook of one report, as the app's 下载 Excel writes it. */
    public static byte[] report(ReportRows rows) {
        return ReportWorkbookWriter.report(rows);
    }
}
