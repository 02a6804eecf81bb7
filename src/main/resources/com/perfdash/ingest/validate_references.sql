-- The rows under a report or table: references to their parent in the same data set, and uniqueness within it.
-- Runs after validate_keys.sql has passed, so each report key is unique here. Each row: file, row, column,
-- the LoadText constant and its arguments.

-- children of a report
SELECT c._file, c._row, 'fiscal_year', 'REPORT_NOT_FOUND', [c.unit_code, c.fiscal_year]
FROM stg_report_texts c ANTI JOIN stg_reports r ON r._set = c._set AND r.unit_code = c.unit_code AND r.fiscal_year::INTEGER = c.fiscal_year::INTEGER
UNION ALL
SELECT c._file, c._row, 'fiscal_year', 'REPORT_NOT_FOUND', [c.unit_code, c.fiscal_year]
FROM stg_projects c ANTI JOIN stg_reports r ON r._set = c._set AND r.unit_code = c.unit_code AND r.fiscal_year::INTEGER = c.fiscal_year::INTEGER
UNION ALL
SELECT c._file, c._row, 'fiscal_year', 'REPORT_NOT_FOUND', [c.unit_code, c.fiscal_year]
FROM stg_eval_tables c ANTI JOIN stg_reports r ON r._set = c._set AND r.unit_code = c.unit_code AND r.fiscal_year::INTEGER = c.fiscal_year::INTEGER

-- children of a table
UNION ALL
SELECT c._file, c._row, 'table_no', 'TABLE_NOT_FOUND', [c.table_no, c.unit_code, c.fiscal_year]
FROM stg_funds_rows c ANTI JOIN stg_eval_tables t
  ON t._set = c._set AND t.unit_code = c.unit_code AND t.fiscal_year::INTEGER = c.fiscal_year::INTEGER AND t.table_no::INTEGER = c.table_no::INTEGER
UNION ALL
SELECT c._file, c._row, 'table_no', 'TABLE_NOT_FOUND', [c.table_no, c.unit_code, c.fiscal_year]
FROM stg_goals c ANTI JOIN stg_eval_tables t
  ON t._set = c._set AND t.unit_code = c.unit_code AND t.fiscal_year::INTEGER = c.fiscal_year::INTEGER AND t.table_no::INTEGER = c.table_no::INTEGER
UNION ALL
SELECT c._file, c._row, 'table_no', 'TABLE_NOT_FOUND', [c.table_no, c.unit_code, c.fiscal_year]
FROM stg_indicators c ANTI JOIN stg_eval_tables t
  ON t._set = c._set AND t.unit_code = c.unit_code AND t.fiscal_year::INTEGER = c.fiscal_year::INTEGER AND t.table_no::INTEGER = c.table_no::INTEGER

-- table rules
UNION ALL
SELECT _file, _row, 'kind', 'TABLE_ZERO_KIND', []::VARCHAR[]
FROM stg_eval_tables WHERE (table_no::INTEGER = 0) <> (kind = 'unit')
UNION ALL
SELECT _file, _row, 'project_name', 'PROJECT_NAME_REQUIRED', []::VARCHAR[]
FROM stg_eval_tables WHERE kind = 'project' AND project_name IS NULL
UNION ALL
SELECT _file, _row, 'table_no', 'TABLE_NO_NEGATIVE', []::VARCHAR[] FROM stg_eval_tables WHERE table_no::INTEGER < 0

-- uniqueness within a report or table (the larger files number only the rows of keys that repeat)
UNION ALL
SELECT _file, _row, 'table_no', 'TABLE_TWICE', [table_no, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, table_no::INTEGER ORDER BY _file, _row) AS n
      FROM stg_eval_tables) WHERE n > 1
UNION ALL
SELECT _file, _row, 'row_kind', 'ROW_KIND_TWICE', [row_kind, table_no, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, table_no::INTEGER, row_kind ORDER BY _file, _row) AS n
      FROM stg_funds_rows s
      SEMI JOIN (SELECT _set, unit_code, fiscal_year::INTEGER AS y, table_no::INTEGER AS t, row_kind FROM stg_funds_rows
                 GROUP BY ALL HAVING count(*) > 1) d
        ON d._set = s._set AND d.unit_code = s.unit_code AND d.y = s.fiscal_year::INTEGER AND d.t = s.table_no::INTEGER
       AND d.row_kind = s.row_kind) WHERE n > 1
UNION ALL
SELECT _file, _row, 'seq', 'TEXT_SEQ_TWICE', [seq, section, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, section, seq::INTEGER ORDER BY _file, _row) AS n
      FROM stg_report_texts s
      SEMI JOIN (SELECT _set, unit_code, fiscal_year::INTEGER AS y, section, seq::INTEGER AS q FROM stg_report_texts
                 GROUP BY ALL HAVING count(*) > 1) d
        ON d._set = s._set AND d.unit_code = s.unit_code AND d.y = s.fiscal_year::INTEGER AND d.section = s.section
       AND d.q = s.seq::INTEGER) WHERE n > 1
UNION ALL
SELECT _file, _row, 'seq', 'PROJECT_SEQ_TWICE', [seq, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, seq::INTEGER ORDER BY _file, _row) AS n
      FROM stg_projects) WHERE n > 1
UNION ALL
SELECT _file, _row, 'seq', 'GOAL_SEQ_TWICE', [seq, table_no, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, table_no::INTEGER, seq::INTEGER ORDER BY _file, _row) AS n
      FROM stg_goals) WHERE n > 1
UNION ALL
SELECT _file, _row, 'seq', 'INDICATOR_SEQ_TWICE', [seq, table_no, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, table_no::INTEGER, seq::INTEGER ORDER BY _file, _row) AS n
      FROM stg_indicators s
      SEMI JOIN (SELECT _set, unit_code, fiscal_year::INTEGER AS y, table_no::INTEGER AS t, seq::INTEGER AS q FROM stg_indicators
                 GROUP BY ALL HAVING count(*) > 1) d
        ON d._set = s._set AND d.unit_code = s.unit_code AND d.y = s.fiscal_year::INTEGER AND d.t = s.table_no::INTEGER
       AND d.q = s.seq::INTEGER) WHERE n > 1
UNION ALL
SELECT _file, _row, 'level1_cap', 'LEVEL1_CAPS_DIFFER', [level1, table_no, unit_code, fiscal_year]
FROM (SELECT *, row_number() OVER (PARTITION BY _set, unit_code, fiscal_year::INTEGER, table_no::INTEGER, level1 ORDER BY _file, _row) AS n
      FROM stg_indicators s
      SEMI JOIN (SELECT _set, unit_code, fiscal_year::INTEGER AS y, table_no::INTEGER AS t, level1 FROM stg_indicators
                 GROUP BY ALL HAVING count(DISTINCT coalesce(level1_cap::DECIMAL(6,2), -1)) > 1) d
        ON d._set = s._set AND d.unit_code = s.unit_code AND d.y = s.fiscal_year::INTEGER AND d.t = s.table_no::INTEGER
       AND d.level1 = s.level1) WHERE n > 1
