SELECT fiscal_year,
       count(*)                          AS reports,
       coalesce(sum(full_year_budget), 0) AS full_year_budget,
       coalesce(sum(executed), 0)         AS executed
FROM report_metrics
GROUP BY fiscal_year
ORDER BY fiscal_year
