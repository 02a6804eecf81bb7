-- Finance's review (复核): the figures a reviewer may correct, the current corrections beside what the
-- report states, and each report's review status. The decisions themselves are tables (V017); this
-- file defines how they are read. docs/review-checks.md, "Finance's review".

-- Every figure of a report that a correction may name, with what the report states (NULL where it
-- states nothing), keyed as the report pages name rows (08_findings.sql, "Row keys") and the column:
--   income_total … expenditure_balance            the report's income and expenditure, 万元
--   p<seq>:budget, p<seq>:actual                   a listed project, 万元
--   f<no>-<row_kind>:initial_budget|full_year_budget|executed   a funds row, 万元
--   f<no>-<row_kind>:weight|score                  a funds row, points
--   i<no>-<seq>:weight|score                       an indicator, points
--   l<no>-<seq>:cap                                a level-1 indicator's cap, points
--   t<no>:total_score                              a table's total score, points
-- row_label is the row's own name (an indicator's 三级指标, a project's name), column the field.
CREATE OR REPLACE VIEW stated_figure AS
SELECT r.report_id, r.unit_code, r.fiscal_year, NULL::SMALLINT AS table_no, NULL::VARCHAR AS row_label,
       u.field, u.field AS figure_key, 'money' AS measure, u.value
FROM report r,
     LATERAL (VALUES ('income_total', r.income_total), ('income_initial', r.income_initial),
                     ('income_adjustment', r.income_adjustment), ('income_carryover', r.income_carryover),
                     ('income_other', r.income_other), ('expenditure_total', r.expenditure_total),
                     ('expenditure_basic', r.expenditure_basic), ('expenditure_project', r.expenditure_project),
                     ('expenditure_balance', r.expenditure_balance)) u(field, value)
UNION ALL
SELECT r.report_id, r.unit_code, r.fiscal_year, NULL, p.project_name, u.field,
       review_key_project(p.seq) || ':' || u.field, 'money', u.value
FROM report r
JOIN project p ON p.report_id = r.report_id,
     LATERAL (VALUES ('budget', p.budget), ('actual', p.actual)) u(field, value)
UNION ALL
SELECT r.report_id, r.unit_code, r.fiscal_year, t.table_no, f.row_kind, u.field,
       review_key_funds(t.table_no, f.row_kind) || ':' || u.field, u.measure, u.value
FROM report r
JOIN eval_table t ON t.report_id = r.report_id
JOIN funds_row f ON f.table_id = t.table_id,
     LATERAL (VALUES ('initial_budget', 'money', f.initial_budget), ('full_year_budget', 'money', f.full_year_budget),
                     ('executed', 'money', f.executed), ('weight', 'points', CAST(f.weight AS DECIMAL(18,2))),
                     ('score', 'points', CAST(f.score AS DECIMAL(18,2)))) u(field, measure, value)
UNION ALL
SELECT r.report_id, r.unit_code, r.fiscal_year, t.table_no, i.level3, u.field,
       review_key_indicator(t.table_no, i.seq) || ':' || u.field, 'points', u.value
FROM report r
JOIN eval_table t ON t.report_id = r.report_id
JOIN indicator i ON i.table_id = t.table_id,
     LATERAL (VALUES ('weight', CAST(i.weight AS DECIMAL(18,2))), ('score', CAST(i.score AS DECIMAL(18,2)))) u(field, value)
UNION ALL
SELECT r.report_id, r.unit_code, r.fiscal_year, t.table_no, l.level1, 'cap',
       'l' || CAST(t.table_no AS VARCHAR) || '-' || CAST(l.seq AS VARCHAR) || ':cap', 'points', CAST(l.cap AS DECIMAL(18,2))
FROM report r
JOIN eval_table t ON t.report_id = r.report_id
JOIN indicator_level1 l ON l.table_id = t.table_id
UNION ALL
SELECT r.report_id, r.unit_code, r.fiscal_year, t.table_no, NULL, 'total_score',
       review_key_table(t.table_no) || ':total_score', 'points', CAST(t.total_score AS DECIMAL(18,2))
FROM report r
JOIN eval_table t ON t.report_id = r.report_id;

-- The current corrections (figure_correction_active) and reviews (report_review_current) are
-- defined in 03_report_metrics.sql, where the reviewed metrics read them.

-- The current corrections of one report (p_unit, p_year), or of every report when p_unit is NULL, beside
-- what the loaded report states now (stated_now; NULL where it states nothing or the figure is no longer
-- there) and whether a correction wants another look: a new version of the report states another value
-- than the one the correction was recorded against, or no longer has the figure. A correction of a
-- report that is not loaded has no report_id. A macro, not a view: the report's filter has to reach
-- stated_figure itself, which DuckDB does not push through the outer joins (a view filtered afterwards
-- read every figure of every report: 5.7 s per report page at national scale, 40 ms this way).
DROP VIEW IF EXISTS figure_correction_current;
CREATE OR REPLACE MACRO figure_corrections(p_unit, p_year) AS TABLE
SELECT c.correction_id, c.unit_code, c.fiscal_year, c.figure_key, c.kind, c.stated_value, c.corrected_value,
       c.reason, c.finding_keys, c.recorded_by, c.recorded_at,
       r.report_id,
       s.table_no, s.row_label, s.field, s.measure,
       s.value                                                   AS stated_now,
       r.report_id IS NOT NULL
           AND (s.figure_key IS NULL OR s.value IS DISTINCT FROM c.stated_value) AS needs_another_look
FROM figure_correction_active c
LEFT JOIN report r ON r.unit_code = c.unit_code AND r.fiscal_year = c.fiscal_year
LEFT JOIN (SELECT * FROM stated_figure WHERE p_unit IS NULL OR (unit_code = p_unit AND fiscal_year = p_year)) s
       ON s.report_id = r.report_id AND s.figure_key = c.figure_key
WHERE p_unit IS NULL OR (c.unit_code = p_unit AND c.fiscal_year = p_year);

-- The score of each report's whole-unit table with the reviewer's corrections: a corrected total
-- (t0:total_score) where there is one, else the stated total moved by every corrected indicator or
-- funds score of that table (corrected less the value stated when it was corrected). Points.
CREATE OR REPLACE VIEW corrected_unit_score AS
SELECT r.report_id, r.unit_code, r.fiscal_year,
       t.total_score                                                     AS stated_score,
       coalesce(tc.corrected_value, t.total_score + coalesce(d.delta, 0)) AS corrected_score,
       tc.corrected_value IS NOT NULL OR d.delta IS NOT NULL             AS corrected
FROM report r
JOIN eval_table t ON t.report_id = r.report_id AND t.table_no = 0
LEFT JOIN figure_correction_active tc
       ON tc.unit_code = r.unit_code AND tc.fiscal_year = r.fiscal_year AND tc.figure_key = 't0:total_score'
LEFT JOIN (
    SELECT unit_code, fiscal_year, sum(corrected_value - coalesce(stated_value, 0)) AS delta
    FROM figure_correction_active
    WHERE regexp_full_match(figure_key, '(i0-[0-9]+|f0-[a-z]+):score')
    GROUP BY unit_code, fiscal_year
) d ON d.unit_code = r.unit_code AND d.fiscal_year = r.fiscal_year;

-- Whether finance has reviewed anything in the connection's scope: any report of scoped_report with a
-- status event, a correction or a disposition. Where it has, 复核后 is every view's default 口径
-- (com.perfdash.review.BasisDefault).
CREATE OR REPLACE VIEW review_in_scope AS
SELECT EXISTS (SELECT 1 FROM scoped_report r JOIN report_review_event e ON e.unit_code = r.unit_code AND e.fiscal_year = r.fiscal_year)
    OR EXISTS (SELECT 1 FROM scoped_report r JOIN figure_correction c ON c.unit_code = r.unit_code AND c.fiscal_year = r.fiscal_year)
    OR EXISTS (SELECT 1 FROM scoped_report r JOIN finding_disposition d ON d.unit_code = r.unit_code AND d.fiscal_year = r.fiscal_year)
       AS reviewed;

-- Scoring rule sets (评分规则, tables of V021): which rule set each district and report is reviewed
-- under, and the execution-rate cap a rule set puts on a total score. docs/review-checks.md, "Scoring
-- rule sets".
--
-- The rule set of a district that never chose one: the one marked is_default (全国默认, national).
CREATE OR REPLACE MACRO default_rule_set() AS (SELECT min(code) FROM scoring_rule_set WHERE is_default);

-- Each district's choice now: its latest row in district_rule_set, the earlier ones its history.
CREATE OR REPLACE VIEW district_rule_set_current AS
SELECT district, rule_set, chosen_by, chosen_at
FROM district_rule_set
QUALIFY row_number() OVER (PARTITION BY district ORDER BY chosen_at DESC, choice_id DESC) = 1;

-- The rule set every loaded report is reviewed under: its unit's district's choice, else the default
-- (also for a unit without a district).
CREATE OR REPLACE VIEW report_rule_set AS
SELECT r.report_id, r.unit_code, r.fiscal_year, u.district, coalesce(d.rule_set, default_rule_set()) AS rule_set
FROM report r
JOIN unit u ON u.unit_code = r.unit_code
LEFT JOIN district_rule_set_current d ON d.district = u.district;

-- The highest total score (points of 100) rule set p_rule_set allows at an execution rate of
-- p_executed ÷ p_budget (万元), or NULL where it caps nothing there (no band of scoring_rule_cap holds
-- the rate, or the budget is not positive). Bands are compared as products of money, not as a rounded
-- rate: exactly 80 % (400 of 500) is not below 80, 79.99 % is. Where bands overlapped, the lowest cap holds.
CREATE OR REPLACE MACRO rule_set_cap(p_rule_set, p_executed, p_budget) AS (
    SELECT min(c.max_total_score)
    FROM scoring_rule_cap c
    WHERE c.rule_set = p_rule_set AND p_budget > 0 AND p_executed IS NOT NULL
      AND (c.rate_from_pct IS NULL OR p_executed * 100 >= c.rate_from_pct * p_budget)
      AND p_executed * 100 < c.rate_below_pct * p_budget);

-- The 复核得分 to propose for each report: the whole-unit table's score with the reviewer's corrections
-- (corrected_unit_score above), at most the cap its rule set puts on the execution rate of the
-- whole-unit table's 合计 funds row, that rate read with the reviewer's corrections of that row
-- (f0-total:full_year_budget, f0-total:executed) where there are. Points; execution_rate_pct in percent
-- with two decimals, for the page to quote (the cap itself compares the money, rule_set_cap).
CREATE OR REPLACE VIEW proposed_unit_score AS
SELECT x.*,
       CASE WHEN x.cap IS NOT NULL AND x.corrected_score > x.cap THEN x.cap ELSE x.corrected_score END AS proposed_score,
       x.cap IS NOT NULL AND x.corrected_score > x.cap                                              AS capped
FROM (
    SELECT s.report_id, s.unit_code, s.fiscal_year, s.stated_score, s.corrected_score, s.corrected, rs.district, rs.rule_set,
           f.full_year_budget, f.executed,
           CASE WHEN f.full_year_budget > 0 THEN CAST(round(f.executed * 100 / f.full_year_budget, 2) AS DECIMAL(9,2)) END
                                                                                    AS execution_rate_pct,
           rule_set_cap(rs.rule_set, f.executed, f.full_year_budget)                AS cap
    FROM corrected_unit_score s
    JOIN report_rule_set rs ON rs.report_id = s.report_id
    LEFT JOIN (
        SELECT t.report_id,
               coalesce(cb.corrected_value, fr.full_year_budget) AS full_year_budget,
               coalesce(ce.corrected_value, fr.executed)         AS executed
        FROM report r
        JOIN eval_table t ON t.report_id = r.report_id AND t.table_no = 0
        JOIN funds_row fr ON fr.table_id = t.table_id AND fr.row_kind = 'total'
        LEFT JOIN figure_correction_active cb
               ON cb.unit_code = r.unit_code AND cb.fiscal_year = r.fiscal_year AND cb.figure_key = 'f0-total:full_year_budget'
        LEFT JOIN figure_correction_active ce
               ON ce.unit_code = r.unit_code AND ce.fiscal_year = r.fiscal_year AND ce.figure_key = 'f0-total:executed'
    ) f ON f.report_id = s.report_id
) x;
