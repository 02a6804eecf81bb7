-- Per report (one unit, one fiscal year): the metrics every page and query reads, defined once.
-- docs/metrics.md explains each column, its source field and why.
-- Money is 万元 (DECIMAL), rates and shares are fractions (1.0 = 100 %), scores are points (分).

-- 等级 from a total score by the official bands: 优 90-100, 良 80-<90, 中 60-<80, 差 <60.
-- NULL when no score is stated. The trend counts this grade, not the grade a report writes beside
-- its score, so the grade mix and the score distribution always tell the same story.
CREATE OR REPLACE MACRO score_grade(score) AS
    CASE WHEN score IS NULL THEN NULL
         WHEN score >= 90 THEN '优'
         WHEN score >= 80 THEN '良'
         WHEN score >= 60 THEN '中'
         ELSE '差' END;

-- The definitions over the whole model, every unit. Money figures come from the whole-unit table's
-- 合计 funds row (eval_table.table_no = 0, funds_row.row_kind = 'total') as the report states it; when
-- a report's sub-rows contradict the 合计 row (the real seed does), the 合计 row wins, and the review
-- checks report the contradiction. A report that leaves 合计 empty gets NULL here: it is not silently
-- replaced by its sub-rows.
--
-- Only the store below and its refresh read this view (com/perfdash/ingest/refresh_report_metrics.sql,
-- run by every load inside its transaction, see com.perfdash.ingest.ReportMetricsStore); the pages
-- read report_metrics and report_scores.
CREATE OR REPLACE VIEW report_metrics_live AS
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
-- report_scores: the grade the total score earns, and the change against the same unit's
-- report of the fiscal year before (points, NULL when the unit has no report that year or either
-- score is not stated). A unit's reports are all in or all out of a scope, so storing it is safe.
SELECT m.*,
       score_grade(m.total_score)    AS score_grade,      -- 优/良/中/差 from the score
       p.total_score                 AS previous_score,   -- points, fiscal year - 1
       m.total_score - p.total_score AS score_change      -- points
FROM m
LEFT JOIN m p ON p.unit_code = m.unit_code AND p.fiscal_year = m.fiscal_year - 1;

-- The metrics of every report, as report_metrics_live computed them at the last load. Computed once
-- per load rather than on every query: at province scale that was most of each overview query's
-- time. A derived table: rebuilt here from the definition whenever this file changes (so its columns
-- are always the definition's), and refreshed by every load.
CREATE OR REPLACE TABLE report_metrics_store AS SELECT * FROM report_metrics_live;

-- What the pages read: the store, limited to the connection's unit (getvariable('scope_unit'), see
-- 01_data_scope.sql). report_metrics: one row per report with the metrics above; report_scores: its
-- score, the grade the score earns, the stated grade and the change against the year before.
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
