package com.perfdash.ingest.demo;

/**
 * The inconsistencies the generator plants in a few reports, the kinds a reviewer finds in real ones
 * (see the seed report in the domain notes). Each is drawn independently per report with its
 * {@link #rate}; a report gets at most two, never two of the same {@link Group}. The declaration order
 * is the order they are applied in.
 */
public enum DefectKind {
    /** A project table evaluates a project the report's text does not list. */
    PROJECT_TABLE_NOT_LISTED(Group.PROJECT_LIST, 0.030, "eval_tables.csv"),
    /** An indicator that met its target lost points, and no deviation note says why. */
    POINTS_OFF_MET_TARGET_NO_NOTE(Group.ROWS, 0.050, "indicators.csv"),
    /** An indicator that clearly missed its target kept full points. */
    FULL_POINTS_ON_MISSED_TARGET(Group.ROWS, 0.030, "indicators.csv"),
    /** The whole-unit table's cost indicator states a figure other than what the unit spent. */
    COST_INDICATOR_MISMATCH(Group.ROWS, 0.050, "indicators.csv"),
    /** A project table row is a verbatim copy of a whole-unit table row. */
    PROJECT_ROW_COPIED_FROM_UNIT(Group.ROWS, 0.035, "indicators.csv"),
    /** The weights under one level-1 indicator add up to more than its declared cap. */
    LEVEL_WEIGHT_OVER_CAP(Group.WEIGHTS, 0.030, "indicators.csv"),
    /** An indicator scores more than its weight. */
    SCORE_OVER_WEIGHT(Group.WEIGHTS, 0.030, "indicators.csv"),
    /** The funds rows' 全年预算数 do not add up to the 合计 row. */
    FUNDS_ROWS_NOT_SUMMING(Group.FUNDS, 0.045, "funds_rows.csv"),
    /** The 合计 row's amounts are left empty while the rows below it are filled. */
    FUNDS_TOTAL_EMPTY(Group.FUNDS, 0.030, "funds_rows.csv"),
    /** The stated 执行率 or funds 得分 does not follow from the amounts. */
    RATE_OR_SCORE_INCONSISTENT(Group.FUNDS, 0.040, "funds_rows.csv"),
    /** 全年执行数 exceeds 全年预算数. */
    EXECUTION_OVER_100(Group.FUNDS, 0.030, "funds_rows.csv"),
    /** The stated total score is not the sum of the scores. */
    TOTAL_SCORE_MISMATCH(Group.TOTALS, 0.035, "eval_tables.csv"),
    /** The stated grade is not the band of the stated total score. */
    GRADE_MISMATCH(Group.TOTALS, 0.030, "eval_tables.csv"),
    /** The income parts do not add up to 预算收入. */
    INCOME_PARTS_MISMATCH(Group.INCOME, 0.040, "reports.csv"),
    /** 基本支出 is larger than the whole 支出. */
    EXPENDITURE_PART_EXCEEDS_TOTAL(Group.EXPENDITURE, 0.030, "reports.csv"),
    /** The listed projects' spending does not add up to the stated 项目支出. */
    PROJECT_SUM_MISMATCH(Group.PROJECT_LIST, 0.050, "projects.csv"),
    /** An amount entered in 元 instead of 万元, 10,000 times too large. */
    AMOUNT_IN_YUAN(Group.PROJECT_LIST, 0.030, "projects.csv");

    /** Defects of one group touch the same figures, so a report gets at most one of each group. */
    enum Group { PROJECT_LIST, ROWS, WEIGHTS, FUNDS, TOTALS, INCOME, EXPENDITURE }

    final Group group;
    /** The chance a report is drawn for this defect (a little more than the share that ends up with it). */
    final double rate;
    /** The file that shows the defect (for AMOUNT_IN_YUAN, the file is named per occurrence). */
    final String file;

    DefectKind(Group group, double rate, String file) {
        this.group = group;
        this.rate = rate;
        this.file = file;
    }
}
