-- WEIGHT_LEVEL1_CAP: per table and level-1 indicator with a declared cap (产出指标(50 分)), the sum of
-- its level-3 weights vs the cap. Weights are set, not measured: any difference above 0.005 counts.
-- The row keys are listed only for the level-1 indicators found off, not for every one.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH per_level1 AS (
    SELECT table_id, level1, sum(weight) AS weights, sum(score) AS scores, count(*) AS indicators, min(seq) AS first_seq
    FROM indicator GROUP BY table_id, level1
), off AS (
    SELECT p.*, l.cap
    FROM indicator_level1 l JOIN per_level1 p ON p.table_id = l.table_id AND p.level1 = l.level1
    WHERE l.cap IS NOT NULL AND p.weights IS NOT NULL AND abs(p.weights - l.cap) > 0.005
), row_keys AS (
    SELECT o.table_id, o.level1, string_agg(review_key_indicator(t.table_no, i.seq), ',' ORDER BY i.seq) AS row_keys
    FROM off o
    JOIN indicator i ON i.table_id = o.table_id AND i.level1 = o.level1
    JOIN eval_table t ON t.table_id = o.table_id
    GROUP BY o.table_id, o.level1
)
SELECT nextval('review_finding_seq'), t.report_id, :code, :severity, t.table_no, NULL, o.first_seq, NULL, 'weight',
       k.row_keys,
       json_object('table', t.table_no::VARCHAR, 'level1', o.level1, 'cap', review_points(o.cap),
                   'count', o.indicators::VARCHAR, 'weights', review_points(o.weights),
                   'scores', review_points(o.scores))::VARCHAR
FROM off o
JOIN eval_table t ON t.table_id = o.table_id
JOIN row_keys k ON k.table_id = o.table_id AND k.level1 = o.level1
