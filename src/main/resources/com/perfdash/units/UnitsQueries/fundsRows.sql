-- In the order the table prints them (seq), each with its label as printed.
SELECT t.table_no, f.row_kind, f.row_label, f.initial_budget, f.full_year_budget, f.executed, f.weight,
       f.execution_rate_pct, f.score
FROM funds_row f
JOIN eval_table t ON t.table_id = f.table_id
WHERE f.table_id = :tableId
ORDER BY f.seq
