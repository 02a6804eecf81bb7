-- The scoring rule set one report is reviewed under (view report_rule_set, db/views/09_review.sql), or the
-- default where the report is not loaded.
SELECT coalesce((SELECT rule_set FROM report_rule_set WHERE unit_code = :unitCode AND fiscal_year = :fiscalYear),
                default_rule_set())
