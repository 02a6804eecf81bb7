-- The total score under the 口径 :basis of every year of the given units, for the score trend of the list's rows.
SELECT unit_code, fiscal_year, total_score
FROM basis_metrics(CAST(:basis AS VARCHAR))
WHERE unit_code IN (<unitCodes>)
ORDER BY unit_code, fiscal_year
