-- The review findings a filter selects, in one place for every query of the review page and the
-- drill-down (com/perfdash/review/ReviewQueries/*.sql): a NULL part of the filter matches any. Each
-- finding comes with its report's unit and fiscal year, read through scoped_report (V011), so a unit
-- user's connection sees that unit's findings only.
CREATE MACRO matching_findings(p_rule, p_unit, p_year, p_severity) AS TABLE
SELECT f.*, r.unit_code, r.fiscal_year
FROM review_finding f
JOIN scoped_report r ON r.report_id = f.report_id
WHERE (p_rule IS NULL OR f.rule_code = p_rule)
  AND (p_unit IS NULL OR r.unit_code = p_unit)
  AND (p_year IS NULL OR r.fiscal_year = p_year)
  AND (p_severity IS NULL OR f.severity = p_severity);
