-- What the review checks found (V004 review_finding), per fiscal year of the range, over the reports
-- the overview's filter keeps: the same categories and source as its trends. Every year with a
-- matching report appears, with zeros where nothing was found.
SELECT m.fiscal_year,
       count(DISTINCT m.report_id)::INTEGER                          AS reports,
       count(DISTINCT f.report_id)::INTEGER                          AS reports_with_findings,
       count(f.severity) FILTER (WHERE f.severity = 'ERROR')::INTEGER   AS errors,
       count(f.severity) FILTER (WHERE f.severity = 'WARNING')::INTEGER AS warnings,
       count(f.severity) FILTER (WHERE f.severity = 'INFO')::INTEGER    AS infos
FROM report_metrics m
LEFT JOIN review_finding f ON f.report_id = m.report_id
WHERE m.fiscal_year BETWEEN :fromYear AND :toYear
  AND (len(CAST(:categories AS VARCHAR[])) = 0 OR list_contains(CAST(:categories AS VARCHAR[]), m.category))
  AND (:source = 'all' OR m.source_kind = :source)
GROUP BY m.fiscal_year
ORDER BY m.fiscal_year
