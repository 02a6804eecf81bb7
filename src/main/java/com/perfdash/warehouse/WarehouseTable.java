package com.perfdash.warehouse;

import java.util.Locale;

/**
 * The tables the warehouse holds, in load order (a table after the ones it refers to): the report model,
 * the review findings and finance's review of them. A table the database does not have is left out. Each is exported as the app's table with every column as stored, plus
 * {@code fiscal_year} where the table has none of its own (taken from the report the row belongs to),
 * partitioned by it ({@code <table>/fiscal_year=<year>/data_0.parquet}); {@code unit}, {@code review_run},
 * the scoring rule set tables and {@code unit_category_assignment} have no fiscal year and are one file each ({@code <table>/data.parquet}).
 * Ids ({@code report_id}, {@code table_id}) join the tables of one export; they are not stable across
 * exports.
 */
public enum WarehouseTable {

    UNIT(Year.NONE),
    REPORT(Year.OWN),
    REPORT_VERSION(Year.OWN),
    REPORT_TEXT(Year.VIA_REPORT),
    PROJECT(Year.VIA_REPORT),
    EVAL_TABLE(Year.VIA_REPORT),
    FUNDS_ROW(Year.VIA_TABLE),
    GOAL(Year.VIA_TABLE),
    INDICATOR_LEVEL1(Year.VIA_TABLE),
    INDICATOR(Year.VIA_TABLE),
    REVIEW_RUN(Year.NONE),
    REVIEW_FINDING(Year.VIA_REPORT),
    // finance's review (V017): kept by unit_code + fiscal_year, with their history
    FINDING_DISPOSITION(Year.OWN),
    FIGURE_CORRECTION(Year.OWN),
    REPORT_REVIEW_EVENT(Year.OWN),
    // the scoring rule sets and each district's choice (V021), which the review definitions read
    SCORING_RULE_SET(Year.NONE),
    SCORING_RULE_CAP(Year.NONE),
    DISTRICT_RULE_SET(Year.NONE),
    // finance's 单位类别 (V024), which the unit page shows beside the category in effect (unit.category)
    UNIT_CATEGORY_ASSIGNMENT(Year.NONE);

    /** Where a row's fiscal year comes from. */
    enum Year {
        /** no fiscal year: one unpartitioned file */
        NONE,
        /** the table's own column fiscal_year */
        OWN,
        /** the report of the row's report_id */
        VIA_REPORT,
        /** the report of the evaluation table of the row's table_id */
        VIA_TABLE
    }

    private final Year year;

    WarehouseTable(Year year) {
        this.year = year;
    }

    /** The table's name, in the app's database and in the warehouse. */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean partitioned() {
        return year != Year.NONE;
    }

    /** Whether the exported rows carry a fiscal_year column the app's table does not have. */
    public boolean addsFiscalYear() {
        return year == Year.VIA_REPORT || year == Year.VIA_TABLE;
    }

    /** The rows as exported, from the app's database (identifiers from this enum only). */
    String exportQuery() {
        String t = tableName();
        return switch (year) {
            case NONE, OWN -> "SELECT * FROM " + t;
            case VIA_REPORT -> "SELECT x.*, r.fiscal_year FROM " + t + " x JOIN report r ON r.report_id = x.report_id";
            case VIA_TABLE -> "SELECT x.*, r.fiscal_year FROM " + t + " x JOIN eval_table e ON e.table_id = x.table_id"
                    + " JOIN report r ON r.report_id = e.report_id";
        };
    }
}
