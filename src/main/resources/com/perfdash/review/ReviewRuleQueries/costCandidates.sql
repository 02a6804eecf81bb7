-- Cost indicators (二级指标 or 三级指标 naming 成本) with what their table budgeted and spent; for the
-- whole-unit table also what the text states (预算收入, and 支出 less 结余结转), which also serves
-- where the table's 合计 row is empty.
SELECT t.report_id, t.table_no, i.seq, i.level2, i.level3, i.target_text, i.actual_text,
       m.initial_budget, m.full_year_budget, m.executed,
       CASE WHEN t.table_no = 0 THEN r.income_total END                                           AS text_budget,
       CASE WHEN t.table_no = 0 THEN r.expenditure_total - coalesce(r.expenditure_balance, 0) END AS text_spent
FROM indicator i
JOIN eval_table t ON t.table_id = i.table_id
JOIN eval_table_metrics_run m ON m.table_id = i.table_id
JOIN report r ON r.report_id = t.report_id
WHERE (i.level2 LIKE '%成本%' OR i.level3 LIKE '%成本%')
  AND (m.full_year_budget > 0 OR m.executed > 0
       OR t.table_no = 0 AND (r.income_total > 0 OR r.expenditure_total > 0))
ORDER BY t.report_id, t.table_no, i.seq
