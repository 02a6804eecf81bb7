-- Every decision on one finding of one report, latest first (finding_disposition, V017), for a report
-- the connection may see (scoped_report, db/views/01_data_scope.sql).
SELECT d.disposition, d.reason, d.decided_by, d.decided_at
FROM finding_disposition d
WHERE d.unit_code = :unitCode AND d.fiscal_year = :fiscalYear AND d.finding_key = :findingKey
  AND EXISTS (SELECT 1 FROM scoped_report r WHERE r.unit_code = d.unit_code AND r.fiscal_year = d.fiscal_year)
ORDER BY d.decided_at DESC, d.disposition_id DESC
