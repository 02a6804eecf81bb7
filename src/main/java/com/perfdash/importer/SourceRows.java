package com.perfdash.importer;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.util.List;

/**
 * What reading one uploaded file (or one CSV bundle) gave: its rows for the batch and the errors and
 * notes it raised.
 *
 * @param format {@code workbook}, {@code csv-bundle}, or {@code unknown}
 */
public record SourceRows(String format, List<BatchRow> rows, List<ImportIssue> issues) {

    public SourceRows {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::error);
    }

    public List<DataRow> rowsOf(FileSpec spec) {
        return rows.stream().filter(r -> r.spec() == spec).map(BatchRow::row).toList();
    }

    /** The rows as one report, when they hold exactly one. */
    public ReportRows report() {
        List<DataRow> units = rowsOf(DataFormat.UNITS);
        List<DataRow> reports = rowsOf(DataFormat.REPORTS);
        if (units.size() != 1 || reports.size() != 1) {
            throw new IllegalStateException("not one report: " + reports.size() + " reports, " + units.size() + " units");
        }
        return new ReportRows(units.get(0), reports.get(0), rowsOf(DataFormat.REPORT_TEXTS), rowsOf(DataFormat.PROJECTS),
                rowsOf(DataFormat.EVAL_TABLES), rowsOf(DataFormat.FUNDS_ROWS), rowsOf(DataFormat.GOALS),
                rowsOf(DataFormat.INDICATORS));
    }
}
