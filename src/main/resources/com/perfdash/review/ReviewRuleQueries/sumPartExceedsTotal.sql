-- SUM_PART_EXCEEDS_TOTAL: one income or expenditure part larger than its total (beyond 0.01 万元).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, NULL, NULL, NULL, NULL, part_field, section,
       json_object('part', part_field, 'part_amount', review_money(part_amount),
                   'total', total_field, 'total_amount', review_money(total_amount))::VARCHAR
FROM (
    SELECT report_id, 'income' AS section, 'income_total' AS total_field, income_total AS total_amount,
           unnest(['income_initial', 'income_adjustment', 'income_carryover', 'income_other']) AS part_field,
           unnest([income_initial, income_adjustment, income_carryover, income_other]) AS part_amount
    FROM report
    UNION ALL
    SELECT report_id, 'expenditure', 'expenditure_total', expenditure_total,
           unnest(['expenditure_basic', 'expenditure_project', 'expenditure_balance']),
           unnest([expenditure_basic, expenditure_project, expenditure_balance])
    FROM report
) p
WHERE total_amount IS NOT NULL AND part_amount > total_amount + 0.01
