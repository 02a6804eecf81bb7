-- The projects a report's text lists, each with the project table that evaluates it: the first table
-- whose project (项目名称, else its 支出方向) is the same project (project_key and same_project,
-- db/views/06_project_key.sql, as the review rules match them), a table of the same key before one
-- that only contains it.
SELECT p.seq, p.project_name, p.kind, p.budget, p.actual, p.carryover, p.purpose,
       (SELECT t.table_no
        FROM eval_table t
        WHERE t.report_id = p.report_id AND t.kind = 'project'
          AND (same_project(project_key(p.project_name), project_key(t.project_name))
               OR same_project(project_key(p.project_name), project_key(t.spending_direction)))
        ORDER BY project_key(p.project_name) IN (project_key(t.project_name), project_key(t.spending_direction)) DESC,
                 t.table_no
        LIMIT 1) AS eval_table_no
FROM project p
WHERE p.report_id = :reportId
ORDER BY p.seq
