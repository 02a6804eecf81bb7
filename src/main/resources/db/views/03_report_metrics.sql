-- Per report (one unit, one fiscal year): the metrics every page and query reads, defined once.
-- docs/metrics.md explains each column, its source field and why.
-- Money is 万元 as stated (DECIMAL with up to four decimals, V023), rates and shares are fractions (1.0 =
-- 100 %), scores are points (分). Pages show 万元 with two decimals.

-- The 等级 bands, the one definition of the grade thresholds (points): 优 ≥ 90, 良 80 – < 90, 中 60 – < 80,
-- 差 < 60, the official bands every report's note states. A band holds the scores from lower_bound
-- (included; NULL: no lower end) up to upper_bound (excluded; NULL: no upper end), so a score on a
-- boundary belongs to the upper band. rank orders them best first; grade_key is the stable name the app
-- keys its colours and labels by (excellent, good, fair, poor). score_grade below grades by these rows,
-- and the charts shade these bands (com.perfdash.base.grade.GradeBandService reads them once).
CREATE OR REPLACE MACRO grade_band() AS TABLE
SELECT rank, grade, grade_key, CAST(lower_bound AS DECIMAL(5,2)) AS lower_bound, CAST(upper_bound AS DECIMAL(5,2)) AS upper_bound
FROM (VALUES (1, '优', 'excellent', 90, NULL),
             (2, '良', 'good',      80, 90),
             (3, '中', 'fair',      60, 80),
             (4, '差', 'poor',      NULL, 60)) b(rank, grade, grade_key, lower_bound, upper_bound);

-- 等级 from a total score by the bands of grade_band. NULL when no score is stated. The trend counts
-- this grade, not the grade a report writes beside its score, so the grade mix and the score
-- distribution always tell the same story.
CREATE OR REPLACE MACRO score_grade(score) AS
    (SELECT b.grade FROM grade_band() b
     WHERE (b.lower_bound IS NULL OR score >= b.lower_bound)
       AND (b.upper_bound IS NULL OR score < b.upper_bound)
       AND score IS NOT NULL);

-- A figure's relative change against the year before, the one definition every year-on-year change of an
-- amount uses (the overview's year_metrics, the ranking's metric_ranking): this / last − 1, a fraction
-- (0.1 = 10 % more), six decimals; NULL when either year's figure is NULL or last year's is 0 (no base
-- to compare with). The annual summary applies the same definition to its counts and a unit's own years
-- in Java (com.perfdash.export.KeyFigure.relativeChange), whose figures come row by row.
CREATE OR REPLACE MACRO relative_change(this_year, last_year) AS
    CASE WHEN last_year <> 0 THEN (this_year / last_year - 1)::DECIMAL(18,6) END;

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

-- Finance's review (复核), as the reviewed metrics below and 09_review.sql read it. The decisions are
-- tables (V017); docs/review-checks.md, "Finance's review".
--
-- The current correction of each corrected figure: its latest row in figure_correction, unless that
-- row withdrew it (corrected_value NULL). figure_key as in 09_review.sql (view stated_figure).
CREATE OR REPLACE VIEW figure_correction_active AS
SELECT *
FROM (
    SELECT *
    FROM figure_correction
    QUALIFY row_number() OVER (PARTITION BY unit_code, fiscal_year, figure_key ORDER BY recorded_at DESC, correction_id DESC) = 1
)
WHERE corrected_value IS NOT NULL;

-- What names a finding across reloads and re-imports (finding_id does not): its rule, the rows it
-- concerns and the field it points at, e.g. "SUM_FUNDS_ROWS|f0-total,f0-appropriation|full_year_budget".
-- Together with the report's unit and year it keys the finding's disposition (finding_disposition, V017).
CREATE OR REPLACE MACRO finding_key(rule_code, row_keys, field) AS
    rule_code || '|' || coalesce(row_keys, '') || '|' || coalesce(field, '');

-- The current disposition of each finding a reviewer has disposed of: its latest row in
-- finding_disposition (V017), the earlier ones being its history. A finding without a row is open.
CREATE OR REPLACE VIEW finding_disposition_current AS
SELECT unit_code, fiscal_year, finding_key, disposition, reason, decided_by, decided_at
FROM finding_disposition
QUALIFY row_number() OVER (PARTITION BY unit_code, fiscal_year, finding_key ORDER BY decided_at DESC, disposition_id DESC) = 1;

-- An amount the reviewed totals leave out: an open (nobody decided yet) or confirmed (属实) UNIT_TEN_THOUSAND
-- finding — 元 written where 万元 is meant — on a figure report_metrics sums (a listed project's budget or
-- actual, 支出 and its parts, the whole-unit table's 合计 funds row), unless a reviewer has corrected that
-- figure (figure_correction_active; the correction is then used). figure_key as in 09_review.sql.
-- Dismissed (不是问题) and corrected (已更正) findings leave the amount in. Links to these findings:
-- /review?rule=UNIT_TEN_THOUSAND.
CREATE OR REPLACE VIEW unit_slip_left_out AS
SELECT f.finding_id, f.report_id, r.unit_code, r.fiscal_year, f.project_seq, f.table_no, f.row_kind, f.field,
       k.figure_key, p.budget AS project_budget, p.actual AS project_actual
FROM review_finding f
JOIN report r ON r.report_id = f.report_id
LEFT JOIN project p ON p.report_id = f.report_id AND p.seq = f.project_seq
LEFT JOIN finding_disposition_current d
       ON d.unit_code = r.unit_code AND d.fiscal_year = r.fiscal_year AND d.finding_key = finding_key(f.rule_code, f.row_keys, f.field),
     LATERAL (SELECT CASE WHEN f.project_seq IS NOT NULL OR f.row_kind IS NOT NULL
                          THEN split_part(f.row_keys, ',', 1) || ':' || f.field ELSE f.field END AS figure_key) k
WHERE f.rule_code = 'UNIT_TEN_THOUSAND'
  AND coalesce(d.disposition, 'open') IN ('open', 'confirmed')
  AND ((f.project_seq IS NOT NULL AND f.field IN ('budget', 'actual'))
       OR (f.table_no IS NULL AND f.project_seq IS NULL AND f.field IN ('expenditure_total', 'expenditure_basic', 'expenditure_project'))
       OR (f.table_no = 0 AND f.row_kind = 'total' AND f.field IN ('initial_budget', 'full_year_budget', 'executed')))
  AND NOT EXISTS (SELECT 1 FROM figure_correction_active c
                  WHERE c.unit_code = r.unit_code AND c.fiscal_year = r.fiscal_year AND c.figure_key = k.figure_key);

-- Each report's review now: its latest status event (report_review_event); a report without one is
-- pending (待审核). reviewed_score is the 复核得分 (with status reviewed), reviewed_grade its grade by the
-- official bands (score_grade above), rule_set the scoring rule set it was proposed under, message
-- what the reviewer wrote to the unit.
CREATE OR REPLACE VIEW report_review_current AS
SELECT unit_code, fiscal_year, status, reviewed_score, score_grade(reviewed_score) AS reviewed_grade, rule_set,
       message, username, logged_at
FROM report_review_event
WHERE kind = 'status'
QUALIFY row_number() OVER (PARTITION BY unit_code, fiscal_year ORDER BY logged_at DESC, event_id DESC) = 1;

-- How 复核后 moves a listed project's budget or actual, one row per change: a correction of the figure
-- p<seq>:budget / p<seq>:actual (figure_correction_active) moves it by corrected less stated (delta,
-- 万元; left_out false), an amount unit_slip_left_out leaves out takes it away whole (delta = -amount,
-- left_out true). Summed per report by report_metrics_reviewed, per project key by project_reviewed_delta
-- (07_projects.sql).
CREATE OR REPLACE VIEW project_reviewed_change AS
SELECT r.report_id,
       CAST(regexp_extract(c.figure_key, '^p([0-9]+):', 1) AS INTEGER) AS seq,
       regexp_extract(c.figure_key, ':([a-z]+)$', 1)                   AS field,
       c.corrected_value - coalesce(c.stated_value, 0)                 AS delta,
       false                                                           AS left_out
FROM figure_correction_active c
JOIN report r ON r.unit_code = c.unit_code AND r.fiscal_year = c.fiscal_year
WHERE regexp_full_match(c.figure_key, 'p[0-9]+:(budget|actual)')
UNION ALL
SELECT report_id, project_seq, field,
       -coalesce(CASE field WHEN 'budget' THEN project_budget ELSE project_actual END, 0),
       true
FROM unit_slip_left_out
WHERE project_seq IS NOT NULL;

-- A reviewed amount, or NULL when unit_slip_left_out leaves that figure of the report out.
CREATE OR REPLACE MACRO left_out_or(figures_out, figure_key, amount) AS
    CASE WHEN list_contains(coalesce(figures_out, []::VARCHAR[]), figure_key) THEN NULL ELSE amount END;

-- 复核后 (reviewed): the metrics of report_metrics with finance's accepted corrections applied and the
-- 复核得分 used, per report, same columns and units. A corrected figure replaces the stated one (the
-- whole-unit table's 合计 funds row: f0-total:initial_budget / full_year_budget / executed; 支出 and its
-- parts: expenditure_total / _basic / _project); a project's budget or actual moves the project funding
-- as project_reviewed_change says; the score is the 复核得分 of a reviewed report, else a corrected total
-- (t0:total_score), else the stated total moved by the re-scored indicators and funds rows of the
-- whole-unit table. Rates and shares are computed again from the reviewed figures, with the same
-- definitions as above. Besides: review_status (pending when no event), reviewed (status reviewed),
-- corrections (how many figures of the report are corrected), left_out (how many of its amounts
-- unit_slip_left_out leaves out: a figure becomes NULL, a project's budget or actual drops out of the
-- project funding), score_grade of the reviewed score.
-- Reports nobody has touched have the stated figures. Every unit's: only the refresh reads it (below).
CREATE OR REPLACE VIEW report_metrics_reviewed_live AS
WITH c AS (
    SELECT unit_code, fiscal_year,
           max(corrected_value) FILTER (WHERE figure_key = 'f0-total:initial_budget')   AS initial_budget,
           max(corrected_value) FILTER (WHERE figure_key = 'f0-total:full_year_budget') AS full_year_budget,
           max(corrected_value) FILTER (WHERE figure_key = 'f0-total:executed')         AS executed,
           max(corrected_value) FILTER (WHERE figure_key = 'expenditure_total')         AS expenditure_total,
           max(corrected_value) FILTER (WHERE figure_key = 'expenditure_basic')         AS basic_spending,
           max(corrected_value) FILTER (WHERE figure_key = 'expenditure_project')       AS project_spending,
           max(corrected_value) FILTER (WHERE figure_key = 't0:total_score')            AS total_score,
           sum(corrected_value - coalesce(stated_value, 0)) FILTER (WHERE regexp_full_match(figure_key, '(i0-[0-9]+|f0-[a-z]+):score'))
                                                                                        AS score_delta,
           count(*)::INTEGER                                                            AS corrections
    FROM figure_correction_active
    GROUP BY unit_code, fiscal_year
), s AS (
    SELECT report_id,
           list(figure_key) FILTER (WHERE project_seq IS NULL)                       AS figures_out,
           count(*)::INTEGER                                                         AS left_out
    FROM unit_slip_left_out
    GROUP BY report_id
), p AS (
    SELECT report_id,
           sum(delta) FILTER (WHERE field = 'budget') AS budget_delta,
           sum(delta) FILTER (WHERE field = 'actual') AS actual_delta
    FROM project_reviewed_change
    GROUP BY report_id
), x AS (
    SELECT m.report_id, m.unit_code, m.unit_name, m.category, m.fiscal_year, m.source_kind,
           left_out_or(s.figures_out, 'f0-total:initial_budget', coalesce(c.initial_budget, m.initial_budget)) AS initial_budget,
           left_out_or(s.figures_out, 'f0-total:full_year_budget', coalesce(c.full_year_budget, m.full_year_budget)) AS full_year_budget,
           left_out_or(s.figures_out, 'f0-total:executed', coalesce(c.executed, m.executed)) AS executed,
           left_out_or(s.figures_out, 'expenditure_total', coalesce(c.expenditure_total, m.expenditure_total)) AS expenditure_total,
           left_out_or(s.figures_out, 'expenditure_basic', coalesce(c.basic_spending, m.basic_spending)) AS basic_spending,
           left_out_or(s.figures_out, 'expenditure_project', coalesce(c.project_spending, m.project_spending)) AS project_spending,
           m.project_funding + coalesce(p.budget_delta, 0)                              AS project_funding,
           m.project_actual + coalesce(p.actual_delta, 0)                               AS project_actual,
           m.project_count,
           CASE WHEN v.status = 'reviewed' AND v.reviewed_score IS NOT NULL THEN v.reviewed_score
                ELSE coalesce(c.total_score, m.total_score + coalesce(c.score_delta, 0)) END AS total_score,
           m.grade,
           m.total_weight,
           coalesce(v.status, 'pending')                                                AS review_status,
           coalesce(v.status = 'reviewed', false)                                       AS reviewed,
           coalesce(c.corrections, 0)                                                   AS corrections,
           coalesce(s.left_out, 0)                                                      AS left_out
    FROM report_metrics_store m
    LEFT JOIN c ON c.unit_code = m.unit_code AND c.fiscal_year = m.fiscal_year
    LEFT JOIN report_review_current v ON v.unit_code = m.unit_code AND v.fiscal_year = m.fiscal_year
    LEFT JOIN s ON s.report_id = m.report_id
    LEFT JOIN p ON p.report_id = m.report_id
)
SELECT x.* REPLACE (CAST(x.total_score AS DECIMAL(6,2)) AS total_score),
       CASE WHEN x.full_year_budget > 0 THEN x.executed / x.full_year_budget END         AS execution_rate,
       CASE WHEN coalesce(x.basic_spending, 0) + coalesce(x.project_spending, 0) > 0
            THEN x.basic_spending / (coalesce(x.basic_spending, 0) + coalesce(x.project_spending, 0)) END AS basic_share,
       CASE WHEN coalesce(x.basic_spending, 0) + coalesce(x.project_spending, 0) > 0
            THEN x.project_spending / (coalesce(x.basic_spending, 0) + coalesce(x.project_spending, 0)) END AS project_share,
       score_grade(x.total_score)                                                          AS score_grade
FROM x;

-- The reviewed metrics of every report, as report_metrics_reviewed_live computed them at the last change:
-- stored as the stated ones are (a 复核后 query would otherwise join the corrections, the review status
-- and the 元/万元 findings to every report of every year). A derived table: rebuilt here from the
-- definition whenever this file changes; refreshed whole by every load (after the review checks, whose
-- findings decide what is left out) and one report at a time by every review decision
-- (com.perfdash.ingest.ReportMetricsStore#refreshReviewed).
CREATE OR REPLACE TABLE report_metrics_reviewed_store AS SELECT * FROM report_metrics_reviewed_live;

-- What the pages read under 复核后: the store, scoped like report_metrics.
CREATE OR REPLACE VIEW report_metrics_reviewed AS
SELECT *
FROM report_metrics_reviewed_store
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');

-- The metrics of every report under a 口径 (p_basis, com.perfdash.review.Basis): 'stated' (自评（原文）, the
-- default) reads report_metrics with its score_grade, 'reviewed' (复核后) reads report_metrics_reviewed.
-- The one place a query picks its 口径; review_status, reviewed, corrections and left_out are NULL under
-- 自评（原文）. Scoped like report_metrics.
CREATE OR REPLACE MACRO basis_metrics(p_basis) AS TABLE
SELECT m.*, s.score_grade
FROM report_metrics m
JOIN report_scores s ON s.report_id = m.report_id
WHERE coalesce(p_basis, 'stated') <> 'reviewed'
UNION ALL BY NAME
SELECT m.*
FROM report_metrics_reviewed m
WHERE p_basis = 'reviewed';
