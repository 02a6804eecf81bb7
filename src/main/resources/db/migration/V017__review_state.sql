-- Finance's review (复核) of the loaded reports: dispositions of findings, corrections of stated
-- figures, re-scores, and each report's review status with its messages. Not part of the report model:
-- a reload of the data folder or a re-import never touches these tables. Rows name a report by
-- unit_code + fiscal_year (whichever version of it is active) and a finding or figure by a key the
-- checks and the report pages share, never by report_id or finding_id, which a reload renumbers. Every
-- table keeps history: a later row for the same key replaces an earlier one as the current state, and
-- the earlier one stays. The current state and its keys are defined in db/views/08_findings.sql and
-- 09_review.sql; docs/review-checks.md describes the workflow.

-- A reviewer's disposition of a finding. finding_key is the macro finding_key(rule_code, row_keys,
-- field). disposition: open (opened again), confirmed (属实（需更正）), dismissed (不是问题, needs a
-- reason), corrected (已更正).
CREATE TABLE finding_disposition (
    disposition_id  BIGINT PRIMARY KEY,
    unit_code       VARCHAR NOT NULL,
    fiscal_year     SMALLINT NOT NULL,
    finding_key     VARCHAR NOT NULL,
    disposition     VARCHAR NOT NULL CHECK (disposition IN ('open', 'confirmed', 'dismissed', 'corrected')),
    reason          VARCHAR,
    decided_by      VARCHAR NOT NULL,
    decided_at      TIMESTAMP NOT NULL,
    CHECK (disposition <> 'dismissed' OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE SEQUENCE finding_disposition_seq;

-- A corrected value for a figure a report states, beside the stated one (which never changes).
-- figure_key names the figure as the report pages do (docs/review-checks.md, "Figure keys"), e.g.
-- expenditure_basic, f0-total:executed, i0-5:score, l0-output:cap, t0:total_score. kind: correction (a
-- figure the report got wrong) or rescore (the reviewer's score of an indicator). stated_value is the
-- value the report stated when the correction was recorded: when a later version states another, the
-- correction wants another look. A NULL corrected_value withdraws the figure's correction.
-- finding_keys: the findings it answers, one finding_key a line.
CREATE TABLE figure_correction (
    correction_id    BIGINT PRIMARY KEY,
    unit_code        VARCHAR NOT NULL,
    fiscal_year      SMALLINT NOT NULL,
    figure_key       VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL CHECK (kind IN ('correction', 'rescore')),
    stated_value     DECIMAL(18,2),
    corrected_value  DECIMAL(18,2),
    reason           VARCHAR NOT NULL CHECK (length(trim(reason)) > 0),
    finding_keys     VARCHAR NOT NULL DEFAULT '',
    recorded_by      VARCHAR NOT NULL,
    recorded_at      TIMESTAMP NOT NULL
);
CREATE SEQUENCE figure_correction_seq;

-- A report's review, as events. kind status: the review moved to status (pending 待审核, in_review 审核中,
-- returned 退回修改 with a message to the unit, reviewed 已复核 with the 复核得分, its grade and the
-- scoring rule set it was proposed under); kind comment: a message on the report (a unit's answer, a
-- reviewer's note). No event means pending.
CREATE TABLE report_review_event (
    event_id        BIGINT PRIMARY KEY,
    unit_code       VARCHAR NOT NULL,
    fiscal_year     SMALLINT NOT NULL,
    kind            VARCHAR NOT NULL CHECK (kind IN ('status', 'comment')),
    status          VARCHAR CHECK (status IN ('pending', 'in_review', 'returned', 'reviewed')),
    reviewed_score  DECIMAL(6,2),
    reviewed_grade  VARCHAR,
    rule_set        VARCHAR,
    message         VARCHAR,
    username        VARCHAR NOT NULL,
    logged_at       TIMESTAMP NOT NULL,
    CHECK ((kind = 'status') = (status IS NOT NULL)),
    CHECK (kind = 'status' OR length(trim(coalesce(message, ''))) > 0)
);
CREATE SEQUENCE report_review_event_seq;
