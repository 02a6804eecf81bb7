-- Funds rows as a report prints them, and amounts as stated.
--
-- Real 自评表 print more funds rows than our template's four: a split by use (基本支出 / 项目支出,
-- Guizhou's township form), Sichuan's five-row block (财政资金, 财政专户管理资金, 单位资金, 其他资金),
-- Hunan's two splits side by side. Every row is kept with its label as printed (row_label; NULL where
-- a data set states none, e.g. our own CSV bundles) and a normalised kind the checks work on:
--   total            合计 / 年度资金总额 / 总额
--   appropriation    当年财政拨款 / 本年财政拨款 / 财政资金 / 一般公共预算
--   carryover        上年结转资金
--   other            其他资金 / 其他
--   basic            基本支出
--   project          项目支出
--   special_account  财政专户管理资金 / 纳入专户管理的非税收入拨款
--   own              单位资金
-- A kind appears at most once per table (the review keys f<table>-<kind> name a row by it). seq is the
-- order the table prints its rows in (the order of the data set's funds_rows.csv).
--
-- Amounts are kept exactly as stated, up to four decimals: Anhui's tables print 89.974 万元, and an
-- amount printed in 元 is 万元 with four decimals. Pages still show 万元 with two.
CREATE TABLE funds_row_v023 (
    table_id            INTEGER NOT NULL,
    row_kind            VARCHAR NOT NULL CHECK (row_kind IN ('total', 'appropriation', 'carryover', 'other',
                                                             'basic', 'project', 'special_account', 'own')),
    row_label           VARCHAR,         -- the row's label as printed: "其中:本年财政拨款"
    seq                 SMALLINT NOT NULL,
    initial_budget      DECIMAL(18,4),   -- 年初预算数
    full_year_budget    DECIMAL(18,4),   -- 全年预算数
    executed            DECIMAL(18,4),   -- 全年执行数
    weight              DECIMAL(6,2),    -- 分值
    execution_rate_pct  DECIMAL(7,2),    -- 执行率 as stated, percent
    score               DECIMAL(6,2),    -- 得分 as stated
    PRIMARY KEY (table_id, row_kind)
);
INSERT INTO funds_row_v023 (table_id, row_kind, seq, initial_budget, full_year_budget, executed, weight, execution_rate_pct, score)
SELECT table_id, row_kind,
       row_number() OVER (PARTITION BY table_id ORDER BY list_position(['total', 'appropriation', 'carryover', 'other'], row_kind)),
       initial_budget, full_year_budget, executed, weight, execution_rate_pct, score
FROM funds_row;
DROP TABLE funds_row;
ALTER TABLE funds_row_v023 RENAME TO funds_row;

ALTER TABLE report ALTER COLUMN income_total TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN income_initial TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN income_adjustment TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN income_carryover TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN income_other TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN expenditure_total TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN expenditure_basic TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN expenditure_project TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN expenditure_balance TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN initial_projects_adjustment TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN initial_projects_actual TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN initial_projects_carryover TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN midyear_projects_budget TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN midyear_projects_actual TYPE DECIMAL(18,4);
ALTER TABLE report ALTER COLUMN midyear_projects_carryover TYPE DECIMAL(18,4);
ALTER TABLE project ALTER COLUMN budget TYPE DECIMAL(18,4);
ALTER TABLE project ALTER COLUMN actual TYPE DECIMAL(18,4);
ALTER TABLE project ALTER COLUMN carryover TYPE DECIMAL(18,4);
ALTER TABLE eval_table ALTER COLUMN total_investment TYPE DECIMAL(18,4);
ALTER TABLE eval_table ALTER COLUMN investment_appropriation TYPE DECIMAL(18,4);
-- a correction keeps the figure as stated beside what finance corrected it to, both exact
ALTER TABLE figure_correction ALTER COLUMN stated_value TYPE DECIMAL(18,4);
ALTER TABLE figure_correction ALTER COLUMN corrected_value TYPE DECIMAL(18,4);

-- A unit-year assembled from several files (replace_model.sql): the file each table came from, and the
-- versions that only add project tables to a report loaded from another version.
ALTER TABLE eval_table ADD COLUMN data_set VARCHAR;      -- seed, demo, imports/<batch>
ALTER TABLE eval_table ADD COLUMN source_file VARCHAR;   -- the uploaded file's name (reports.source_file)
ALTER TABLE report_version ADD COLUMN adds_tables BOOLEAN DEFAULT false;
