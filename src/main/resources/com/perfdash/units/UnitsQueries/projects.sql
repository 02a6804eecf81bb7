-- The projects a report's text lists, each with the project table that evaluates it: the first table
-- whose project (项目名称, else its 支出方向) is the same project (project_key and same_project,
-- db/views/06_project_key.sql, as the review rules match them, the keys as project_name_key stores
-- them), a table of the same key before one that only contains it.
SELECT p.seq, p.project_name, p.kind, p.budget, p.actual, p.carryover, p.purpose,
       (SELECT t.table_no
        FROM eval_table t
        LEFT JOIN project_name_key kn ON kn.project_name = t.project_name
        LEFT JOIN project_name_key kd ON kd.project_name = t.spending_direction
        WHERE t.report_id = p.report_id AND t.kind = 'project'
          AND (same_project(k.project_key, kn.project_key) OR same_project(k.project_key, kd.project_key))
        ORDER BY coalesce(k.project_key IN (kn.project_key, kd.project_key), false) DESC, t.table_no
        LIMIT 1) AS eval_table_no
FROM project p
LEFT JOIN project_name_key k ON k.project_name = p.project_name
WHERE p.report_id = :reportId
ORDER BY p.seq
