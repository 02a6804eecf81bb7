SELECT count(*)
FROM review_finding f
JOIN scoped_report r ON r.report_id = f.report_id
WHERE (CAST(:f.ruleCode AS VARCHAR) IS NULL OR f.rule_code = :f.ruleCode)
  AND (CAST(:f.unitCode AS VARCHAR) IS NULL OR r.unit_code = :f.unitCode)
  AND (CAST(:f.fiscalYear AS INTEGER) IS NULL OR r.fiscal_year = :f.fiscalYear)
  AND (CAST(:f.severityName AS VARCHAR) IS NULL OR f.severity = :f.severityName)
