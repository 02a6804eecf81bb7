-- What the review checks found (macro matching_findings, db/views/08_findings.sql), per fiscal year of
-- the range, over the reports the overview's filter keeps: the same categories and source as its
-- trends; by severity and by finance's current disposition. Every year with a matching report appears,
-- with zeros where nothing was found.
SELECT m.fiscal_year,
       count(DISTINCT m.report_id)::INTEGER                          AS reports,
       count(DISTINCT f.report_id)::INTEGER                          AS reports_with_findings,
       count(f.severity) FILTER (WHERE f.severity = 'ERROR')::INTEGER   AS errors,
       count(f.severity) FILTER (WHERE f.severity = 'WARNING')::INTEGER AS warnings,
       count(f.severity) FILTER (WHERE f.severity = 'INFO')::INTEGER    AS infos,
       count(f.severity) FILTER (WHERE f.disposition = 'open')::INTEGER      AS open,
       count(f.severity) FILTER (WHERE f.disposition = 'confirmed')::INTEGER AS confirmed,
       count(f.severity) FILTER (WHERE f.disposition = 'dismissed')::INTEGER AS dismissed,
       count(f.severity) FILTER (WHERE f.disposition = 'corrected')::INTEGER AS corrected
FROM report_metrics m
LEFT JOIN matching_findings(NULL, NULL, NULL, NULL) f ON f.report_id = m.report_id
WHERE m.fiscal_year BETWEEN :fromYear AND :toYear
  AND (len(CAST(:categories AS VARCHAR[])) = 0 OR list_contains(CAST(:categories AS VARCHAR[]), m.category))
  AND (:source = 'all' OR m.source_kind = :source)
GROUP BY m.fiscal_year
ORDER BY m.fiscal_year
