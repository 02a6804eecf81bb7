-- The values of one metric under a 口径 for some units over a range of fiscal years (heatmap and lines).
SELECT unit_code, fiscal_year, value
FROM basis_metric_values(CAST(:basis AS VARCHAR), :fromYear, :toYear)
WHERE metric = :metric
  AND list_contains(:units, unit_code)
ORDER BY unit_code, fiscal_year
