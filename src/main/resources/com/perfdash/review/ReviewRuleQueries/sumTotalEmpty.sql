-- SUM_TOTAL_EMPTY: a total left empty or 0 while its parts hold a non-zero sum (macro review_total_empty):
-- the funds 合计 row, 预算收入 and 支出. The funds row is one finding per table, naming every column it
-- leaves empty ("年初预算数 / 全年预算数 / 全年执行数"): a row of zeros over a filled 当年财政拨款 row is one
-- mistake, not three. Its field is the first of those columns, in table order.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH suspect_tables AS (
    -- only a table whose 合计 row is missing, or empty or 0 in some column, can raise a finding
    SELECT table_id FROM funds_row GROUP BY table_id
    HAVING NOT bool_or(row_kind = 'total' AND coalesce(initial_budget, 0) <> 0 AND coalesce(full_year_budget, 0) <> 0
                       AND coalesce(executed, 0) <> 0)
), cells AS (
    SELECT table_id, row_kind, unnest(['initial_budget', 'full_year_budget', 'executed']) AS col, unnest([1, 2, 3]) AS col_order,
           unnest([initial_budget, full_year_budget, executed]) AS amount
    FROM funds_row
    WHERE table_id IN (SELECT table_id FROM suspect_tables)
), funds AS (
    SELECT t.report_id, t.table_no, c.col, c.col_order,
           max(c.amount) FILTER (WHERE c.row_kind = 'total')  AS total,
           sum(c.amount) FILTER (WHERE c.row_kind <> 'total') AS parts,
           list(review_key_funds(t.table_no, c.row_kind)) FILTER (WHERE c.row_kind <> 'total' AND c.amount IS NOT NULL) AS part_keys
    FROM cells c JOIN eval_table t ON t.table_id = c.table_id
    GROUP BY t.report_id, t.table_no, c.col, c.col_order
), funds_empty AS (
    SELECT report_id, table_no,
           'funds.total.' || string_agg(col, '+' ORDER BY col_order) AS where_field,
           first(col ORDER BY col_order) AS field,
           review_key_funds(table_no, 'total') || ',' || array_to_string(list_sort(list_distinct(flatten(list(part_keys)))), ',') AS row_keys,
           string_agg(coalesce(review_money(total), '未填'), ' / ' ORDER BY col_order) AS total_zh,
           string_agg(coalesce(review_money(total), 'not stated'), ' / ' ORDER BY col_order) AS total_en,
           string_agg(review_money(parts), ' / ' ORDER BY col_order) AS parts
    FROM funds
    WHERE review_total_empty(total, parts)
    GROUP BY report_id, table_no
), candidates AS (
    SELECT report_id, table_no, 'total' AS row_kind, where_field, field, row_keys,
           NULL AS total, total_zh, total_en, parts
    FROM funds_empty
    UNION ALL
    SELECT report_id, NULL, NULL, 'income_total', 'income_total', 'income', review_money(income_total), NULL, NULL,
           review_money(coalesce(income_initial, 0) + coalesce(income_adjustment, 0) + coalesce(income_carryover, 0) + coalesce(income_other, 0))
    FROM report
    WHERE review_total_empty(income_total,
                             coalesce(income_initial, 0) + coalesce(income_adjustment, 0) + coalesce(income_carryover, 0) + coalesce(income_other, 0))
    UNION ALL
    SELECT report_id, NULL, NULL, 'expenditure_total', 'expenditure_total', 'expenditure', review_money(expenditure_total), NULL, NULL,
           review_money(coalesce(expenditure_basic, 0) + coalesce(expenditure_project, 0) + coalesce(expenditure_balance, 0))
    FROM report
    WHERE review_total_empty(expenditure_total, coalesce(expenditure_basic, 0) + coalesce(expenditure_project, 0) + coalesce(expenditure_balance, 0))
)
-- total_zh / total_en: the funds row's totals, each column's "未填" / "not stated" in the reader's language
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, row_kind, NULL, NULL, field, row_keys,
       json_object('table', table_no::VARCHAR, 'where', where_field, 'total', total, 'total_zh', total_zh,
                   'total_en', total_en, 'sum', parts)::VARCHAR
FROM candidates
