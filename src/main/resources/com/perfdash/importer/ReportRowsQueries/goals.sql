SELECT r.unit_code, r.fiscal_year, t.table_no, g.seq, g.expected, g.achieved
FROM goal g JOIN eval_table t ON t.table_id = g.table_id JOIN scoped_report r ON r.report_id = t.report_id
WHERE r.unit_code = :unit AND r.fiscal_year = :year
ORDER BY t.table_no, g.seq
