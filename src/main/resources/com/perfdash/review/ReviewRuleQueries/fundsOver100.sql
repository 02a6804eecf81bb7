-- FUNDS_OVER_100: executed above the full-year budget: a rate that rounds above 100 % (computed, or
-- as stated where the amounts are missing). Not on a total left empty or 0 over filled sub-rows
-- (total_empty, SUM_TOTAL_EMPTY's).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, 'total', NULL, NULL, 'executed',
       review_key_funds(table_no, 'total'),
       json_object('table', table_no::VARCHAR, 'executed', review_money(executed),
                   'budget', review_money(full_year_budget), 'rate_pct', review_pct(rate * 100))::VARCHAR
FROM (SELECT *, coalesce(execution_rate, stated_rate_pct / 100) AS rate FROM eval_table_metrics_run) m
WHERE rate >= 1.005 AND NOT total_empty
