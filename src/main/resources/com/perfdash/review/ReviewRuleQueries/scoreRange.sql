-- SCORE_RANGE: an indicator scored above its weight or below zero.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), t.report_id, :code, :severity, t.table_no, NULL, i.seq, NULL, 'score',
       review_key_indicator(t.table_no, i.seq),
       json_object('table', t.table_no::VARCHAR, 'level3', i.level3, 'score', review_points(i.score),
                   'weight', review_points(i.weight))::VARCHAR
FROM indicator i JOIN eval_table t ON t.table_id = i.table_id
WHERE i.score < 0 OR i.score > i.weight
