SELECT r.unit_code, r.fiscal_year, t.section, t.seq, t.body
FROM report_text t JOIN scoped_report r ON r.report_id = t.report_id
WHERE r.unit_code = :unit AND r.fiscal_year = :year
ORDER BY t.section, t.seq
