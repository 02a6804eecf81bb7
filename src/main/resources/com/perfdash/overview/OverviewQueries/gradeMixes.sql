-- Per-year counts of the grades the scores earn; defined in the macro year_metrics (db/views/04_overview.sql).
SELECT fiscal_year,
       grade_excellent AS excellent,
       grade_good      AS good,
       grade_fair      AS fair,
       grade_poor      AS poor,
       ungraded
FROM year_metrics(:categories, :source, p_basis := CAST(:basis AS VARCHAR))
WHERE fiscal_year BETWEEN :fromYear AND :toYear
ORDER BY fiscal_year
