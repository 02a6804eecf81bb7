-- Findings per fiscal year by severity (macro matching_findings, db/views/08_findings.sql); every loaded year appears,
-- with zeros where nothing was found.
SELECT y.fiscal_year,
       count(x.severity) FILTER (WHERE x.severity = 'ERROR')   AS errors,
       count(x.severity) FILTER (WHERE x.severity = 'WARNING') AS warnings,
       count(x.severity) FILTER (WHERE x.severity = 'INFO')    AS infos
FROM (SELECT DISTINCT fiscal_year FROM scoped_report) y
LEFT JOIN matching_findings(CAST(:f.ruleCode AS VARCHAR), CAST(:f.unitCode AS VARCHAR),
                                 CAST(:f.fiscalYear AS INTEGER), CAST(:f.severityName AS VARCHAR),
                       p_disposition := CAST(:f.dispositionCode AS VARCHAR)) x ON x.fiscal_year = y.fiscal_year
GROUP BY y.fiscal_year
ORDER BY y.fiscal_year
