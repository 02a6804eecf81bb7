-- WEIGHT_TOTAL: the funds weight plus every indicator weight vs the table's 总分 (100 where none is
-- stated).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, NULL, NULL, NULL, 'total_weight',
       review_key_table(table_no),
       json_object('table', table_no::VARCHAR, 'funds_weight', review_points(coalesce(funds_weight, 0)),
                   'indicator_weight', review_points(indicator_weight),
                   'sum', review_points(coalesce(funds_weight, 0) + indicator_weight),
                   'total_weight', review_points(coalesce(total_weight, 100)))::VARCHAR
FROM eval_table_metrics_run
WHERE indicator_weight IS NOT NULL
  AND abs(coalesce(funds_weight, 0) + indicator_weight - coalesce(total_weight, 100)) > 0.005
