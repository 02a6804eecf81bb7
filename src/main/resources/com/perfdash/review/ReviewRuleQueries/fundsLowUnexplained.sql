-- FUNDS_LOW_UNEXPLAINED: a rate that rounds below 90 % while nothing in the report explains it: no
-- narrative section (整体/项目支出绩效情况, 存在的问题, 其他说明) and no deviation note of the table's
-- indicators speaks of execution (执行率, 执行进度, 未执行, 未支付, 未拨付, 资金结转下年, 滞后, 延期 ...).
-- Not on a total left empty or 0 over filled sub-rows (total_empty): its "0 %" is no execution rate, and
-- SUM_TOTAL_EMPTY reports the total.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
-- The same word list appears twice below; keep both in step with docs/review-checks.md.
WITH explained AS (
    SELECT DISTINCT report_id, NULL::SMALLINT AS table_no FROM report_text
    WHERE regexp_matches(body, '执行率|执行进度|执行偏低|执行较低|未执行|未支出|未支付|未拨付|未使用|未到位|未到账|资金结转|结转下年|结转至下|结转到下|结转下一|滞后|延期|延迟|推迟|暂缓')
    UNION ALL
    SELECT DISTINCT t.report_id, t.table_no FROM indicator i JOIN eval_table t ON t.table_id = i.table_id
    WHERE regexp_matches(coalesce(i.deviation_note, ''), '执行率|执行进度|执行偏低|执行较低|未执行|未支出|未支付|未拨付|未使用|未到位|未到账|资金结转|结转下年|结转至下|结转到下|结转下一|滞后|延期|延迟|推迟|暂缓')
)
SELECT nextval('review_finding_seq'), m.report_id, :code, :severity, m.table_no, 'total', NULL, NULL, 'executed',
       review_key_funds(m.table_no, 'total'),
       json_object('table', m.table_no::VARCHAR, 'rate_pct', review_pct(m.rate * 100), 'executed', review_money(m.executed),
                   'budget', review_money(m.full_year_budget))::VARCHAR
FROM (SELECT *, coalesce(execution_rate, stated_rate_pct / 100) AS rate FROM eval_table_metrics_run) m
WHERE m.rate < 0.895 AND NOT m.total_empty
  AND NOT EXISTS (SELECT 1 FROM explained e
                  WHERE e.report_id = m.report_id AND (e.table_no IS NULL OR e.table_no = m.table_no))
