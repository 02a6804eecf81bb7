-- The whole-unit table's score with the reviewer's corrections (view corrected_unit_score, db/views/09_review.sql).
SELECT s.corrected_score
FROM corrected_unit_score s
JOIN scoped_report r ON r.report_id = s.report_id
WHERE s.unit_code = :unitCode AND s.fiscal_year = :fiscalYear
