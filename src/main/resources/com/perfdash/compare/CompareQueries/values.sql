-- The values of one metric for some units over a range of fiscal years (heatmap and lines).
SELECT unit_code, fiscal_year, value
FROM unit_metric_values
WHERE metric = :metric
  AND fiscal_year BETWEEN :fromYear AND :toYear
  AND list_contains(:units, unit_code)
ORDER BY unit_code, fiscal_year
