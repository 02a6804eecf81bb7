-- How many reports reports.sql lists; the same WHERE clause.
SELECT count(*)
FROM scoped_report r JOIN scoped_unit u ON u.unit_code = r.unit_code
WHERE CAST(:pattern AS VARCHAR) IS NULL
   OR (u.unit_name || ' · ' || r.fiscal_year) ILIKE :pattern ESCAPE '!'
   OR r.unit_code ILIKE :pattern ESCAPE '!'
