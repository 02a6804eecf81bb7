-- The project tables an import preview compares, per loaded report of the units: the table's project
-- (项目名称, else 支出方向) with the key the load matches tables by (project_key, as project_name_key
-- stores it), its file, the 合计 row's 全年预算数 and 全年执行数 in 万元, and its total score in points.
SELECT r.unit_code, r.fiscal_year, t.table_no, coalesce(t.project_name, t.spending_direction) AS project,
       k.project_key, t.source_file,
       f.full_year_budget, f.executed, t.total_score
FROM eval_table t
JOIN scoped_report r ON r.report_id = t.report_id
LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
LEFT JOIN project_name_key k ON k.project_name = coalesce(t.project_name, t.spending_direction)
WHERE t.kind = 'project' AND r.unit_code IN (<units>)
ORDER BY r.unit_code, r.fiscal_year, t.table_no
