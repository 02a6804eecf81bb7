-- FUNDS_RATE: 执行率 as stated vs 全年执行数 / 全年预算数 of the same 合计 row (eval_table_metrics).
-- Reports round the rate to whole percents: tolerance 0.5 percentage points. Not on a total left empty or
-- 0 over filled sub-rows (total_empty): that is SUM_TOTAL_EMPTY's one finding.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, 'total', NULL, NULL, 'execution_rate_pct',
       review_key_funds(table_no, 'total'),
       json_object('table', table_no::VARCHAR, 'stated_pct', review_pct(stated_rate_pct),
                   'executed', review_money(executed), 'budget', review_money(full_year_budget),
                   'computed_pct', review_pct(execution_rate * 100))::VARCHAR
FROM eval_table_metrics_run
WHERE stated_rate_pct IS NOT NULL AND execution_rate IS NOT NULL
  AND abs(stated_rate_pct - execution_rate * 100) > 0.5
  AND NOT total_empty
