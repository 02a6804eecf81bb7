-- One event of a report's review (report_review_event, V017); the grade is the score's by the official
-- bands (score_grade, db/views/03_report_metrics.sql), stored with the review.
INSERT INTO report_review_event (event_id, unit_code, fiscal_year, kind, status, reviewed_score, reviewed_grade, rule_set,
                                 message, username, logged_at)
VALUES (nextval('report_review_event_seq'), :unitCode, :fiscalYear, :kind, :status, :score,
        score_grade(CAST(:score AS DECIMAL(6,2))), :ruleSet, :message, :by, :at)
