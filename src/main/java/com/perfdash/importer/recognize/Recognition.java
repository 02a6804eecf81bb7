package com.perfdash.importer.recognize;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.SourceRows;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.util.List;

/**
 * What the recognizer made of one document: the report(s) as rows of the data format's eight files, each
 * row remembering the cell of every figure ({@link BatchRow#origin()}), which header synonyms and which
 * scoring scheme were applied, and the problems and notes.
 *
 * @param file     the uploaded file's name
 * @param layout   {@code template} (our own workbook) or {@code printed} (a 自评表 as units print it)
 * @param rows     the data format rows, in file order
 * @param synonyms every header or label read through the synonym table in other words than the template's
 * @param schemes  the scoring scheme of every table recognized
 * @param unread   the table cells with content the recognizer did not read (a 序号 or 备注 column, a
 *                 signature line, a table that is not a 自评表), in reading order; none for our template
 * @param issues   errors (nothing of the file can be imported) and notes
 */
public record Recognition(String file, String layout, List<BatchRow> rows, List<Synonym> synonyms,
                          List<Scheme> schemes, List<Unread> unread, List<ImportIssue> issues) {

    public Recognition {
        rows = List.copyOf(rows);
        synonyms = List.copyOf(synonyms);
        schemes = List.copyOf(schemes);
        unread = List.copyOf(unread);
        issues = List.copyOf(issues);
    }

    /**
     * A cell with content the recognizer left unread.
     *
     * @param where the cell
     * @param text  its text as printed
     */
    public record Unread(CellRef where, String text) {
    }

    /**
     * A header or label the synonym table mapped.
     *
     * @param field   the synonym table's field ({@code funds.full_year_budget})
     * @param printed the cell's text as printed ({@code 调整后预算数})
     * @param where   the cell
     */
    public record Synonym(String field, String printed, CellRef where) {
    }

    /**
     * The points scheme of one table: how its 100 points are split, as the table declares them.
     *
     * @param unitCode   the report's unit
     * @param fiscalYear the report's year
     * @param tableNo    the table (0 = whole-unit table)
     * @param scheme     {@code 10/50/30/10}, {@code 10+90}, {@code 20+80}, or the parts as declared;
     *                   null when the table declares no points
     * @param declared   whether the table states the parts (level-1 caps or a 绩效指标(90分) label)
     */
    public record Scheme(String unitCode, String fiscalYear, int tableNo, String scheme, boolean declared) {
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::error);
    }

    public List<DataRow> rowsOf(FileSpec spec) {
        return rows.stream().filter(r -> r.spec() == spec).map(BatchRow::row).toList();
    }

    /** The rows as the import reads them from one file. */
    public SourceRows toSourceRows() {
        return new SourceRows("workbook", rows, issues);
    }

    /** How many reports (unit-years) the document holds. */
    public int reportCount() {
        return rowsOf(DataFormat.REPORTS).size();
    }
}
