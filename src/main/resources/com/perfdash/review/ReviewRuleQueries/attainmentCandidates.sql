-- The indicator rows the attainment checks (Java, MeasureParser) need to read: points taken off with
-- no deviation note, or full points where the actual is written differently from the target and both
-- hold a digit. Every other row cannot raise an attainment finding.
SELECT t.report_id, t.table_no, i.seq, i.level2, i.level3, i.target_text, i.actual_text, i.weight, i.score,
       i.deviation_note
FROM indicator i
JOIN eval_table t ON t.table_id = i.table_id
WHERE i.weight > 0 AND i.score IS NOT NULL
  AND ((i.score < i.weight AND review_no_note(i.deviation_note))
       OR (i.score >= i.weight
           AND regexp_matches(coalesce(i.target_text, ''), '[0-9０-９]')
           AND regexp_matches(coalesce(i.actual_text, ''), '[0-9０-９]')
           AND regexp_replace(i.target_text, '\s+', '', 'g') <> regexp_replace(i.actual_text, '\s+', '', 'g')))
ORDER BY t.report_id, t.table_no, i.seq
