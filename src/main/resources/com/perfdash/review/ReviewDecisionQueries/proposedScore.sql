-- The 复核得分 to propose for one report (view proposed_unit_score, db/views/09_review.sql): the corrected
-- whole-unit score, capped by the execution rate under its district's scoring rule set, with that rule
-- set's names; for a report the connection may see.
SELECT p.corrected_score, p.rule_set, s.name_zh AS rule_set_name_zh, s.name_en AS rule_set_name_en, p.execution_rate_pct,
       p.cap, p.proposed_score, p.capped
FROM proposed_unit_score p
JOIN scoped_report r ON r.report_id = p.report_id
LEFT JOIN scoring_rule_set s ON s.code = p.rule_set
WHERE p.unit_code = :unitCode AND p.fiscal_year = :fiscalYear
  AND p.corrected_score IS NOT NULL
