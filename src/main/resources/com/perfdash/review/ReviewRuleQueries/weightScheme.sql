-- WEIGHT_SCHEME: the scheme a table declares — the funds weight plus every level-1 cap — vs its 总分
-- (100 where the table states none). 10 + 50 + 30 + 10, 10 + 90 and 20 + 80 all pass; only a table
-- whose every level-1 indicator declares a cap is checked. The scheme is spelled out only for the
-- tables found off.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH caps AS (
    SELECT table_id, sum(cap) AS caps, count(*) AS level1s, count(cap) AS capped
    FROM indicator_level1 GROUP BY table_id
), off AS (
    SELECT m.*, c.caps
    FROM eval_table_metrics_run m JOIN caps c ON c.table_id = m.table_id
    WHERE c.level1s > 0 AND c.capped = c.level1s
      AND abs(coalesce(m.funds_weight, 0) + c.caps - coalesce(m.total_weight, 100)) > 0.005
), described AS (
    SELECT l.table_id, string_agg(l.level1 || ' ' || review_points(l.cap), ' + ' ORDER BY l.seq) AS described
    FROM indicator_level1 l SEMI JOIN off o ON o.table_id = l.table_id
    GROUP BY l.table_id
)
SELECT nextval('review_finding_seq'), m.report_id, :code, :severity, m.table_no, NULL, NULL, NULL, 'total_weight',
       review_key_table(m.table_no),
       json_object('table', m.table_no::VARCHAR, 'funds_weight', review_points(coalesce(m.funds_weight, 0)),
                   'caps', d.described, 'sum', review_points(coalesce(m.funds_weight, 0) + m.caps),
                   'total_weight', review_points(coalesce(m.total_weight, 100)))::VARCHAR
FROM off m JOIN described d ON d.table_id = m.table_id
