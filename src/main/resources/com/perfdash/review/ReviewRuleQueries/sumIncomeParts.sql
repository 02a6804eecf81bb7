-- SUM_INCOME_PARTS: 预算收入 vs 年初预算 + 调整追加 + 上年结转 + 其他资金, over the parts the report
-- states. With a single part the report only says "of which", so two stated parts are needed.
-- Tolerance: 0.01 万元 per part (each figure is rounded to 0.01 万元).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, NULL, NULL, NULL, NULL, 'income_total', 'income',
       json_object('total', review_money(income_total), 'initial', review_money(income_initial),
                   'adjustment', review_money(income_adjustment), 'carryover', review_money(income_carryover),
                   'other', review_money(income_other), 'sum', review_money(parts),
                   'diff', review_money(abs(income_total - parts)))::VARCHAR
FROM (
    SELECT report_id, income_total, income_initial, income_adjustment, income_carryover, income_other,
           coalesce(income_initial, 0) + coalesce(income_adjustment, 0) + coalesce(income_carryover, 0)
               + coalesce(income_other, 0) AS parts,
           (income_initial IS NOT NULL)::INTEGER + (income_adjustment IS NOT NULL)::INTEGER
               + (income_carryover IS NOT NULL)::INTEGER + (income_other IS NOT NULL)::INTEGER AS stated_parts
    FROM report
) r
WHERE income_total IS NOT NULL AND income_total <> 0
  AND stated_parts >= 2
  AND abs(income_total - parts) > 0.01 * stated_parts
