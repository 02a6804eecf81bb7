-- The indicator rows the attainment checks (Java, MeasureParser) need to read: points taken off with
-- no deviation note, or full points where the actual is written differently from the target and both
-- hold a digit. Every other row cannot raise an attainment finding. no_note: the row has no deviation
-- note (macro review_no_note); over_target_pct and the rule set's names: where the report's rule set
-- (view report_rule_set, db/views/09_review.sql) counts a completed value that far above its target as
-- a deviation (scoring_rule_set, V021), else NULL.
SELECT t.report_id, t.table_no, i.seq, i.level2, i.level3, i.target_text, i.actual_text, i.weight, i.score,
       i.deviation_note, review_no_note(i.deviation_note) AS no_note,
       s.over_target_pct, CASE WHEN s.over_target_pct IS NOT NULL THEN s.code END AS rule_set,
       CASE WHEN s.over_target_pct IS NOT NULL THEN s.name_zh END AS rule_set_name_zh,
       CASE WHEN s.over_target_pct IS NOT NULL THEN s.name_en END AS rule_set_name_en
FROM indicator i
JOIN eval_table t ON t.table_id = i.table_id
JOIN report_rule_set rs ON rs.report_id = t.report_id
LEFT JOIN scoring_rule_set s ON s.code = rs.rule_set
WHERE i.weight > 0 AND i.score IS NOT NULL
  AND ((i.score < i.weight AND review_no_note(i.deviation_note))
       OR (i.score >= i.weight
           AND regexp_matches(coalesce(i.target_text, ''), '[0-9０-９]')
           AND regexp_matches(coalesce(i.actual_text, ''), '[0-9０-９]')
           AND regexp_replace(i.target_text, '\s+', '', 'g') <> regexp_replace(i.actual_text, '\s+', '', 'g')))
ORDER BY t.report_id, t.table_no, i.seq
