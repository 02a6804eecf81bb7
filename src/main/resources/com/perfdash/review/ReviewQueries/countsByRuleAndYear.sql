-- Findings per rule and fiscal year, for the reports a filter selects (macro matching_findings, db/views/08_findings.sql).
SELECT rule_code, fiscal_year, count(*) AS findings
FROM matching_findings(CAST(:f.ruleCode AS VARCHAR), CAST(:f.unitCode AS VARCHAR),
                       CAST(:f.fiscalYear AS INTEGER), CAST(:f.severityName AS VARCHAR),
                       p_disposition := CAST(:f.dispositionCode AS VARCHAR))
GROUP BY rule_code, fiscal_year
ORDER BY fiscal_year, rule_code
