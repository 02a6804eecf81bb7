-- FUNDS_SCORE: 得分 of the 合计 row vs 分值 × 执行率, capped at the weight. The rate is executed / full-year
-- budget where both are stated, and the stated rate too: a score that follows from either passes (the
-- stated rate is rounded to whole percents). The score may be rounded to one decimal: tolerance 0.05
-- points. 10 for 97 % is not a rounding of 9.7. Not on a total left empty or 0 over filled sub-rows
-- (total_empty): the score follows no rate there, and SUM_TOTAL_EMPTY reports the total.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, 'total', NULL, NULL, 'score',
       review_key_funds(table_no, 'total'),
       json_object('table', table_no::VARCHAR, 'score', review_points(funds_score), 'weight', review_points(funds_weight),
                   'rate_pct', review_pct(coalesce(execution_rate, stated_rate_pct / 100) * 100),
                   'expected', review_points(coalesce(from_computed, from_stated)))::VARCHAR
FROM (
    SELECT *, round(funds_weight * least(execution_rate, 1), 2) AS from_computed,
              round(funds_weight * least(stated_rate_pct / 100, 1), 2) AS from_stated
    FROM eval_table_metrics_run
) m
WHERE funds_score IS NOT NULL AND funds_weight IS NOT NULL AND coalesce(from_computed, from_stated) IS NOT NULL
  AND coalesce(abs(funds_score - from_computed) > 0.05, true)
  AND coalesce(abs(funds_score - from_stated) > 0.05, true)
  AND NOT total_empty
