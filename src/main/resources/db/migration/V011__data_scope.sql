-- Row-level data scope. A connection opened for a unit user carries the variable scope_unit (set by
-- the app when it opens the connection, see base/db); every query of the views reads units and
-- reports through these two views, so such a connection sees that one unit only. Connections of
-- other users, and of the app's own work (loading, review checks), have no scope_unit and see all.
CREATE VIEW scoped_unit AS
SELECT * FROM unit
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');

CREATE VIEW scoped_report AS
SELECT * FROM report
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');

-- report_metrics (V002) again, now over the scoped views; its definitions are unchanged.
CREATE OR REPLACE VIEW report_metrics AS
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
FROM scoped_report r
JOIN scoped_unit u ON u.unit_code = r.unit_code
LEFT JOIN eval_table t ON t.report_id = r.report_id AND t.table_no = 0
LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
LEFT JOIN (
    SELECT report_id, sum(budget) AS project_budget, sum(actual) AS project_actual, count(*) AS project_count
    FROM project GROUP BY report_id
) p ON p.report_id = r.report_id;

-- project_years (V007) again, its rows now limited to the scoped units; definitions unchanged.
CREATE OR REPLACE VIEW project_years AS
WITH named AS (
    SELECT r.unit_code, r.fiscal_year, r.report_id,
           coalesce(k.project_key, project_key(p.project_name)) AS project_key,
           p.seq, p.project_name, p.kind, p.budget, p.actual, p.carryover,
           NULL::SMALLINT AS table_no,
           NULL::STRUCT(name VARCHAR, budget DECIMAL(18,2), executed DECIMAL(18,2), score DECIMAL(6,2), grade VARCHAR) AS tbl
    FROM project p
    JOIN report r ON r.report_id = p.report_id
    LEFT JOIN project_name_key k ON k.project_name = p.project_name
    UNION ALL
    SELECT r.unit_code, r.fiscal_year, r.report_id,
           coalesce(k.project_key, project_key(t.project_name)),
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
JOIN scoped_unit u ON u.unit_code = g.unit_code;
