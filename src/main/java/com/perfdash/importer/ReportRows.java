package com.perfdash.importer;

import java.util.List;

/**
 * One report (unit × fiscal year) as the rows it has in each of the eight files of the data format.
 * The workbook is written from it and read back into it.
 *
 * @param unit        its units.csv row
 * @param report      its reports.csv row
 * @param texts       report_texts.csv rows, by section and seq
 * @param projects    projects.csv rows, by seq
 * @param tables      eval_tables.csv rows, by table_no
 * @param fundsRows   funds_rows.csv rows of every table
 * @param goals       goals.csv rows of every table
 * @param indicators  indicators.csv rows of every table
 */
public record ReportRows(DataRow unit, DataRow report, List<DataRow> texts, List<DataRow> projects,
                         List<DataRow> tables, List<DataRow> fundsRows, List<DataRow> goals, List<DataRow> indicators) {

    public ReportRows {
        texts = List.copyOf(texts);
        projects = List.copyOf(projects);
        tables = List.copyOf(tables);
        fundsRows = List.copyOf(fundsRows);
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
    }

    public String unitCode() {
        return unit.get("unit_code");
    }

    public int fiscalYear() {
        return Integer.parseInt(report.get("fiscal_year"));
    }

    /** The rows of {@code rows} that belong to table {@code tableNo}. */
    public static List<DataRow> ofTable(List<DataRow> rows, int tableNo) {
        String no = Integer.toString(tableNo);
        return rows.stream().filter(r -> no.equals(r.get("table_no"))).toList();
    }
}
