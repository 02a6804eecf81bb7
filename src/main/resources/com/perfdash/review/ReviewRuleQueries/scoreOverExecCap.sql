-- SCORE_OVER_EXEC_CAP: under a rule set with execution-rate caps (scoring_rule_cap, V021; the report's
-- rule set is its district's, view report_rule_set), a table's stated total score (scaled to 100 where
-- its 总分 is another number, as SCORE_GRADE does) above the cap its execution rate allows (macro
-- rule_set_cap, db/views/09_review.sql: 全年执行数 ÷ 全年预算数 of the table's 合计 funds row). Silent
-- under a rule set without caps, the national default. Not on a total left empty or 0 over filled
-- sub-rows (total_empty): no rate can be read off it, and SUM_TOTAL_EMPTY reports it.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), x.report_id, :code, :severity, x.table_no, NULL, NULL, NULL, 'total_score',
       review_key_table(x.table_no) || ',' || review_key_funds(x.table_no, 'total'),
       json_object('table', x.table_no::VARCHAR, 'score', review_points(x.total_score),
                   'total_weight', review_points(coalesce(x.total_weight, 100)),
                   'rate_pct', review_pct(x.executed * 100 / x.full_year_budget), 'executed', review_money(x.executed),
                   'budget', review_money(x.full_year_budget), 'cap', review_points(x.cap), 'rule_set', x.rule_set,
                   'rule_set_name_zh', s.name_zh, 'rule_set_name_en', s.name_en)::VARCHAR
FROM (
    SELECT m.*, rs.rule_set, rule_set_cap(rs.rule_set, m.executed, m.full_year_budget) AS cap
    FROM eval_table_metrics_run m
    JOIN report_rule_set rs ON rs.report_id = m.report_id
    WHERE m.total_score IS NOT NULL AND NOT m.total_empty
      AND EXISTS (SELECT 1 FROM scoring_rule_cap c WHERE c.rule_set = rs.rule_set)
) x
JOIN scoring_rule_set s ON s.code = x.rule_set
WHERE x.cap IS NOT NULL
  AND x.total_score * 100 / CASE WHEN x.total_weight > 0 THEN x.total_weight ELSE 100 END > x.cap
