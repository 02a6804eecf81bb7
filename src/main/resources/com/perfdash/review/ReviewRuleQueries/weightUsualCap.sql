-- WEIGHT_USUAL_CAP: a table that declares no scheme — no level-1 indicator with a cap, and funds that
-- weigh the usual 10 or state no weight (20, as in the 20 + 80 form, is a scheme of its own) — checked
-- against the usual caps (macro review_usual_scheme, 08_findings.sql): per level-1 indicator named by a
-- core word (产出, 效益, 满意度), the sum of its level-3 weights vs the usual cap. A WARNING, since the table
-- never said it follows that scheme; the message says which caps were applied. Only stated weights count
-- (a table with no 分值 column raises nothing). Tolerance as WEIGHT_LEVEL1_CAP's: above 0.005.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH usual AS (
    SELECT * FROM review_usual_scheme()
), usual_funds AS (
    SELECT points FROM usual WHERE part = 'funds'
), scheme AS (
    SELECT string_agg(review_points(points), '/' ORDER BY seq) AS described FROM usual
), undeclared AS (
    SELECT m.table_id, m.report_id, m.table_no
    FROM eval_table_metrics_run m
    WHERE NOT EXISTS (SELECT 1 FROM indicator_level1 l WHERE l.table_id = m.table_id AND l.cap IS NOT NULL)
      AND coalesce(m.funds_weight, (SELECT points FROM usual_funds)) = (SELECT points FROM usual_funds)
), per_level1 AS (
    -- count: the indicators that state a weight, the ones summed
    SELECT i.table_id, i.level1, sum(i.weight) AS weights, count(i.weight) AS indicators, min(i.seq) AS first_seq
    FROM indicator i SEMI JOIN undeclared u ON u.table_id = i.table_id
    GROUP BY i.table_id, i.level1
), off AS (
    SELECT p.*, u.points AS cap
    FROM per_level1 p JOIN usual u ON u.part = 'level1' AND contains(p.level1, u.core)
    WHERE p.weights IS NOT NULL AND abs(p.weights - u.points) > 0.005
    -- a name holding two core words is matched by the first of the scheme
    QUALIFY row_number() OVER (PARTITION BY p.table_id, p.level1 ORDER BY u.seq) = 1
), row_keys AS (
    SELECT o.table_id, o.level1, string_agg(review_key_indicator(d.table_no, i.seq), ',' ORDER BY i.seq) AS row_keys
    FROM off o
    JOIN indicator i ON i.table_id = o.table_id AND i.level1 = o.level1 AND i.weight IS NOT NULL
    JOIN undeclared d ON d.table_id = o.table_id
    GROUP BY o.table_id, o.level1
)
SELECT nextval('review_finding_seq'), d.report_id, :code, :severity, d.table_no, NULL, o.first_seq, NULL, 'weight',
       k.row_keys,
       json_object('table', d.table_no::VARCHAR, 'level1', o.level1, 'cap', review_points(o.cap),
                   'count', o.indicators::VARCHAR, 'weights', review_points(o.weights),
                   'scheme', (SELECT described FROM scheme))::VARCHAR
FROM off o
JOIN undeclared d ON d.table_id = o.table_id
JOIN row_keys k ON k.table_id = o.table_id AND k.level1 = o.level1
