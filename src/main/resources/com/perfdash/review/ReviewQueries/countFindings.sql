-- How many findings a filter selects (macro matching_findings, db/views/08_findings.sql).
SELECT count(*)
FROM matching_findings(CAST(:f.ruleCode AS VARCHAR), CAST(:f.unitCode AS VARCHAR),
                       CAST(:f.fiscalYear AS INTEGER), CAST(:f.severityName AS VARCHAR),
                       p_disposition := CAST(:f.dispositionCode AS VARCHAR))
