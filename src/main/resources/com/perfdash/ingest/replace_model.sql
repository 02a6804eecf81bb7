-- Replaces the whole report model with the validated staging tables. Runs inside one transaction.
-- Report and table ids are assigned in a fixed order (unit code, fiscal year, table number), so the
-- same files always give the same ids. Per unit-year the report of the latest data set counts (an
-- import batch supersedes the data folder and earlier batches); every version is kept in
-- report_version. The tables are empty when it starts: DataLoader empties them (MODEL_TABLES, by
-- com.perfdash.base.db.WholeTables, which keeps the file from growing over reloads).
--
-- A unit-year may arrive in parts: a unit publishes its whole-unit report and each project table as a
-- file of its own, and they are imported one by one. A version that states only project tables (no
-- whole-unit table, no text, no listed project, no amount of the report's own) adds them to the
-- unit-year instead of replacing it: the report is the latest version that states more (else the
-- latest version), and each project table is the latest version's of that project (project_key of its
-- 项目名称 or 支出方向), wherever it came from. A table keeps its place: the report's own first, then
-- those added, in the order they arrived (all in the order they arrived when every version is only
-- project tables); a table that replaces another takes its number.

INSERT INTO unit (unit_code, unit_name, category, district)
SELECT unit_code, unit_name, category, district FROM stg_units
QUALIFY row_number() OVER (PARTITION BY unit_code ORDER BY _order DESC) = 1;

CREATE OR REPLACE TEMP TABLE map_version AS
WITH tables AS (
    SELECT _set, unit_code, fiscal_year::SMALLINT AS fiscal_year, bool_or(kind = 'unit') AS whole_unit_table
    FROM stg_eval_tables GROUP BY ALL
), texts AS (
    SELECT DISTINCT _set, unit_code, fiscal_year::SMALLINT AS fiscal_year FROM stg_report_texts
), listed AS (
    SELECT DISTINCT _set, unit_code, fiscal_year::SMALLINT AS fiscal_year FROM stg_projects
)
SELECT s._set, s._order, s.unit_code, s.fiscal_year::SMALLINT AS fiscal_year,
       t._set IS NOT NULL AND NOT t.whole_unit_table AND x._set IS NULL AND l._set IS NULL
       AND coalesce(s.income_total, s.income_initial, s.income_adjustment, s.income_carryover, s.income_other,
                    s.income_text, s.expenditure_total, s.expenditure_basic, s.expenditure_project,
                    s.expenditure_balance, s.expenditure_text, s.initial_projects_adjustment,
                    s.initial_projects_actual, s.initial_projects_carryover, s.midyear_projects_budget,
                    s.midyear_projects_actual, s.midyear_projects_carryover) IS NULL AS tables_only
FROM stg_reports s
LEFT JOIN tables t ON t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT
LEFT JOIN texts x ON x._set = s._set AND x.unit_code = s.unit_code AND x.fiscal_year = s.fiscal_year::SMALLINT
LEFT JOIN listed l ON l._set = s._set AND l.unit_code = s.unit_code AND l.fiscal_year = s.fiscal_year::SMALLINT;

CREATE OR REPLACE TEMP TABLE map_report AS
SELECT (row_number() OVER (ORDER BY unit_code, fiscal_year))::INTEGER AS report_id, _set, unit_code, fiscal_year, tables_only
FROM map_version
QUALIFY row_number() OVER (PARTITION BY unit_code, fiscal_year ORDER BY tables_only, _order DESC) = 1;

-- Every table of the report's version, and the project tables of the versions that only add tables;
-- per project the latest version's table counts. src_no is the table's number in its own files.
CREATE OR REPLACE TEMP TABLE map_table AS
WITH candidates AS (
    SELECT m.report_id, s._set, v._order, s.unit_code, v.fiscal_year, s.table_no::SMALLINT AS src_no, s.kind,
           s._set = m._set AND NOT m.tables_only AS own,
           CASE WHEN s.kind = 'project' AND coalesce(s.project_name, s.spending_direction) IS NOT NULL
                THEN project_key(coalesce(s.project_name, s.spending_direction)) END AS pkey
    FROM stg_eval_tables s
    JOIN map_version v ON v._set = s._set AND v.unit_code = s.unit_code AND v.fiscal_year = s.fiscal_year::SMALLINT
    JOIN map_report m ON m.unit_code = v.unit_code AND m.fiscal_year = v.fiscal_year
    WHERE s._set = m._set OR (v.tables_only AND s.kind = 'project')
), keyed AS (
    -- two tables of one version stay two even with one name; a table without a name is its own
    SELECT *, CASE WHEN pkey IS NULL THEN _set || '#' || src_no
                   ELSE pkey || '#' || row_number() OVER (PARTITION BY _set, unit_code, fiscal_year, pkey ORDER BY src_no) END AS k,
              (CASE WHEN own THEN 0 ELSE 1 + _order END)::BIGINT * 100000 + src_no AS place
    FROM candidates
), chosen AS (
    SELECT *, min(place) OVER (PARTITION BY unit_code, fiscal_year, k) AS first_place
    FROM keyed
    QUALIFY row_number() OVER (PARTITION BY unit_code, fiscal_year, k ORDER BY _order DESC, src_no DESC) = 1
), numbered AS (
    SELECT *, CASE WHEN kind = 'unit' THEN src_no
                   ELSE (row_number() OVER (PARTITION BY unit_code, fiscal_year, kind ORDER BY first_place))::SMALLINT END AS table_no
    FROM chosen
)
SELECT (row_number() OVER (ORDER BY unit_code, fiscal_year, table_no))::INTEGER AS table_id,
       report_id, _set, unit_code, fiscal_year, src_no, table_no
FROM numbered;

-- active: the version whose report is loaded; adds_tables: a version that only adds project tables,
-- some of which are loaded (it is not superseded)
INSERT INTO report_version (unit_code, fiscal_year, data_set, data_file, source_kind, source_file, active, superseded_by, adds_tables)
SELECT s.unit_code, s.fiscal_year::SMALLINT, s._set, s._file, s.source_kind, s.source_file,
       m._set = s._set, CASE WHEN m._set <> s._set AND NOT a.adds THEN m._set END, a.adds
FROM stg_reports s
JOIN map_report m ON m.unit_code = s.unit_code AND m.fiscal_year = s.fiscal_year::SMALLINT
CROSS JOIN LATERAL (SELECT m._set <> s._set AND EXISTS (
        SELECT 1 FROM map_table t WHERE t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT) AS adds) a;

INSERT INTO report
SELECT m.report_id, s.unit_code, m.fiscal_year, s.title, s.source_kind, s.source_file, s._file,
       s.income_total::DECIMAL(18,4), s.income_initial::DECIMAL(18,4), s.income_adjustment::DECIMAL(18,4),
       s.income_carryover::DECIMAL(18,4), s.income_other::DECIMAL(18,4), s.income_text,
       s.expenditure_total::DECIMAL(18,4), s.expenditure_basic::DECIMAL(18,4), s.expenditure_project::DECIMAL(18,4),
       s.expenditure_balance::DECIMAL(18,4), s.expenditure_text,
       s.initial_projects_adjustment::DECIMAL(18,4), s.initial_projects_actual::DECIMAL(18,4),
       s.initial_projects_carryover::DECIMAL(18,4), s.midyear_projects_budget::DECIMAL(18,4),
       s.midyear_projects_actual::DECIMAL(18,4), s.midyear_projects_carryover::DECIMAL(18,4)
FROM stg_reports s JOIN map_report m ON m._set = s._set AND m.unit_code = s.unit_code AND m.fiscal_year = s.fiscal_year::SMALLINT;

INSERT INTO report_text (report_id, section, seq, body)
SELECT m.report_id, s.section, s.seq::SMALLINT, s.body
FROM stg_report_texts s JOIN map_report m ON m._set = s._set AND m.unit_code = s.unit_code AND m.fiscal_year = s.fiscal_year::SMALLINT;

INSERT INTO project (report_id, seq, project_name, kind, budget, actual, carryover, purpose)
SELECT m.report_id, s.seq::SMALLINT, s.project_name, s.kind, s.budget::DECIMAL(18,4), s.actual::DECIMAL(18,4),
       s.carryover::DECIMAL(18,4), s.purpose
FROM stg_projects s JOIN map_report m ON m._set = s._set AND m.unit_code = s.unit_code AND m.fiscal_year = s.fiscal_year::SMALLINT;

INSERT INTO eval_table (table_id, report_id, table_no, kind, project_name, spending_direction, total_investment,
                        investment_appropriation, period, funds_weight, total_weight, total_score, grade, data_set, source_file)
SELECT t.table_id, t.report_id, t.table_no, s.kind, s.project_name, s.spending_direction,
       s.total_investment::DECIMAL(18,4), s.investment_appropriation::DECIMAL(18,4), s.period,
       s.funds_weight::DECIMAL(6,2), s.total_weight::DECIMAL(6,2), s.total_score::DECIMAL(6,2), s.grade,
       s._set, r.source_file
FROM stg_eval_tables s
JOIN stg_reports r ON r._set = s._set AND r.unit_code = s.unit_code AND r.fiscal_year = s.fiscal_year
JOIN map_table t ON t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT AND t.src_no = s.table_no::SMALLINT;

-- seq: the order the rows stand in the file, which is the order the table prints them
INSERT INTO funds_row (table_id, row_kind, row_label, seq, initial_budget, full_year_budget, executed, weight, execution_rate_pct, score)
SELECT t.table_id, s.row_kind, s.row_label, row_number() OVER (PARTITION BY t.table_id ORDER BY s._file, s._row),
       s.initial_budget::DECIMAL(18,4), s.full_year_budget::DECIMAL(18,4),
       s.executed::DECIMAL(18,4), s.weight::DECIMAL(6,2), s.execution_rate_pct::DECIMAL(7,2), s.score::DECIMAL(6,2)
FROM stg_funds_rows s
JOIN map_table t ON t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT AND t.src_no = s.table_no::SMALLINT;

INSERT INTO goal
SELECT t.table_id, s.seq::SMALLINT, s.expected, s.achieved
FROM stg_goals s
JOIN map_table t ON t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT AND t.src_no = s.table_no::SMALLINT;

INSERT INTO indicator_level1
SELECT t.table_id, (row_number() OVER (PARTITION BY t.table_id ORDER BY min(s.seq::INTEGER)))::SMALLINT,
       s.level1, max(s.level1_cap::DECIMAL(6,2))
FROM stg_indicators s
JOIN map_table t ON t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT AND t.src_no = s.table_no::SMALLINT
GROUP BY t.table_id, s.level1;

-- A target or actual text that is one quantity: optional comparator, a number, a short unit.
-- Whitespace is ignored ("491.38 万元" = "491.38万元"); anything else ("长期", "2020 年 1 月-12 月")
-- keeps only its text. The same texts recur in thousands of rows ("≥95%", "4 次"): each distinct text
-- is parsed once (the measure_* macros, db/views/02_measures.sql), and the rows look their parts up.
CREATE OR REPLACE TEMP TABLE map_measure AS
SELECT txt, measure_cmp(txt) AS cmp, measure_value(txt) AS value, measure_unit(txt) AS unit
FROM (SELECT target AS txt FROM stg_indicators UNION SELECT actual FROM stg_indicators)
WHERE txt IS NOT NULL;

INSERT INTO indicator
SELECT t.table_id, s.seq::SMALLINT, s.level1, s.level2, s.level3, s.target, s.actual,
       s.weight::DECIMAL(6,2), s.score::DECIMAL(6,2), s.deviation_note,
       mt.cmp, mt.value, mt.unit, ma.cmp, ma.value, ma.unit
FROM stg_indicators s
JOIN map_table t ON t._set = s._set AND t.unit_code = s.unit_code AND t.fiscal_year = s.fiscal_year::SMALLINT AND t.src_no = s.table_no::SMALLINT
LEFT JOIN map_measure mt ON mt.txt = s.target
LEFT JOIN map_measure ma ON ma.txt = s.actual;

DROP TABLE map_measure;
DROP TABLE map_table;
DROP TABLE map_report;
DROP TABLE map_version;
