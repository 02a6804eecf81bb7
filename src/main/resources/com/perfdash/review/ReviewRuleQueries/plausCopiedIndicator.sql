-- PLAUS_COPIED_INDICATOR: an indicator row of a table that repeats, character for character (spaces
-- aside), the level-3 name, target and actual of a row of an earlier table of the same report, where
-- the figure depends on what the table is about:
--  * an absolute quantity (an amount or a count), copied between tables that concern different funds
--    (full-year budgets more than 1 % apart, or one unknown);
--  * a percentage measured for the whole unit (table 0) and repeated in a project table, unless it is
--    100 % (everything done is a natural result everywhere).
-- Texts and dates are not compared: "2020年1月-12月" or "持续保持" repeat naturally. Percentages shared
-- by two project tables neither (the same satisfaction survey often covers both).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH figures AS (
    SELECT t.report_id, t.table_no, i.seq, i.level3, i.target_text, i.actual_text, m.full_year_budget,
           coalesce(i.target_unit, '') IN ('%', '％', '百分比', '个百分点', '百分点') AS is_percent,
           coalesce(i.actual_value = 100 AND i.actual_unit IN ('%', '％', '百分比'), false) AS all_done,
           regexp_replace(i.level3, '\s+', '', 'g')                     AS k_level3,
           regexp_replace(coalesce(i.target_text, ''), '\s+', '', 'g') AS k_target,
           regexp_replace(coalesce(i.actual_text, ''), '\s+', '', 'g') AS k_actual
    FROM indicator i
    JOIN eval_table t ON t.table_id = i.table_id
    JOIN eval_table_metrics_run m ON m.table_id = i.table_id
    WHERE i.target_value IS NOT NULL AND i.target_value <> 0
), copies AS (
    SELECT b.*, a.table_no AS source_table, a.seq AS source_seq, a.full_year_budget AS source_budget,
           row_number() OVER (PARTITION BY b.report_id, b.table_no, b.seq ORDER BY a.table_no, a.seq) AS nth
    FROM figures b
    JOIN figures a ON a.report_id = b.report_id AND a.table_no < b.table_no
                  AND a.k_level3 = b.k_level3 AND a.k_target = b.k_target AND a.k_actual = b.k_actual
    WHERE CASE WHEN b.is_percent THEN a.table_no = 0 AND NOT b.all_done
               ELSE a.full_year_budget IS NULL OR b.full_year_budget IS NULL
                    OR abs(a.full_year_budget - b.full_year_budget) > 0.01 * greatest(a.full_year_budget, b.full_year_budget)
          END
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, NULL, seq, NULL, 'level3',
       review_key_indicator(table_no, seq) || ',' || review_key_indicator(source_table, source_seq),
       json_object('table', table_no::VARCHAR, 'level3', level3, 'target', target_text, 'actual', actual_text,
                   'source_table', source_table::VARCHAR, 'source_seq', source_seq::VARCHAR,
                   'budget', review_money(full_year_budget), 'source_budget', review_money(source_budget))::VARCHAR
FROM copies
WHERE nth = 1
