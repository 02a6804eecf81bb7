-- The current corrections of one report's figures, or of every report when :unitCode is NULL, beside
-- what the report states now (table macro figure_corrections, db/views/09_review.sql), for the
-- reports the connection may see.
SELECT c.unit_code, c.fiscal_year, c.figure_key, c.kind, c.stated_value, c.corrected_value, c.reason, c.finding_keys,
       c.recorded_by, c.recorded_at, c.table_no, c.row_label, c.field, c.measure, c.stated_now, c.needs_another_look
FROM figure_corrections(CAST(:unitCode AS VARCHAR), CAST(:fiscalYear AS INTEGER)) c
WHERE (getvariable('scope_unit') IS NULL OR c.unit_code = getvariable('scope_unit'))
ORDER BY c.unit_code, c.fiscal_year, c.table_no NULLS FIRST, c.figure_key
