-- In the order the tables print them: 合计, 当年财政拨款, 上年结转资金, 其他资金.
SELECT t.table_no, f.row_kind, f.initial_budget, f.full_year_budget, f.executed, f.weight, f.execution_rate_pct, f.score
FROM funds_row f
JOIN eval_table t ON t.table_id = f.table_id
WHERE f.table_id = :tableId
ORDER BY CASE f.row_kind WHEN 'total' THEN 1 WHEN 'appropriation' THEN 2 WHEN 'carryover' THEN 3 ELSE 4 END
