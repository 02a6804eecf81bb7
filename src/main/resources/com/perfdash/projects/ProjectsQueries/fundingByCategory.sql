-- Project funding (report_metrics.project_funding, db/views/03_report_metrics.sql) per fiscal year and unit category, 万元,
-- under the 口径 :basis (basis_metrics); :category keeps one category, '' all.
SELECT fiscal_year,
       category,
       sum(project_funding)  AS project_funding,
       count(*)::INTEGER     AS reports
FROM basis_metrics(CAST(:basis AS VARCHAR))
WHERE :category = '' OR category = :category
GROUP BY fiscal_year, category
ORDER BY fiscal_year, category
