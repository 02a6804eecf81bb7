package com.perfdash.importer;

/** A loaded report to download as a workbook. */
public record ReportOption(String unitCode, String unitName, int fiscalYear) {
}
