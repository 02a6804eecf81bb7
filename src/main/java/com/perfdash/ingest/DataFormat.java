package com.perfdash.ingest;

import static com.perfdash.ingest.ColumnSpec.oneOf;
import static com.perfdash.ingest.ColumnSpec.optional;
import static com.perfdash.ingest.ColumnSpec.required;
import static com.perfdash.ingest.ColumnType.INTEGER;
import static com.perfdash.ingest.ColumnType.MONEY;
import static com.perfdash.ingest.ColumnType.PERCENT;
import static com.perfdash.ingest.ColumnType.POINTS;
import static com.perfdash.ingest.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.List;

/** The eight files of a data set, as docs/data-format.md describes them. Keep the two in step. */
public final class DataFormat {

    private DataFormat() {
    }

    private static List<ColumnSpec> reportKey(ColumnSpec... rest) {
        List<ColumnSpec> cols = new ArrayList<>();
        cols.add(required("unit_code", TEXT));
        cols.add(required("fiscal_year", INTEGER));
        cols.addAll(List.of(rest));
        return cols;
    }

    private static List<ColumnSpec> tableKey(ColumnSpec... rest) {
        List<ColumnSpec> cols = reportKey(required("table_no", INTEGER));
        cols.addAll(List.of(rest));
        return cols;
    }

    public static final FileSpec UNITS = new FileSpec("units.csv", "stg_units", List.of(
            required("unit_code", TEXT),
            required("unit_name", TEXT),
            required("category", TEXT),
            optional("district", TEXT)));

    public static final FileSpec REPORTS = new FileSpec("reports.csv", "stg_reports", reportKey(
            optional("title", TEXT),
            oneOf("source_kind", true, "real", "demo"),
            required("source_file", TEXT),
            optional("income_total", MONEY),
            optional("income_initial", MONEY),
            optional("income_adjustment", MONEY),
            optional("income_carryover", MONEY),
            optional("income_other", MONEY),
            optional("income_text", TEXT),
            optional("expenditure_total", MONEY),
            optional("expenditure_basic", MONEY),
            optional("expenditure_project", MONEY),
            optional("expenditure_balance", MONEY),
            optional("expenditure_text", TEXT),
            optional("initial_projects_adjustment", MONEY),
            optional("initial_projects_actual", MONEY),
            optional("initial_projects_carryover", MONEY),
            optional("midyear_projects_budget", MONEY),
            optional("midyear_projects_actual", MONEY),
            optional("midyear_projects_carryover", MONEY)));

    public static final FileSpec REPORT_TEXTS = new FileSpec("report_texts.csv", "stg_report_texts", reportKey(
            oneOf("section", true, "duty", "performance", "project_performance", "problems", "other"),
            required("seq", INTEGER),
            required("body", TEXT)));

    public static final FileSpec PROJECTS = new FileSpec("projects.csv", "stg_projects", reportKey(
            required("seq", INTEGER),
            required("project_name", TEXT),
            oneOf("kind", true, "initial", "midyear"),
            optional("budget", MONEY),
            optional("actual", MONEY),
            optional("carryover", MONEY),
            optional("purpose", TEXT)));

    public static final FileSpec EVAL_TABLES = new FileSpec("eval_tables.csv", "stg_eval_tables", tableKey(
            oneOf("kind", true, "unit", "project"),
            optional("project_name", TEXT),
            optional("spending_direction", TEXT),
            optional("total_investment", MONEY),
            optional("investment_appropriation", MONEY),
            optional("period", TEXT),
            optional("funds_weight", POINTS),
            optional("total_weight", POINTS),
            optional("total_score", POINTS),
            oneOf("grade", false, "优", "良", "中", "差")));

    /**
     * The kinds of funds row (V023): 合计, its sources (当年财政拨款, 上年结转资金, 其他资金, 财政专户管理资金,
     * 单位资金) and its split by use (基本支出, 项目支出). A table states each kind at most once.
     */
    public static final List<String> FUNDS_ROW_KINDS = List.of(
            "total", "appropriation", "carryover", "other", "basic", "project", "special_account", "own");

    public static final FileSpec FUNDS_ROWS = new FileSpec("funds_rows.csv", "stg_funds_rows", tableKey(
            oneOf("row_kind", true, FUNDS_ROW_KINDS.toArray(String[]::new)),
            optional("row_label", TEXT),
            optional("initial_budget", MONEY),
            optional("full_year_budget", MONEY),
            optional("executed", MONEY),
            optional("weight", POINTS),
            optional("execution_rate_pct", PERCENT),
            optional("score", POINTS)));

    public static final FileSpec GOALS = new FileSpec("goals.csv", "stg_goals", tableKey(
            required("seq", INTEGER),
            optional("expected", TEXT),
            optional("achieved", TEXT)));

    public static final FileSpec INDICATORS = new FileSpec("indicators.csv", "stg_indicators", tableKey(
            required("seq", INTEGER),
            required("level1", TEXT),
            optional("level1_cap", POINTS),
            required("level2", TEXT),
            required("level3", TEXT),
            optional("target", TEXT),
            optional("actual", TEXT),
            optional("weight", POINTS),
            optional("score", POINTS),
            optional("deviation_note", TEXT)));

    /** All files, parents before children. */
    public static final List<FileSpec> FILES = List.of(
            UNITS, REPORTS, REPORT_TEXTS, PROJECTS, EVAL_TABLES, FUNDS_ROWS, GOALS, INDICATORS);
}
