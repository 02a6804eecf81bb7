-- The figures an import preview compares, from the one metric definition (report_metrics) and the
-- report's stated totals. Money in 万元; execution_rate a fraction; total_score in points.
SELECT m.unit_code, m.fiscal_year, m.unit_name, v.data_set,
       r.income_total, r.expenditure_total, m.full_year_budget, m.executed, m.execution_rate,
       m.project_funding, m.total_score, m.grade
FROM report_metrics m
JOIN scoped_report r ON r.report_id = m.report_id
LEFT JOIN report_version v ON v.unit_code = m.unit_code AND v.fiscal_year = m.fiscal_year AND v.active
WHERE m.unit_code IN (<units>)
ORDER BY m.unit_code, m.fiscal_year
