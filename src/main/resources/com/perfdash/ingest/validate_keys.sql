-- Units and reports: their keys and references. Each row: file, row, column, the LoadText
-- constant and its arguments.
-- A unit or unit-year may appear once per group (the data folder, or one import batch); a later
-- group supersedes an earlier one. A report's unit must be declared in its own or an earlier data set.
-- Runs only after every value has passed its type check, so the casts below cannot fail.

-- unit_code must be usable in a URL
SELECT _file, _row, 'unit_code', 'BAD_UNIT_CODE', [unit_code]
FROM stg_units WHERE NOT regexp_full_match(unit_code, '[A-Za-z0-9_-]+')
UNION ALL
SELECT _file, _row, 'unit_code', 'UNIT_TWICE', [unit_code, first_file, first_row::VARCHAR]
FROM (SELECT *, first_value(_file) OVER w AS first_file, first_value(_row) OVER w AS first_row,
             row_number() OVER w AS n
      FROM stg_units WINDOW w AS (PARTITION BY _group, unit_code ORDER BY _file, _row)) WHERE n > 1
UNION ALL
SELECT _file, _row, 'fiscal_year', 'YEAR_OUT_OF_RANGE', [fiscal_year]
FROM stg_reports WHERE fiscal_year::INTEGER NOT BETWEEN 2000 AND 2100
UNION ALL
SELECT r._file, r._row, 'unit_code', 'UNIT_NOT_DECLARED', [r.unit_code]
FROM stg_reports r ANTI JOIN stg_units u ON u.unit_code = r.unit_code AND (u._group = r._group OR u._order < r._order)
UNION ALL
SELECT _file, _row, 'fiscal_year', 'REPORT_TWICE', [unit_code, fiscal_year, first_file, first_row::VARCHAR]
FROM (SELECT *, first_value(_file) OVER w AS first_file, first_value(_row) OVER w AS first_row, row_number() OVER w AS n
      FROM stg_reports WINDOW w AS (PARTITION BY _group, unit_code, fiscal_year::INTEGER ORDER BY _file, _row)) WHERE n > 1
