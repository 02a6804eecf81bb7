-- FUNDS_SCORE: 得分 of the 合计 row vs 分值 × 执行率, capped at the weight. The rate is executed /
-- full-year budget where both are stated, else the stated rate. Scores are often rounded to whole
-- points: tolerance 0.5 points.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, 'total', NULL, NULL, 'score',
       review_key_funds(table_no, 'total'),
       json_object('table', table_no::VARCHAR, 'score', review_points(funds_score), 'weight', review_points(funds_weight),
                   'rate_pct', review_pct(rate * 100), 'expected', review_points(expected))::VARCHAR
FROM (
    SELECT *, round(funds_weight * least(rate, 1), 2) AS expected
    FROM (SELECT *, coalesce(execution_rate, stated_rate_pct / 100) AS rate FROM eval_table_metrics) m
) m
WHERE funds_score IS NOT NULL AND funds_weight IS NOT NULL AND rate IS NOT NULL
  AND abs(funds_score - expected) > 0.5
