SELECT r.unit_code, r.fiscal_year, p.seq, p.project_name, p.kind, p.budget, p.actual, p.carryover, p.purpose
FROM project p JOIN scoped_report r ON r.report_id = p.report_id
WHERE r.unit_code = :unit AND r.fiscal_year = :year
ORDER BY p.seq
