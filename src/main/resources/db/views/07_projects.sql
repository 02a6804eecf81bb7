-- Projects across years: what each report lists and evaluates under each project key
-- (06_project_key.sql), defined once. docs/metrics.md ("Projects across years") explains it.
-- Money is 万元 (DECIMAL), rates are fractions (1.0 = 100 %), scores are points.

-- One row per unit, fiscal year and project key: what the report's text lists under that key
-- (projects.csv) beside the project evaluation table of that key (eval_tables.csv, kind project).
--   listed_names / listed_count  the names as written, in report order, and how many rows share the key
--                                (NULL / 0 when only a table has the key)
--   kinds                        initial and/or midyear
--   budget, actual, carryover    Σ over those rows, 万元 (a unit's project funding, report_metrics
--                                .project_funding, is Σ budget over its keys)
--   table_no, table_name         the first project table of that key, NULL when none; table_count
--   table_budget, table_executed its 合计 funds row: 全年预算数, 全年执行数, 万元
--   table_execution_rate         table_executed / table_budget, a fraction, NULL unless the budget is
--                                > 0: the same definition as report_metrics.execution_rate, for the
--                                project's own table
--   table_score, table_grade     its total score (分) and grade as stated
-- Listed rows and tables are stacked and grouped (not joined), so that a filter on unit_code,
-- fiscal_year or project_key reaches the tables before any key is computed.
--
-- Only the store below and its refresh read this view (com/perfdash/ingest/refresh_report_metrics.sql,
-- run by every load inside its transaction, which stores the key of every loaded name first). A table
-- without a 专项名称 has the key ''.
CREATE OR REPLACE VIEW project_years_live AS
WITH named AS (
    SELECT r.unit_code, r.fiscal_year, r.report_id,
           k.project_key,
           p.seq, p.project_name, p.kind, p.budget, p.actual, p.carryover,
           NULL::SMALLINT AS table_no,
           NULL::STRUCT(name VARCHAR, budget DECIMAL(18,4), executed DECIMAL(18,4), score DECIMAL(6,2), grade VARCHAR) AS tbl
    FROM project p
    JOIN report r ON r.report_id = p.report_id
    LEFT JOIN project_name_key k ON k.project_name = p.project_name
    UNION ALL
    SELECT r.unit_code, r.fiscal_year, r.report_id,
           coalesce(k.project_key, ''),
           NULL, NULL, NULL, NULL, NULL, NULL,
           t.table_no,
           {'name': t.project_name, 'budget': f.full_year_budget, 'executed': f.executed,
            'score': t.total_score, 'grade': t.grade}
    FROM eval_table t
    JOIN report r ON r.report_id = t.report_id
    LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
    LEFT JOIN project_name_key k ON k.project_name = t.project_name
    WHERE t.kind = 'project'
), grouped AS (
    SELECT unit_code, fiscal_year, report_id, project_key,
           -- sorting inside the list is much cheaper than an ordered aggregate over many groups
           list_transform(list_sort(list({'seq': seq, 'name': project_name}) FILTER (WHERE seq IS NOT NULL)),
                          x -> x.name)                                        AS listed_names,
           count(seq)::INTEGER                                                AS listed_count,
           list_sort(list_distinct(list(kind)))                               AS kinds,
           sum(budget)                                                        AS budget,
           sum(actual)                                                        AS actual,
           sum(carryover)                                                     AS carryover,
           min(table_no)::INTEGER                                             AS table_no,
           count(table_no)::INTEGER                                           AS table_count,
           arg_min(tbl, table_no)                                             AS tbl
    FROM named
    GROUP BY unit_code, fiscal_year, report_id, project_key
)
SELECT g.unit_code,
       u.unit_name,
       u.category,
       g.fiscal_year,
       g.report_id,
       g.project_key,
       g.listed_names,
       g.listed_count,
       g.kinds,
       g.budget,
       g.actual,
       g.carryover,
       g.table_no,
       g.tbl.name                                       AS table_name,
       g.table_count,
       g.tbl.budget                                     AS table_budget,
       g.tbl.executed                                   AS table_executed,
       CASE WHEN g.tbl.budget > 0 THEN (g.tbl.executed / g.tbl.budget)::DECIMAL(18,6) END
                                                        AS table_execution_rate,
       g.tbl.score                                      AS table_score,
       g.tbl.grade                                      AS table_grade
FROM grouped g
JOIN unit u ON u.unit_code = g.unit_code;

-- One row per unit, fiscal year and project key, as project_years_live computed it at the last load.
-- Computed once per load rather than on every query (at province scale grouping every project on each
-- query was most of a project page's time). Stored in fiscal year order: the project queries ask for
-- one or two years, and DuckDB then skips the other years' blocks. A derived table: rebuilt here from
-- the definition whenever this file changes, and refreshed by every load.
CREATE OR REPLACE TABLE project_years_store AS SELECT * FROM project_years_live ORDER BY fiscal_year, unit_code, project_key;

-- What the pages read: the store, limited to the connection's unit (01_data_scope.sql).
CREATE OR REPLACE VIEW project_years AS
SELECT *
FROM project_years_store
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');

-- 复核后 changes to a report's listed projects, per project key: project_reviewed_change
-- (03_report_metrics.sql, the changes report_metrics_reviewed makes to a report's project funding)
-- summed over the key's listed rows.
--   budget_delta, actual_delta  万元, NULL when nothing changes that field
--   budgets_out, actuals_out    how many of the key's listed rows have that amount left out: when all
--                               have, the key's reviewed amount is unknown (NULL), not 0
CREATE OR REPLACE VIEW project_reviewed_delta_live AS
SELECT x.report_id,
       k.project_key                                                        AS project_key,
       sum(x.delta) FILTER (WHERE x.field = 'budget')                        AS budget_delta,
       sum(x.delta) FILTER (WHERE x.field = 'actual')                        AS actual_delta,
       count(*) FILTER (WHERE x.field = 'budget' AND x.left_out)::INTEGER    AS budgets_out,
       count(*) FILTER (WHERE x.field = 'actual' AND x.left_out)::INTEGER    AS actuals_out
FROM project_reviewed_change x
JOIN project p ON p.report_id = x.report_id AND p.seq = x.seq
LEFT JOIN project_name_key k ON k.project_name = p.project_name
GROUP BY ALL;

-- project_reviewed_delta_live as at the last change, stored and refreshed with report_metrics_reviewed_store
-- (03_report_metrics.sql; com.perfdash.ingest.ReportMetricsStore#refreshReviewed). Only reports that
-- 复核后 changes have rows, so a 复核后 page joins a few rows instead of the project table.
CREATE OR REPLACE TABLE project_reviewed_delta_store AS SELECT * FROM project_reviewed_delta_live;

CREATE OR REPLACE VIEW project_reviewed_delta AS
SELECT * FROM project_reviewed_delta_store;

-- project_years under a 口径 (p_basis, com.perfdash.review.Basis): 'stated' reads project_years as it is,
-- 'reviewed' moves each key's budget and actual by project_reviewed_delta (NULL when every listed row of the
-- key has that amount left out). Scoped like project_years.
CREATE OR REPLACE MACRO basis_project_years(p_basis) AS TABLE
SELECT *
FROM project_years
WHERE coalesce(p_basis, 'stated') <> 'reviewed'
UNION ALL BY NAME
SELECT y.* REPLACE (CASE WHEN coalesce(d.budgets_out, 0) < y.listed_count THEN y.budget + coalesce(d.budget_delta, 0) END AS budget,
                    CASE WHEN coalesce(d.actuals_out, 0) < y.listed_count THEN y.actual + coalesce(d.actual_delta, 0) END AS actual)
FROM project_years y
LEFT JOIN project_reviewed_delta d ON d.report_id = y.report_id AND d.project_key = y.project_key
WHERE p_basis = 'reviewed';

-- A fiscal year's listed projects against the year before, per unit and project key, under a 口径
-- (p_basis, basis_project_years above; 'stated' when not given). Only projects
-- the report's text lists count (their budgets are the unit's project funding).
--   budget, previous_budget   Σ budget of the key this year and in fiscal year - 1, 万元
--   budget_change             budget - previous_budget, 万元; NULL unless listed in both years
--   status  'continued'  listed in both years
--           'started'    listed this year, not last year, while the unit has a report last year
--           'ended'      listed last year, not this year, while the unit has a report this year
--           NULL         listed in one year only and the unit has no report in the other: unknown
CREATE OR REPLACE MACRO project_changes(p_year, p_basis := 'stated') AS TABLE
WITH cur AS (
    SELECT * FROM basis_project_years(p_basis) WHERE fiscal_year = p_year AND listed_count > 0
), prev AS (
    SELECT * FROM basis_project_years(p_basis) WHERE fiscal_year = p_year - 1 AND listed_count > 0
), reported AS (
    SELECT unit_code,
           bool_or(fiscal_year = p_year)     AS this_year,
           bool_or(fiscal_year = p_year - 1) AS last_year
    FROM report
    WHERE fiscal_year IN (p_year, p_year - 1)
    GROUP BY unit_code
)
SELECT coalesce(c.unit_code, p.unit_code)       AS unit_code,
       coalesce(c.unit_name, p.unit_name)       AS unit_name,
       coalesce(c.category, p.category)         AS category,
       coalesce(c.project_key, p.project_key)   AS project_key,
       coalesce(c.listed_names, p.listed_names) AS listed_names,
       c.budget                                 AS budget,
       c.actual                                 AS actual,
       p.budget                                 AS previous_budget,
       c.budget - p.budget                      AS budget_change,
       CASE WHEN c.unit_code IS NOT NULL AND p.unit_code IS NOT NULL THEN 'continued'
            WHEN c.unit_code IS NOT NULL AND x.last_year THEN 'started'
            WHEN p.unit_code IS NOT NULL AND x.this_year THEN 'ended'
       END                                      AS status
FROM cur c
FULL OUTER JOIN prev p ON p.unit_code = c.unit_code AND p.project_key = c.project_key
LEFT JOIN reported x ON x.unit_code = coalesce(c.unit_code, p.unit_code);
