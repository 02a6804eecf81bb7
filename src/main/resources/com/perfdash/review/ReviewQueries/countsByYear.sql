-- Findings per fiscal year by severity; every loaded year appears, with zeros where nothing was found.
SELECT y.fiscal_year,
       count(x.severity) FILTER (WHERE x.severity = 'ERROR')   AS errors,
       count(x.severity) FILTER (WHERE x.severity = 'WARNING') AS warnings,
       count(x.severity) FILTER (WHERE x.severity = 'INFO')    AS infos
FROM (SELECT DISTINCT fiscal_year FROM scoped_report) y
LEFT JOIN (
    SELECT r.fiscal_year, f.severity
    FROM review_finding f
    JOIN scoped_report r ON r.report_id = f.report_id
    WHERE (CAST(:f.ruleCode AS VARCHAR) IS NULL OR f.rule_code = :f.ruleCode)
  AND (CAST(:f.unitCode AS VARCHAR) IS NULL OR r.unit_code = :f.unitCode)
  AND (CAST(:f.fiscalYear AS INTEGER) IS NULL OR r.fiscal_year = :f.fiscalYear)
  AND (CAST(:f.severityName AS VARCHAR) IS NULL OR f.severity = :f.severityName)
) x ON x.fiscal_year = y.fiscal_year
GROUP BY y.fiscal_year
ORDER BY y.fiscal_year
