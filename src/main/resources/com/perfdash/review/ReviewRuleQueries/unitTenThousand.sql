-- UNIT_TEN_THOUSAND: an amount off by 10⁴ against the rest of the report — 元 written where 万元 is
-- meant. Two patterns:
--  (a) two figures that each state the unit's whole budget or spending (预算收入, 支出, and the
--      whole-unit table's 合计 年初预算数 / 全年预算数 / 全年执行数) differ by a factor between 8,000
--      and 12,500: the larger one is reported, against the figure closest to a factor of 10⁴;
--  (b) a part (an income or expenditure part, a listed project, a project-section sum, a funds row of
--      any table) is at least 10 times the smallest whole figure, yet read as 元 it fits inside it.
--      Ten times, not just "larger": a part only slightly above its total is SUM_PART_EXCEEDS_TOTAL's;
--  (c) a project table's 项目总投资 (or its 财政拨款) is 8,000 to 12,500 times the table's own 全年预算数.
--      Only that: a multi-year project may well cost more than a year's budget, but not 10⁴ times.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH wholes AS (
    SELECT report_id, NULL::SMALLINT AS table_no, NULL AS row_kind, 'income_total' AS field, 'income' AS row_key,
           income_total AS amount FROM report
    UNION ALL
    SELECT report_id, NULL, NULL, 'expenditure_total', 'expenditure', expenditure_total FROM report
    UNION ALL
    SELECT t.report_id, t.table_no, 'total', 'funds.total.' || c.col, review_key_funds(t.table_no, 'total'), c.amount
    FROM (SELECT table_id, unnest(['initial_budget', 'full_year_budget', 'executed']) AS col,
                 unnest([initial_budget, full_year_budget, executed]) AS amount
          FROM funds_row WHERE row_kind = 'total') c
    JOIN eval_table t ON t.table_id = c.table_id AND t.table_no = 0
), parts AS (
    SELECT report_id, NULL::SMALLINT AS table_no, NULL AS row_kind, NULL::SMALLINT AS project_seq,
           unnest(['income_initial', 'income_adjustment', 'income_carryover', 'income_other']) AS field,
           'income' AS row_key,
           unnest([income_initial, income_adjustment, income_carryover, income_other]) AS amount
    FROM report
    UNION ALL
    SELECT report_id, NULL, NULL, NULL, unnest(['expenditure_basic', 'expenditure_project', 'expenditure_balance']),
           'expenditure', unnest([expenditure_basic, expenditure_project, expenditure_balance])
    FROM report
    UNION ALL
    SELECT report_id, NULL, NULL, NULL,
           unnest(['initial_projects_adjustment', 'initial_projects_actual', 'initial_projects_carryover',
                   'midyear_projects_budget', 'midyear_projects_actual', 'midyear_projects_carryover']),
           'projects',
           unnest([initial_projects_adjustment, initial_projects_actual, initial_projects_carryover,
                   midyear_projects_budget, midyear_projects_actual, midyear_projects_carryover])
    FROM report
    UNION ALL
    SELECT report_id, NULL, NULL, seq, unnest(['project.' || seq || '.budget', 'project.' || seq || '.actual',
                                              'project.' || seq || '.carryover']),
           review_key_project(seq), unnest([budget, actual, carryover])
    FROM project
    UNION ALL
    SELECT t.report_id, t.table_no, f.row_kind, NULL,
           unnest(['funds.' || f.row_kind || '.initial_budget', 'funds.' || f.row_kind || '.full_year_budget',
                   'funds.' || f.row_kind || '.executed']),
           review_key_funds(t.table_no, f.row_kind), unnest([f.initial_budget, f.full_year_budget, f.executed])
    FROM funds_row f JOIN eval_table t ON t.table_id = f.table_id
    WHERE t.table_no <> 0 OR f.row_kind <> 'total'
), smallest AS (
    -- the field and its row key from the same row; among equal amounts (a report often states its whole
    -- budget three times alike) the first field by name, so every run names the same one
    SELECT report_id, s.ref.field AS field, s.ref.row_key AS row_key, s.amount
    FROM (SELECT report_id, min(amount) AS amount,
                 arg_min({'field': field, 'row_key': row_key}, {'amount': amount, 'field': field}) AS ref
          FROM wholes WHERE amount > 0 GROUP BY report_id) s
), found AS (
    SELECT a.report_id, a.table_no, a.row_kind, NULL::SMALLINT AS project_seq, a.field, a.row_key, a.amount,
           b.field AS ref_field, b.row_key AS ref_key, b.amount AS ref_amount
    FROM wholes a JOIN wholes b ON b.report_id = a.report_id AND b.amount > 0
    WHERE a.amount / b.amount BETWEEN 8000 AND 12500
    UNION ALL
    SELECT p.report_id, p.table_no, p.row_kind, p.project_seq, p.field, p.row_key, p.amount, s.field, s.row_key, s.amount
    FROM parts p JOIN smallest s ON s.report_id = p.report_id
    WHERE p.amount >= 10 * s.amount AND p.amount / 10000 <= s.amount * 1.01 + 0.01
    UNION ALL
    SELECT m.report_id, m.table_no, NULL, NULL, c.col, review_key_table(m.table_no), c.amount,
           'funds.total.full_year_budget', review_key_funds(m.table_no, 'total'), m.full_year_budget
    FROM (SELECT table_id, unnest(['total_investment', 'investment_appropriation']) AS col,
                 unnest([total_investment, investment_appropriation]) AS amount
          FROM eval_table WHERE kind = 'project') c
    JOIN eval_table_metrics_run m ON m.table_id = c.table_id
    WHERE m.full_year_budget > 0 AND c.amount / m.full_year_budget BETWEEN 8000 AND 12500
), ranked AS (
    SELECT *, row_number() OVER (PARTITION BY report_id, table_no, field ORDER BY abs(amount / ref_amount - 10000), ref_field) AS nth
    FROM found
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, row_kind, NULL, project_seq,
       regexp_replace(field, '^.*\.', ''), row_key || ',' || ref_key,
       json_object('table', table_no::VARCHAR, 'field', field, 'amount', review_money(amount),
                   'ref', ref_field, 'ref_amount', review_money(ref_amount),
                   'ratio', CAST(CAST(round(amount / ref_amount) AS BIGINT) AS VARCHAR), 'as_wan', review_money(amount / 10000))::VARCHAR
FROM ranked
WHERE nth = 1
