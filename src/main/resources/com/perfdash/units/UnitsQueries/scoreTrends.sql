-- The stated total score of every year of the given units, for the score trend of the list's rows.
SELECT unit_code, fiscal_year, total_score
FROM report_metrics
WHERE unit_code IN (<unitCodes>)
ORDER BY unit_code, fiscal_year
