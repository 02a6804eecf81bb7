-- The reviews now of the reports the connection may see (view report_review_current, db/views/09_review.sql),
-- of one status or of any (:status NULL), latest first. Reports without a review event are pending and not listed.
SELECT c.unit_code, c.fiscal_year, 'status' AS kind, c.status, c.reviewed_score, c.reviewed_grade, c.rule_set, c.message,
       c.username, c.logged_at
FROM report_review_current c
JOIN scoped_report r ON r.unit_code = c.unit_code AND r.fiscal_year = c.fiscal_year
WHERE (CAST(:status AS VARCHAR) IS NULL OR c.status = :status)
  AND (CAST(:unitCode AS VARCHAR) IS NULL OR c.unit_code = :unitCode)
ORDER BY c.logged_at DESC, c.unit_code, c.fiscal_year
