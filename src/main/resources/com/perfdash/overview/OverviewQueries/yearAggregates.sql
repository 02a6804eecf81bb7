-- Per-year totals and their YoY change; the definitions live in the macro year_metrics (db/views/04_overview.sql).
SELECT fiscal_year, reports, full_year_budget, executed, rate_reports, execution_rate,
       basic_spending, project_spending, basic_share, project_share, project_funding,
       median_score, grade_excellent,
       reports_change, full_year_budget_change, executed_change, execution_rate_change,
       basic_spending_change, project_spending_change, project_share_change, project_funding_change,
       median_score_change, grade_excellent_change, left_out
FROM year_metrics(:categories, :source, p_basis := CAST(:basis AS VARCHAR))
WHERE fiscal_year BETWEEN :fromYear AND :toYear
ORDER BY fiscal_year
