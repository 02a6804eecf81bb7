-- Per-year spread of the stated total scores; defined in the macro year_metrics (db/views/04_overview.sql).
SELECT fiscal_year, scored_reports, min_score, q1_score, median_score, q3_score, max_score
FROM year_metrics(:categories, :source, p_basis := CAST(:basis AS VARCHAR))
WHERE fiscal_year BETWEEN :fromYear AND :toYear
ORDER BY fiscal_year
