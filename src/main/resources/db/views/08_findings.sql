-- Review checks: the per-table figures the checks compare, the helpers their findings are written
-- with, and the one selection of findings every count and list reads. The findings themselves are a
-- table (review_finding, V004), filled by the checks inside every load; docs/review-checks.md
-- describes every rule.

-- A total left empty or 0 while its parts hold a non-zero sum (SUM_TOTAL_EMPTY's finding). The one
-- definition: SUM_TOTAL_EMPTY reports it, and the funds rules do not read a rate off such a total.
CREATE OR REPLACE MACRO review_total_empty(total, parts) AS coalesce(total, 0) = 0 AND coalesce(parts, 0) <> 0;

-- Per-table figures the checks compare. The execution rate is the same definition as
-- report_metrics.execution_rate (executed / full-year budget of the 合计 funds row, a fraction),
-- for every table of a report: report_metrics is this view's table_no = 0 row. total_empty: the 合计
-- row is empty or 0 in 全年预算数 or 全年执行数 while its sub-rows are filled there (a 0 / 0 / 0 total over
-- a filled 当年财政拨款 row): SUM_TOTAL_EMPTY says so, once, and a rate read off that total (0 %, or the
-- stated 0) is not the table's execution, so the funds rules leave such a table alone.
CREATE OR REPLACE VIEW eval_table_metrics AS
SELECT
    t.table_id,
    t.report_id,
    t.table_no,
    t.kind,
    t.project_name,
    f.initial_budget                                            AS initial_budget,     -- 年初预算数, 万元
    f.full_year_budget                                          AS full_year_budget,   -- 全年预算数, 万元
    f.executed                                                  AS executed,           -- 全年执行数, 万元
    CASE WHEN f.full_year_budget > 0 THEN f.executed / f.full_year_budget END
                                                                AS execution_rate,     -- fraction, computed
    f.execution_rate_pct                                        AS stated_rate_pct,    -- 执行率 as stated, percent
    coalesce(f.weight, t.funds_weight)                          AS funds_weight,       -- 分值 of the funds rows, points
    f.score                                                     AS funds_score,        -- 得分 of the funds rows, points
    i.indicator_weight                                          AS indicator_weight,   -- sum of indicator 分值, points
    i.indicator_score                                           AS indicator_score,    -- sum of indicator 得分, points
    i.indicators                                                AS indicators,
    t.total_weight                                              AS total_weight,       -- 总分 as stated, points
    t.total_score                                               AS total_score,        -- total score as stated, points
    t.grade                                                     AS grade,
    coalesce(review_total_empty(f.full_year_budget, p.full_year_budget)
             OR review_total_empty(f.executed, p.executed), false) AS total_empty
FROM eval_table t
LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
LEFT JOIN (
    SELECT table_id, sum(full_year_budget) AS full_year_budget, sum(executed) AS executed
    FROM funds_row WHERE row_kind <> 'total' GROUP BY table_id
) p ON p.table_id = t.table_id
LEFT JOIN (
    SELECT table_id, sum(weight) AS indicator_weight, sum(score) AS indicator_score, count(*) AS indicators
    FROM indicator GROUP BY table_id
) i ON i.table_id = t.table_id;

-- The usual scheme of 100 points, the one place it is defined: funds 10, 产出指标 50, 效益指标 30,
-- 满意度指标 10 (10/50/30/10, the national forms' printed caps). WEIGHT_USUAL_CAP checks a table that
-- declares no scheme of its own against it. A level-1 indicator is matched by its core word (core, in
-- its name: 产出指标, 产出 指标, 社会效益指标 …); one named by none of them (成本指标, 效果指标) has no usual cap.
-- part: 'funds' (the funds rows) or 'level1'; seq: the order the scheme is written in.
CREATE OR REPLACE MACRO review_usual_scheme() AS TABLE
SELECT * FROM (VALUES (0, 'funds', NULL, 10), (1, 'level1', '产出', 50), (2, 'level1', '效益', 30), (3, 'level1', '满意度', 10))
    s(seq, part, core, points);

-- Formatting of the figures a finding quotes: money as 万元 with two decimals, points without
-- trailing zeros (92, 9.5), percent values with one decimal.
CREATE OR REPLACE MACRO review_money(x) AS CAST(CAST(x AS DECIMAL(18,2)) AS VARCHAR);
CREATE OR REPLACE MACRO review_points(x) AS
    CASE WHEN x IS NULL THEN NULL
         ELSE regexp_replace(regexp_replace(CAST(CAST(x AS DECIMAL(18,2)) AS VARCHAR), '0+$', ''), '\.$', '') END;
CREATE OR REPLACE MACRO review_pct(x) AS CASE WHEN x IS NULL THEN NULL ELSE printf('%.1f', x) END;

-- Row keys, as the report pages of the unit drill-down read them in ?highlight= (com.perfdash.units.RowKeys):
-- income, expenditure, p<seq> (a listed project), f<no>-<row_kind> (a funds row), i<no>-<seq> (an
-- indicator); and two the pages do not mark yet: projects (the project section's sums) and t<no> (a
-- table's totals). docs/review-checks.md lists them.
CREATE OR REPLACE MACRO review_key_table(table_no) AS 't' || CAST(table_no AS VARCHAR);
CREATE OR REPLACE MACRO review_key_funds(table_no, row_kind) AS 'f' || CAST(table_no AS VARCHAR) || '-' || row_kind;
CREATE OR REPLACE MACRO review_key_indicator(table_no, seq) AS 'i' || CAST(table_no AS VARCHAR) || '-' || CAST(seq AS VARCHAR);
CREATE OR REPLACE MACRO review_key_project(seq) AS 'p' || CAST(seq AS VARCHAR);

-- A deviation note that says nothing ("", "无", "/", "—") counts as no note.
CREATE OR REPLACE MACRO review_no_note(note) AS
    regexp_full_match(coalesce(note, ''), '[\s/／\\\-—–无暂无]*');

-- finding_key and finding_disposition_current (a finding's key and its current disposition) are
-- defined in 03_report_metrics.sql, where the reviewed metrics read them.

-- The review findings a filter selects, in one place for every query of the review page and the
-- drill-down (com/perfdash/review/ReviewQueries/*.sql): a NULL part of the filter matches any. Each
-- finding comes with its report's unit and fiscal year, read through scoped_report (01_data_scope.sql), so a unit
-- user's connection sees that unit's findings only; with its key (finding_key) and its current
-- disposition (open when nobody has disposed of it), which p_disposition may select.
CREATE OR REPLACE MACRO matching_findings(p_rule, p_unit, p_year, p_severity, p_disposition := NULL) AS TABLE
SELECT f.*, r.unit_code, r.fiscal_year, finding_key(f.rule_code, f.row_keys, f.field) AS finding_key,
       coalesce(d.disposition, 'open') AS disposition,
       d.reason                        AS disposition_reason,
       d.decided_by                    AS disposition_by,
       d.decided_at                    AS disposition_at
FROM review_finding f
JOIN scoped_report r ON r.report_id = f.report_id
LEFT JOIN finding_disposition_current d
       ON d.unit_code = r.unit_code AND d.fiscal_year = r.fiscal_year AND d.finding_key = finding_key(f.rule_code, f.row_keys, f.field)
WHERE (p_rule IS NULL OR f.rule_code = p_rule)
  AND (p_unit IS NULL OR r.unit_code = p_unit)
  AND (p_year IS NULL OR r.fiscal_year = p_year)
  AND (p_severity IS NULL OR f.severity = p_severity)
  AND (p_disposition IS NULL OR coalesce(d.disposition, 'open') = p_disposition);
