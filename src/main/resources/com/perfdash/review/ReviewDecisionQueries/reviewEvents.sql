-- Every event of one report's review, latest first (report_review_event, V017), within the connection's unit scope.
SELECT unit_code, fiscal_year, kind, status, reviewed_score, reviewed_grade, rule_set, message, username, logged_at
FROM report_review_event
WHERE unit_code = :unitCode AND fiscal_year = :fiscalYear
  AND (getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit'))
ORDER BY logged_at DESC, event_id DESC
