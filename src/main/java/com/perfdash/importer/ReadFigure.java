package com.perfdash.importer;

import com.perfdash.ingest.ColumnType;
import java.util.Locale;

/**
 * One figure the import read from a file, beside where it stands in it: what the preview shows per report so
 * that a clerk can compare the recognized table with the source, and what the batch keeps as provenance.
 *
 * @param id         names the figure within its file across previews of the same file: the data file, the
 *                   row's position among the file's rows of that data file and the column
 *                   ({@code funds_rows.csv#3:executed})
 * @param unitCode   the report's unit
 * @param fiscalYear the report's year
 * @param tableNo    the 自评表 (0 = whole-unit table), or null for the report's own figures and listed projects
 * @param rowLabel   the row as printed (a funds row's label, an indicator's 三级指标, a project's name), or null
 * @param field      the data format's column ({@code executed}, {@code score}, {@code income_total}, …)
 * @param type       money (万元), points (分) or percent
 * @param value      the value going in: as read, or the clerk's correction; null when the source states none
 * @param where      the cell, paragraph or page position it was read from
 * @param doubtful   read with low confidence: the clerk is asked to confirm it
 * @param check      the clerk's correction, or null
 */
public record ReadFigure(String id, String unitCode, String fiscalYear, Integer tableNo, String rowLabel, String field,
                         ColumnType type, String value, CellRef where, boolean doubtful, FigureCheck check) {

    /** Its name for people: the table, the row and the field (整体支出表 · 合计 · 全年执行数). */
    public String label(Locale locale) {
        return com.perfdash.review.FigureLabels.label(tableNo, rowLabel,
                "carryover".equals(field) && tableNo == null ? "project_carryover" : field, !com.perfdash.base.text.Bilingual.english(locale));
    }

    /** The value as read, before any correction. */
    public String readValue() {
        return check == null ? value : check.readValue();
    }

    /** Whether {@code text} is a value this figure may take (the data format's rule for its type). */
    public boolean accepts(String text) {
        return text != null && text.strip().matches(type.pattern());
    }
}
