-- Every figure of one report a correction may name, as stated (view stated_figure, db/views/09_review.sql),
-- for a report the connection may see (scoped_report), in the order of the report.
SELECT s.figure_key, s.table_no, s.row_label, s.field, s.measure, s.value
FROM stated_figure s
JOIN scoped_report r ON r.report_id = s.report_id
WHERE s.unit_code = :unitCode AND s.fiscal_year = :fiscalYear
ORDER BY s.table_no NULLS FIRST, s.figure_key
