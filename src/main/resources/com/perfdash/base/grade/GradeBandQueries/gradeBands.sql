-- The 等级 bands (table macro grade_band, db/views/03_report_metrics.sql), best first.
SELECT rank, grade, grade_key, lower_bound, upper_bound
FROM grade_band()
ORDER BY rank
