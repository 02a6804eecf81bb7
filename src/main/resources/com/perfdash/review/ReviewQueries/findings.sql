-- Findings matching a filter (macro matching_findings, db/views/08_findings.sql), most serious first, then latest year first.
SELECT f.finding_id, f.report_id, f.unit_code, u.unit_name, f.fiscal_year, f.rule_code, f.severity, f.table_no,
       f.row_kind, f.indicator_seq, f.project_seq, f.field, f.row_keys, f.evidence,
       f.finding_key, f.disposition, f.disposition_reason, f.disposition_by, f.disposition_at
FROM matching_findings(CAST(:f.ruleCode AS VARCHAR), CAST(:f.unitCode AS VARCHAR),
                       CAST(:f.fiscalYear AS INTEGER), CAST(:f.severityName AS VARCHAR),
                       p_disposition := CAST(:f.dispositionCode AS VARCHAR)) f
JOIN scoped_unit u ON u.unit_code = f.unit_code
ORDER BY CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, f.fiscal_year DESC, f.unit_code,
         f.table_no NULLS FIRST, f.indicator_seq NULLS FIRST, f.rule_code, f.finding_id
LIMIT :limit OFFSET :offset
