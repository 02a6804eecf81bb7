-- The per-report metrics, stored. report_metrics (V002, scoped in V011) and report_scores (V005) were
-- computed on every query from the model tables; at province scale that was most of each overview
-- query's time. They are now computed once per load into report_metrics_store and read from there;
-- report_metrics and report_scores keep their columns and types, and their scope, so every query
-- reads them as before.
--
-- Where each metric is defined from here on: report_metrics_live below (the SQL of V002 and of
-- report_scores in V005, unchanged). It reads the whole model, every unit; only the refresh reads it
-- (com/perfdash/ingest/refresh_report_metrics.sql, run by every load of the model inside its
-- transaction, see com.perfdash.ingest.ReportMetricsStore). A later migration that changes a
-- definition, or the model tables, must refresh the store itself, as this one fills it.

CREATE VIEW report_metrics_live AS
WITH m AS MATERIALIZED (
    SELECT
        r.report_id,
        r.unit_code,
        u.unit_name,
        u.category,
        r.fiscal_year,
        r.source_kind,
        f.initial_budget                                      AS initial_budget,      -- 年初预算数, 万元
        f.full_year_budget                                    AS full_year_budget,    -- 全年预算数, 万元
        f.executed                                            AS executed,            -- 全年执行数, 万元
        -- 执行率: executed / full-year budget, a fraction (1.0 = 100 %), computed, not the stated text
        CASE WHEN f.full_year_budget > 0 THEN f.executed / f.full_year_budget END
                                                              AS execution_rate,
        r.expenditure_total                                   AS expenditure_total,   -- 支出, 万元
        r.expenditure_basic                                   AS basic_spending,      -- 基本支出, 万元
        r.expenditure_project                                 AS project_spending,    -- 项目支出, 万元
        -- shares of basic + project spending (not of the stated total, which may contradict its parts)
        CASE WHEN coalesce(r.expenditure_basic, 0) + coalesce(r.expenditure_project, 0) > 0
             THEN r.expenditure_basic / (coalesce(r.expenditure_basic, 0) + coalesce(r.expenditure_project, 0)) END
                                                              AS basic_share,
        CASE WHEN coalesce(r.expenditure_basic, 0) + coalesce(r.expenditure_project, 0) > 0
             THEN r.expenditure_project / (coalesce(r.expenditure_basic, 0) + coalesce(r.expenditure_project, 0)) END
                                                              AS project_share,
        -- 项目资金: the budgets of the projects the report lists, 万元
        p.project_budget                                      AS project_funding,
        p.project_actual                                      AS project_actual,
        p.project_count                                       AS project_count,
        t.total_score                                         AS total_score,         -- as stated, points
        t.grade                                               AS grade,               -- as stated
        t.total_weight                                        AS total_weight
    FROM report r
    JOIN unit u ON u.unit_code = r.unit_code
    LEFT JOIN eval_table t ON t.report_id = r.report_id AND t.table_no = 0
    LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
    LEFT JOIN (
        SELECT report_id, sum(budget) AS project_budget, sum(actual) AS project_actual, count(*) AS project_count
        FROM project GROUP BY report_id
    ) p ON p.report_id = r.report_id
)
-- report_scores (V005): the grade the total score earns, and the change against the same unit's
-- report of the fiscal year before (points, NULL when the unit has no report that year or either
-- score is not stated). A unit's reports are all in or all out of a scope, so storing it is safe.
SELECT m.*,
       score_grade(m.total_score)    AS score_grade,      -- 优/良/中/差 from the score
       p.total_score                 AS previous_score,   -- points, fiscal year - 1
       m.total_score - p.total_score AS score_change      -- points
FROM m
LEFT JOIN m p ON p.unit_code = m.unit_code AND p.fiscal_year = m.fiscal_year - 1;

-- One row per report, as report_metrics_live computed it at the last load (or now, for the data
-- already loaded).
CREATE TABLE report_metrics_store AS SELECT * FROM report_metrics_live;

-- report_metrics and report_scores again, now over the store, limited to the connection's unit as in
-- V011 (getvariable('scope_unit')); same columns, same types.
CREATE OR REPLACE VIEW report_metrics AS
SELECT * EXCLUDE (score_grade, previous_score, score_change)
FROM report_metrics_store
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');

CREATE OR REPLACE VIEW report_scores AS
SELECT report_id,
       unit_code,
       fiscal_year,
       total_score,
       score_grade,
       grade AS stated_grade,
       previous_score,
       score_change
FROM report_metrics_store
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');
