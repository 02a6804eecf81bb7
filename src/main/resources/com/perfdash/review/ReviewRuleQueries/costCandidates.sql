-- Cost indicators (二级指标 or 三级指标 naming 成本) of tables that state their funds.
SELECT t.report_id, t.table_no, i.seq, i.level2, i.level3, i.target_text, i.actual_text,
       m.initial_budget, m.full_year_budget, m.executed
FROM indicator i
JOIN eval_table t ON t.table_id = i.table_id
JOIN eval_table_metrics m ON m.table_id = i.table_id
WHERE (i.level2 LIKE '%成本%' OR i.level3 LIKE '%成本%')
  AND (m.full_year_budget > 0 OR m.executed > 0)
ORDER BY t.report_id, t.table_no, i.seq
