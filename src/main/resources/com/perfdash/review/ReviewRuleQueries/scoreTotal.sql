-- SCORE_TOTAL: the total score as stated vs the funds score plus every indicator score. Tolerance 0.5
-- points (a total may be rounded to whole points).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, NULL, NULL, NULL, 'total_score',
       review_key_table(table_no),
       json_object('table', table_no::VARCHAR, 'stated', review_points(total_score),
                   'funds_score', review_points(coalesce(funds_score, 0)), 'indicator_score', review_points(coalesce(indicator_score, 0)),
                   'sum', review_points(coalesce(funds_score, 0) + coalesce(indicator_score, 0)),
                   'diff', review_points(abs(total_score - coalesce(funds_score, 0) - coalesce(indicator_score, 0))))::VARCHAR
FROM eval_table_metrics_run
WHERE total_score IS NOT NULL AND (funds_score IS NOT NULL OR indicator_score IS NOT NULL)
  AND abs(total_score - coalesce(funds_score, 0) - coalesce(indicator_score, 0)) > 0.5
