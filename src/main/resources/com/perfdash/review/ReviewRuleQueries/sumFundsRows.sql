-- SUM_FUNDS_ROWS: per table and column (年初预算数, 全年预算数, 全年执行数), the 合计 row vs its parts by
-- kind, where the total is filled and at least one part is. The parts are the sources of the money
-- (当年财政拨款 + 上年结转资金 + 财政专户管理资金 + 单位资金 + 其他资金) when the table states any of them,
-- otherwise its split by use (基本支出 + 项目支出 + 其他): a table that states both splits is summed by source.
-- An empty or zero total is SUM_TOTAL_EMPTY's. Tolerance: 0.01 万元 per sub-row summed.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH cells AS (
    SELECT table_id, row_kind, unnest(['initial_budget', 'full_year_budget', 'executed']) AS col,
           unnest([initial_budget, full_year_budget, executed]) AS amount
    FROM funds_row
), sums AS (
    SELECT table_id, col,
           max(amount) FILTER (WHERE row_kind = 'total')         AS total,
           max(amount) FILTER (WHERE row_kind = 'appropriation') AS appropriation,
           max(amount) FILTER (WHERE row_kind = 'carryover')     AS carryover,
           max(amount) FILTER (WHERE row_kind = 'other')         AS other,
           sum(amount) FILTER (WHERE row_kind IN ('appropriation', 'carryover', 'special_account', 'own', 'other')) AS by_source,
           count(amount) FILTER (WHERE row_kind IN ('appropriation', 'carryover', 'special_account', 'own', 'other')) AS by_source_stated,
           count(amount) FILTER (WHERE row_kind IN ('appropriation', 'carryover', 'special_account', 'own')) AS sources_stated,
           sum(amount) FILTER (WHERE row_kind IN ('basic', 'project', 'other')) AS by_use,
           count(amount) FILTER (WHERE row_kind IN ('basic', 'project', 'other')) AS by_use_stated
    FROM cells GROUP BY table_id, col
), per_column AS (
    SELECT *, CASE WHEN sources_stated > 0 OR by_use_stated = 0 THEN by_source ELSE by_use END AS parts,
           CASE WHEN sources_stated > 0 OR by_use_stated = 0 THEN by_source_stated ELSE by_use_stated END AS stated_parts
    FROM sums
)
SELECT nextval('review_finding_seq'), t.report_id, :code, :severity, t.table_no, 'total', NULL, NULL, c.col,
       concat_ws(',', review_key_funds(t.table_no, 'total'),
                 CASE WHEN c.appropriation IS NOT NULL THEN review_key_funds(t.table_no, 'appropriation') END,
                 CASE WHEN c.carryover IS NOT NULL THEN review_key_funds(t.table_no, 'carryover') END,
                 CASE WHEN c.other IS NOT NULL THEN review_key_funds(t.table_no, 'other') END),
       json_object('table', t.table_no::VARCHAR, 'column', c.col, 'total', review_money(c.total),
                   'appropriation', review_money(c.appropriation), 'carryover', review_money(c.carryover),
                   'other', review_money(c.other), 'sum', review_money(c.parts),
                   'diff', review_money(abs(c.total - c.parts)))::VARCHAR
FROM per_column c
JOIN eval_table t ON t.table_id = c.table_id
WHERE c.total IS NOT NULL AND c.total <> 0
  AND c.stated_parts >= 1
  AND abs(c.total - c.parts) > 0.01 * c.stated_parts
