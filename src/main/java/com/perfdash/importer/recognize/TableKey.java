package com.perfdash.importer.recognize;

import com.perfdash.importer.DataRow;

/**
 * Which 自评表 a row belongs to: the report (unit, fiscal year) and the table's number (0 the whole-unit
 * table, n the sheet 项目支出绩效自评表(n)), the first columns of every row a block of the table gives.
 */
record TableKey(String unitCode, String fiscalYear, String tableNo) {

    /** A row of the table, its key columns stated. */
    DataRow.Builder row() {
        return DataRow.builder().put("unit_code", unitCode).put("fiscal_year", fiscalYear).put("table_no", tableNo);
    }
}
