SELECT r.unit_code, r.fiscal_year, t.table_no, t.kind, t.project_name, t.spending_direction, t.total_investment,
       t.investment_appropriation, t.period, t.funds_weight, t.total_weight, t.total_score, t.grade
FROM eval_table t JOIN scoped_report r ON r.report_id = t.report_id
WHERE r.unit_code = :unit AND r.fiscal_year = :year
ORDER BY t.table_no
