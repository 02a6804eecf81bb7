-- SUM_TOTAL_EMPTY: a total left empty or 0 while its parts hold a non-zero sum: the funds 合计 row
-- (per column), 预算收入 and 支出.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH suspect_tables AS (
    -- only a table whose 合计 row is missing, or empty or 0 in some column, can raise a finding
    SELECT table_id FROM funds_row GROUP BY table_id
    HAVING NOT bool_or(row_kind = 'total' AND coalesce(initial_budget, 0) <> 0 AND coalesce(full_year_budget, 0) <> 0
                       AND coalesce(executed, 0) <> 0)
), cells AS (
    SELECT table_id, row_kind, unnest(['initial_budget', 'full_year_budget', 'executed']) AS col,
           unnest([initial_budget, full_year_budget, executed]) AS amount
    FROM funds_row
    WHERE table_id IN (SELECT table_id FROM suspect_tables)
), funds AS (
    SELECT t.report_id, t.table_no, c.col,
           max(c.amount) FILTER (WHERE c.row_kind = 'total')  AS total,
           sum(c.amount) FILTER (WHERE c.row_kind <> 'total') AS parts,
           string_agg(review_key_funds(t.table_no, c.row_kind), ',' ORDER BY c.row_kind)
               FILTER (WHERE c.row_kind <> 'total' AND c.amount IS NOT NULL) AS part_keys
    FROM cells c JOIN eval_table t ON t.table_id = c.table_id
    GROUP BY t.report_id, t.table_no, c.col
), candidates AS (
    SELECT report_id, table_no, 'total' AS row_kind, 'funds.total.' || col AS where_field, col AS field,
           review_key_funds(table_no, 'total') || ',' || part_keys AS row_keys, total, parts
    FROM funds
    UNION ALL
    SELECT report_id, NULL, NULL, 'income_total', 'income_total', 'income', income_total,
           coalesce(income_initial, 0) + coalesce(income_adjustment, 0) + coalesce(income_carryover, 0) + coalesce(income_other, 0)
    FROM report
    UNION ALL
    SELECT report_id, NULL, NULL, 'expenditure_total', 'expenditure_total', 'expenditure', expenditure_total,
           coalesce(expenditure_basic, 0) + coalesce(expenditure_project, 0) + coalesce(expenditure_balance, 0)
    FROM report
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, row_kind, NULL, NULL, field, row_keys,
       json_object('table', table_no::VARCHAR, 'where', where_field, 'total', review_money(total),
                   'sum', review_money(parts))::VARCHAR
FROM candidates
WHERE coalesce(total, 0) = 0 AND coalesce(parts, 0) <> 0
