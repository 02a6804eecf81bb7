-- A page of the loaded reports to download as a workbook, by unit name and newest year first; only
-- those whose label (unit name · year, as the picker shows it) or unit code holds the search text
-- (:pattern, see SearchText; null for all). The WHERE clause is the same as countReports.sql.
SELECT r.unit_code, u.unit_name, r.fiscal_year
FROM scoped_report r JOIN scoped_unit u ON u.unit_code = r.unit_code
WHERE CAST(:pattern AS VARCHAR) IS NULL
   OR (u.unit_name || ' · ' || r.fiscal_year) ILIKE :pattern ESCAPE '!'
   OR r.unit_code ILIKE :pattern ESCAPE '!'
ORDER BY u.unit_name, r.unit_code, r.fiscal_year DESC
LIMIT :limit OFFSET :offset
