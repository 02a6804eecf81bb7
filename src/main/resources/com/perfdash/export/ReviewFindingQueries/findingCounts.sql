-- The findings of the reports of one fiscal year within a scope (a category, a unit, or all: ''),
-- by severity. Reports come from report_metrics, which holds the signed-in user's scope only; their
-- findings are the one selection every count reads (macro matching_findings, db/views/08_findings.sql).
WITH scoped AS (
    SELECT report_id
    FROM report_metrics
    WHERE fiscal_year = :fiscalYear
      AND (:category = '' OR category = :category)
      AND (:unitCode = '' OR unit_code = :unitCode)
)
SELECT
    true                                                       AS available,
    (SELECT count(*) FROM scoped)::INTEGER                     AS reports,
    count(f.finding_id)::INTEGER                               AS findings,
    count(f.finding_id) FILTER (WHERE f.severity = 'ERROR')::INTEGER   AS errors,
    count(f.finding_id) FILTER (WHERE f.severity = 'WARNING')::INTEGER AS warnings,
    count(f.finding_id) FILTER (WHERE f.severity = 'INFO')::INTEGER    AS infos,
    count(DISTINCT f.report_id)::INTEGER                       AS reports_with_findings
FROM scoped s
JOIN matching_findings(NULL, NULLIF(CAST(:unitCode AS VARCHAR), ''), CAST(:fiscalYear AS INTEGER), NULL) f
  ON f.report_id = s.report_id
