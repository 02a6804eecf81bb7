SELECT fiscal_year,
       count(*)                          AS reports,
       sum(full_year_budget)              AS full_year_budget,
       sum(executed)                      AS executed
FROM report_metrics
GROUP BY fiscal_year
ORDER BY fiscal_year
