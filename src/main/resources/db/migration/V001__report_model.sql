-- The report model: one row in `report` per unit and fiscal year, with everything that report states.
-- Money is 万元 with two decimals (DECIMAL(18,2)); weights and scores are points (DECIMAL(6,2));
-- percentages as stated in a report are percent values (100.00 = 100 %).
-- A NULL always means "the report does not state it"; 0 means the report says 0.

CREATE TABLE unit (
    unit_code   VARCHAR PRIMARY KEY,          -- stable identifier, also used in URLs
    unit_name   VARCHAR NOT NULL,             -- 预算单位名称 as the report writes it
    category    VARCHAR NOT NULL,             -- 党委部门 / 政府部门 / 街道/镇 / 事业单位 ...
    district    VARCHAR                       -- the district (区) the unit belongs to
);

CREATE TABLE report (
    report_id                  INTEGER PRIMARY KEY,
    unit_code                  VARCHAR NOT NULL,
    fiscal_year                SMALLINT NOT NULL,
    title                      VARCHAR,
    source_kind                VARCHAR NOT NULL CHECK (source_kind IN ('real', 'demo')),
    source_file                VARCHAR NOT NULL, -- the document the figures were taken from
    data_file                  VARCHAR NOT NULL, -- the data file the row was loaded from
    -- 预算收入 (budget income) as stated, 万元
    income_total               DECIMAL(18,2),
    income_initial             DECIMAL(18,2),  -- 年初预算
    income_adjustment          DECIMAL(18,2),  -- 调整追加
    income_carryover           DECIMAL(18,2),  -- 上年结转
    income_other               DECIMAL(18,2),  -- 其他资金
    income_text                VARCHAR,        -- the sentence as written
    -- 支出 (expenditure) as stated, 万元
    expenditure_total          DECIMAL(18,2),
    expenditure_basic          DECIMAL(18,2),  -- 基本支出
    expenditure_project        DECIMAL(18,2),  -- 项目支出
    expenditure_balance        DECIMAL(18,2),  -- 结余结转
    expenditure_text           VARCHAR,
    -- 项目支出绩效情况: the sums the text states for its project groups, 万元
    initial_projects_adjustment DECIMAL(18,2), -- 年中执行调增 of the initial-budget projects
    initial_projects_actual     DECIMAL(18,2), -- their 实际支出
    initial_projects_carryover  DECIMAL(18,2), -- their 结余结转
    midyear_projects_budget     DECIMAL(18,2), -- 年中追加项目 金额
    midyear_projects_actual     DECIMAL(18,2),
    midyear_projects_carryover  DECIMAL(18,2),
    UNIQUE (unit_code, fiscal_year)
);

-- Narrative sections. section: duty (职能, one row per numbered item), performance (整体支出绩效情况),
-- project_performance (项目支出绩效情况), problems (存在的问题及改进措施), other (其他需要说明的情况).
CREATE TABLE report_text (
    report_id   INTEGER NOT NULL,
    section     VARCHAR NOT NULL CHECK (section IN ('duty', 'performance', 'project_performance', 'problems', 'other')),
    seq         SMALLINT NOT NULL,
    body        VARCHAR NOT NULL,
    PRIMARY KEY (report_id, section, seq)
);

-- Projects the report's text lists. kind: initial (年初预算项目) or midyear (年中追加项目).
CREATE TABLE project (
    report_id     INTEGER NOT NULL,
    seq           SMALLINT NOT NULL,
    project_name  VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL CHECK (kind IN ('initial', 'midyear')),
    budget        DECIMAL(18,2),   -- 预算金额, 万元
    actual        DECIMAL(18,2),   -- 实际支出, 万元
    carryover     DECIMAL(18,2),   -- 结余结转, 万元
    purpose       VARCHAR,         -- 主要用于 ...
    PRIMARY KEY (report_id, seq)
);

-- The attached self-evaluation tables: table_no 0 is the whole-unit table (部门整体支出绩效自评表),
-- 1..n the project tables (项目支出绩效自评表).
CREATE TABLE eval_table (
    table_id                 INTEGER PRIMARY KEY,
    report_id                INTEGER NOT NULL,
    table_no                 SMALLINT NOT NULL,
    kind                     VARCHAR NOT NULL CHECK (kind IN ('unit', 'project')),
    project_name             VARCHAR,        -- 专项名称 (project tables)
    spending_direction       VARCHAR,        -- 支出方向名称
    total_investment         DECIMAL(18,2),  -- 项目总投资, 万元
    investment_appropriation DECIMAL(18,2),  -- 其中：财政拨款, 万元
    period                   VARCHAR,        -- 项目总实施期
    funds_weight             DECIMAL(6,2),   -- the 分值 the funds rows carry (normally 10)
    total_weight             DECIMAL(6,2),   -- 总分 as stated (normally 100)
    total_score              DECIMAL(6,2),   -- the total score as stated
    grade                    VARCHAR,        -- 等级 as stated: 优/良/中/差
    UNIQUE (report_id, table_no)
);

-- 年度资金总额 rows. row_kind: total (合计), appropriation (当年财政拨款), carryover (上年结转资金), other (其他资金).
CREATE TABLE funds_row (
    table_id            INTEGER NOT NULL,
    row_kind            VARCHAR NOT NULL CHECK (row_kind IN ('total', 'appropriation', 'carryover', 'other')),
    initial_budget      DECIMAL(18,2),  -- 年初预算数
    full_year_budget    DECIMAL(18,2),  -- 全年预算数
    executed            DECIMAL(18,2),  -- 全年执行数
    weight              DECIMAL(6,2),   -- 分值
    execution_rate_pct  DECIMAL(7,2),   -- 执行率 as stated, percent
    score               DECIMAL(6,2),   -- 得分 as stated
    PRIMARY KEY (table_id, row_kind)
);

-- 年度总体目标: expected (预期目标) beside achieved (实际完成情况).
CREATE TABLE goal (
    table_id  INTEGER NOT NULL,
    seq       SMALLINT NOT NULL,
    expected  VARCHAR,
    achieved  VARCHAR,
    PRIMARY KEY (table_id, seq)
);

-- The level-1 caps a table declares, e.g. 产出指标(50分).
CREATE TABLE indicator_level1 (
    table_id  INTEGER NOT NULL,
    seq       SMALLINT NOT NULL,   -- order of first appearance in the table
    level1    VARCHAR NOT NULL,
    cap       DECIMAL(6,2),        -- NULL where the table states no cap
    PRIMARY KEY (table_id, level1)
);

-- 绩效指标, one row per level-3 indicator, in table order. The *_cmp/_value/_unit columns are parsed
-- from the texts at load time (see measure parsing in the loader); the texts are kept as written.
CREATE TABLE indicator (
    table_id        INTEGER NOT NULL,
    seq             SMALLINT NOT NULL,
    level1          VARCHAR NOT NULL,
    level2          VARCHAR NOT NULL,
    level3          VARCHAR NOT NULL,
    target_text     VARCHAR,           -- 年度指标值
    actual_text     VARCHAR,           -- 实际完成值
    weight          DECIMAL(6,2),      -- 分值
    score           DECIMAL(6,2),      -- 得分
    deviation_note  VARCHAR,           -- 偏差原因分析及改进措施
    target_cmp      VARCHAR,           -- '≥', '≤', '=' where the target text is a single quantity
    target_value    DECIMAL(20,4),
    target_unit     VARCHAR,
    actual_cmp      VARCHAR,
    actual_value    DECIMAL(20,4),
    actual_unit     VARCHAR,
    PRIMARY KEY (table_id, seq)
);

-- One row per load of the data folder (or import), successful or not.
CREATE TABLE load_log (
    load_id      INTEGER PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    source       VARCHAR NOT NULL,   -- folder or file loaded
    fingerprint  VARCHAR,            -- content hash of the files loaded
    outcome      VARCHAR NOT NULL CHECK (outcome IN ('ok', 'failed', 'unchanged')),
    reports      INTEGER,
    message      VARCHAR
);
CREATE SEQUENCE load_log_seq;
