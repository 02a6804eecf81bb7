-- SUM_EXPENDITURE_PARTS: 支出 vs 基本支出 + 项目支出 + 结余结转, over the stated parts (two or more).
-- Tolerance: 0.01 万元 per part.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, NULL, NULL, NULL, NULL, 'expenditure_total', 'expenditure',
       json_object('total', review_money(expenditure_total), 'basic', review_money(expenditure_basic),
                   'project', review_money(expenditure_project), 'balance', review_money(expenditure_balance),
                   'sum', review_money(parts), 'diff', review_money(abs(expenditure_total - parts)))::VARCHAR
FROM (
    SELECT report_id, expenditure_total, expenditure_basic, expenditure_project, expenditure_balance,
           coalesce(expenditure_basic, 0) + coalesce(expenditure_project, 0) + coalesce(expenditure_balance, 0) AS parts,
           (expenditure_basic IS NOT NULL)::INTEGER + (expenditure_project IS NOT NULL)::INTEGER
               + (expenditure_balance IS NOT NULL)::INTEGER AS stated_parts
    FROM report
) r
WHERE expenditure_total IS NOT NULL AND expenditure_total <> 0
  AND stated_parts >= 2
  AND abs(expenditure_total - parts) > 0.01 * stated_parts
