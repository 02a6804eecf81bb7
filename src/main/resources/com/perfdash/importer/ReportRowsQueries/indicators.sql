-- level1_cap comes from the table's declared caps (indicator_level1), the same on every row of a level 1.
SELECT r.unit_code, r.fiscal_year, t.table_no, i.seq, i.level1, l.cap AS level1_cap, i.level2, i.level3,
       i.target_text AS target, i.actual_text AS actual, i.weight, i.score, i.deviation_note
FROM indicator i
JOIN eval_table t ON t.table_id = i.table_id
JOIN scoped_report r ON r.report_id = t.report_id
LEFT JOIN indicator_level1 l ON l.table_id = i.table_id AND l.level1 = i.level1
WHERE r.unit_code = :unit AND r.fiscal_year = :year
ORDER BY t.table_no, i.seq
