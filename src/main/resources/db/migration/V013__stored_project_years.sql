-- The project years, stored. project_years (V007, scoped in V011) grouped every listed project and
-- project table of the model on every query; at province scale that was most of each project page
-- query's time. They are now computed once per load into project_years_store and read from there;
-- project_years keeps its columns and types, and its scope, so every query reads it as before.
--
-- Where project_years is defined from here on: project_years_live below (the SQL of V007, unchanged;
-- V011 only added the scope). It reads the whole model, every unit; only the refresh reads it
-- (com/perfdash/ingest/refresh_report_metrics.sql, run by every load of the model inside its
-- transaction, see com.perfdash.ingest.ReportMetricsStore). A later migration that changes the
-- definition, the model tables or project_key must refresh the store itself, as this one fills it.
--
-- The refresh runs before the after-load steps, so before com.perfdash.projects.ProjectKeyStep adds the
-- keys of new names to project_name_key: a name without an entry gets project_key(name) on the spot,
-- the value the step then stores for it, so the stored keys are the same either way.

CREATE VIEW project_years_live AS
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
JOIN unit u ON u.unit_code = g.unit_code;

-- One row per unit, fiscal year and project key, as project_years_live computed it at the last load (or
-- now, for the data already loaded). Stored in fiscal year order: the project queries ask for one or two
-- years, and DuckDB then skips the other years' blocks (at province scale the change lists read a
-- third of the time from an ordered store; the sort adds about half a second to a load).
CREATE TABLE project_years_store AS SELECT * FROM project_years_live ORDER BY fiscal_year, unit_code, project_key;

-- project_years again, now over the store, limited to the connection's unit as in V011
-- (getvariable('scope_unit')); same columns, same types.
CREATE OR REPLACE VIEW project_years AS
SELECT *
FROM project_years_store
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');
