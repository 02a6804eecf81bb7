-- WEIGHT_LEVEL1_CAP: per table and level-1 indicator with a declared cap (产出指标(50 分)), the sum of
-- its level-3 weights vs the cap. Weights are set, not measured: any difference above 0.005 counts.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH per_level1 AS (
    SELECT i.table_id, t.report_id, t.table_no, i.level1, sum(i.weight) AS weights, sum(i.score) AS scores,
           count(*) AS indicators, min(i.seq) AS first_seq,
           string_agg(review_key_indicator(t.table_no, i.seq), ',' ORDER BY i.seq) AS row_keys
    FROM indicator i JOIN eval_table t ON t.table_id = i.table_id
    GROUP BY i.table_id, t.report_id, t.table_no, i.level1
)
SELECT nextval('review_finding_seq'), p.report_id, :code, :severity, p.table_no, NULL, p.first_seq, NULL, 'weight',
       p.row_keys,
       json_object('table', p.table_no::VARCHAR, 'level1', l.level1, 'cap', review_points(l.cap),
                   'count', p.indicators::VARCHAR, 'weights', review_points(p.weights),
                   'scores', review_points(p.scores))::VARCHAR
FROM indicator_level1 l
JOIN per_level1 p ON p.table_id = l.table_id AND p.level1 = l.level1
WHERE l.cap IS NOT NULL AND p.weights IS NOT NULL AND abs(p.weights - l.cap) > 0.005
