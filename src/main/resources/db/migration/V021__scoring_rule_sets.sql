-- Scoring rule sets (评分规则): the rules a province's platform applies on top of the national scoring,
-- as data, and the rule set each district (unit.district) is reviewed under. The review checks read
-- them (SCORE_OVER_EXEC_CAP, ATTAIN_OVER_TARGET) and so does the proposed 复核得分; the rule set a
-- report was reviewed under is stored with its review (report_review_event.rule_set, V017). How they
-- are read is defined in db/views/09_review.sql; docs/review-checks.md, "Scoring rule sets",
-- says how to add one.

-- One rule set. is_default: the rule set of every district that never chose one (exactly one row).
-- over_target_pct: a completed value this many percent or more above its quantitative target counts
-- as a deviation that loses points unless a deviation note explains it; NULL: not applied.
CREATE TABLE scoring_rule_set (
    code             VARCHAR PRIMARY KEY,
    name_zh          VARCHAR NOT NULL,
    name_en          VARCHAR NOT NULL,
    description_zh   VARCHAR NOT NULL,
    description_en   VARCHAR NOT NULL,
    is_default       BOOLEAN NOT NULL DEFAULT false,
    over_target_pct  DECIMAL(6,2) CHECK (over_target_pct > 0)
);

-- An execution-rate cap on the total score of a rule set: where the execution rate (全年执行数 ÷ 全年预算数
-- of a table's 合计 funds row, in percent) is at least rate_from_pct (NULL: from 0) and below
-- rate_below_pct, the total score (on a scale of 100) is at most max_total_score. Bands of one rule set
-- do not overlap; where they did, the lowest cap would hold.
CREATE TABLE scoring_rule_cap (
    rule_set         VARCHAR NOT NULL,
    rate_from_pct    DECIMAL(6,2) CHECK (rate_from_pct >= 0),
    rate_below_pct   DECIMAL(6,2) NOT NULL CHECK (rate_below_pct > 0),
    max_total_score  DECIMAL(6,2) NOT NULL CHECK (max_total_score BETWEEN 0 AND 100),
    PRIMARY KEY (rule_set, rate_below_pct),
    CHECK (rate_from_pct IS NULL OR rate_from_pct < rate_below_pct)
);

-- The rule set a district is reviewed under, as events: the latest row of a district is its choice,
-- the earlier ones its history; a district without a row has the default rule set.
CREATE TABLE district_rule_set (
    choice_id   BIGINT PRIMARY KEY,
    district    VARCHAR NOT NULL,
    rule_set    VARCHAR NOT NULL,
    chosen_by   VARCHAR NOT NULL,
    chosen_at   TIMESTAMP NOT NULL
);
CREATE SEQUENCE district_rule_set_seq;

INSERT INTO scoring_rule_set VALUES
    ('national', '全国默认', 'National default',
     '按全国统一的自评办法评分：总分不因执行率封顶，超额完成不视为偏差。',
     'The national self-evaluation scoring: no execution-rate caps on the total, exceeding a target is no deviation.',
     true, NULL),
    ('exec_cap', '执行率封顶', 'Execution-rate caps',
     '省级平台的做法：执行率 70%–80% 总分不超过 89 分，60%–70% 不超过 79 分，50%–60% 不超过 69 分，低于 50% 不超过 59 分；实际完成值超出年度指标值 30% 及以上视为偏差，未说明原因的应扣分。',
     'As provincial platforms score: an execution rate of 70–80 % caps the total at 89, 60–70 % at 79, 50–60 % at 69, below 50 % at 59; a completed value 30 % or more above its target is a deviation and loses points unless a deviation note explains it.',
     false, 30);

INSERT INTO scoring_rule_cap VALUES
    ('exec_cap', 70, 80, 89),
    ('exec_cap', 60, 70, 79),
    ('exec_cap', 50, 60, 69),
    ('exec_cap', NULL, 50, 59);
