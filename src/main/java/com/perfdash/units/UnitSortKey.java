package com.perfdash.units;

/**
 * The columns the units list can be sorted by; each names a column of the list query, so the view
 * picks a constant and never writes SQL. Metric columns are those of the unit's latest reported year.
 */
public enum UnitSortKey {
    NAME("unit_name"),
    CATEGORY("category"),
    LATEST_YEAR("latest_year"),
    FULL_YEAR_BUDGET("full_year_budget"),
    EXECUTED("executed"),
    EXECUTION_RATE("execution_rate"),
    TOTAL_SCORE("total_score"),
    /** 优 above 良 above 中 above 差. */
    GRADE("grade_rank");

    private final String column;

    UnitSortKey(String column) {
        this.column = column;
    }

    /** The result column of {@code UnitsQueries/units.sql} this key sorts by. */
    String column() {
        return column;
    }
}
