-- SUM_TABLE_VS_TEXT: the whole-unit table's 合计 row vs the text: 全年预算数 vs 预算收入, and 全年执行数
-- vs 支出 less 结余结转 (the text's 支出 includes the balance carried forward: 基本支出 + 项目支出 +
-- 结余结转). Tolerance: 0.01 万元 per text figure used.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH pairs AS (
    SELECT r.report_id, 'full_year_budget' AS col, m.full_year_budget AS table_amount,
           'income_total' AS text_field, r.income_total AS text_amount, 'income' AS text_key, 0.01 AS tolerance
    FROM report r JOIN eval_table_metrics_run m ON m.report_id = r.report_id AND m.table_no = 0
    UNION ALL
    SELECT r.report_id, 'executed', m.executed,
           CASE WHEN r.expenditure_balance IS NULL THEN 'expenditure_total' ELSE 'expenditure_spent' END,
           r.expenditure_total - coalesce(r.expenditure_balance, 0), 'expenditure',
           CASE WHEN r.expenditure_balance IS NULL THEN 0.01 ELSE 0.02 END
    FROM report r JOIN eval_table_metrics_run m ON m.report_id = r.report_id AND m.table_no = 0
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, 0, 'total', NULL, NULL, col,
       review_key_funds(0, 'total') || ',' || text_key,
       json_object('column', col, 'table_amount', review_money(table_amount), 'text', text_field,
                   'text_amount', review_money(text_amount), 'diff', review_money(abs(table_amount - text_amount)))::VARCHAR
FROM pairs
WHERE table_amount IS NOT NULL AND text_amount IS NOT NULL AND table_amount <> 0 AND text_amount <> 0
  AND abs(table_amount - text_amount) > tolerance
