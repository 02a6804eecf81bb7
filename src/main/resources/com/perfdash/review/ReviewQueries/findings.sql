-- Findings matching a filter (a NULL part matches any), most serious first, then latest year first.
SELECT f.finding_id, f.report_id, r.unit_code, u.unit_name, r.fiscal_year, f.rule_code, f.severity, f.table_no,
       f.row_kind, f.indicator_seq, f.project_seq, f.field, f.row_keys, f.evidence
FROM review_finding f
JOIN scoped_report r ON r.report_id = f.report_id
JOIN scoped_unit u ON u.unit_code = r.unit_code
WHERE (CAST(:f.ruleCode AS VARCHAR) IS NULL OR f.rule_code = :f.ruleCode)
  AND (CAST(:f.unitCode AS VARCHAR) IS NULL OR r.unit_code = :f.unitCode)
  AND (CAST(:f.fiscalYear AS INTEGER) IS NULL OR r.fiscal_year = :f.fiscalYear)
  AND (CAST(:f.severityName AS VARCHAR) IS NULL OR f.severity = :f.severityName)
ORDER BY CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, r.fiscal_year DESC, r.unit_code,
         f.table_no NULLS FIRST, f.indicator_seq NULLS FIRST, f.rule_code, f.finding_id
LIMIT :limit OFFSET :offset
