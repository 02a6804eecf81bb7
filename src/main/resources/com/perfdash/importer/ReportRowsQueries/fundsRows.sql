SELECT r.unit_code, r.fiscal_year, t.table_no, f.row_kind, f.row_label, f.initial_budget, f.full_year_budget, f.executed,
       f.weight, f.execution_rate_pct, f.score
FROM funds_row f JOIN eval_table t ON t.table_id = f.table_id JOIN scoped_report r ON r.report_id = t.report_id
WHERE r.unit_code = :unit AND r.fiscal_year = :year
ORDER BY t.table_no, f.seq
