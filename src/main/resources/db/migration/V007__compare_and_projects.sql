-- Comparison of units across years, and project funding across years, defined once on top of
-- `report_metrics` (V002). docs/metrics-compare.md explains each definition and why.
-- Money is 万元 (DECIMAL), rates and shares are fractions (1.0 = 100 %), scores and points are 分.

-- ---- points lost ---------------------------------------------------------------------------------

-- Points an evaluation table lost (扣分), per table: the sum over its indicator rows of
-- (weight - score) plus the funds' (weight - score), points. Only rows that state both a weight and a
-- score count; the funds weight is the 合计 row's 分值, else the table's funds weight. A score above
-- its weight (a contradiction the review checks report) counts as it stands, so it can lower the sum.
-- NULL when no row of the table states both a weight and a score.
-- Summing the rows, not 100 minus the stated total, keeps it true to what the rows say when a stated
-- total disagrees with its rows or the weights do not add up to 100.
CREATE VIEW table_points_lost AS
SELECT t.table_id,
       t.report_id,
       t.table_no,
       i.indicator_weight,                                   -- Σ 分值 of the indicators that state a score
       i.indicator_score,                                    -- Σ 得分 of the same indicators
       coalesce(f.weight, t.funds_weight) AS funds_weight,   -- 分值 of the funds
       f.score                            AS funds_score,    -- 得分 of the funds
       CASE WHEN i.scored_indicators > 0 OR (coalesce(f.weight, t.funds_weight) IS NOT NULL AND f.score IS NOT NULL)
            THEN coalesce(i.indicator_weight - i.indicator_score, 0)
                 + coalesce(coalesce(f.weight, t.funds_weight) - f.score, 0) END
                                          AS points_lost     -- 分
FROM eval_table t
LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
LEFT JOIN (
    SELECT table_id,
           sum(weight) AS indicator_weight,
           sum(score)  AS indicator_score,
           count(*)    AS scored_indicators
    FROM indicator
    WHERE weight IS NOT NULL AND score IS NOT NULL
    GROUP BY table_id
) i ON i.table_id = t.table_id;

-- ---- the metrics a unit is compared by -----------------------------------------------------------

-- One row per report and comparable metric, in long form so that a query picks a metric by binding
-- its name (never by building SQL). Each value is the report_metrics column of that name (or the
-- whole-unit table's points lost), cast to DECIMAL(24,6): money and points exactly, rates and shares
-- rounded to 6 decimals of a fraction (0.0001 percentage point), so two rates that read the same
-- are a tie, not a floating-point accident.
--   higher_first: true when the largest value ranks first; false for points lost, where the fewest
--   points lost rank first.
CREATE VIEW unit_metric_values AS
SELECT unit_code, unit_name, category, fiscal_year,
       'execution_rate' AS metric, execution_rate::DECIMAL(24,6) AS value, true AS higher_first
FROM report_metrics
UNION ALL
SELECT unit_code, unit_name, category, fiscal_year,
       'total_score', total_score::DECIMAL(24,6), true
FROM report_metrics
UNION ALL
SELECT unit_code, unit_name, category, fiscal_year,
       'executed', executed::DECIMAL(24,6), true
FROM report_metrics
UNION ALL
SELECT unit_code, unit_name, category, fiscal_year,
       'full_year_budget', full_year_budget::DECIMAL(24,6), true
FROM report_metrics
UNION ALL
SELECT unit_code, unit_name, category, fiscal_year,
       'project_share', project_share::DECIMAL(24,6), true
FROM report_metrics
UNION ALL
SELECT m.unit_code, m.unit_name, m.category, m.fiscal_year,
       'points_lost', p.points_lost::DECIMAL(24,6), false
FROM report_metrics m
LEFT JOIN table_points_lost p ON p.report_id = m.report_id AND p.table_no = 0;

-- The ranking of one fiscal year by one metric: one row per unit with a report that year (in
-- p_category, '' = every category).
--   rank          standard competition ranking among the units of the filter with a value: ties share
--                 a rank and the next rank skips (1, 2, 2, 4); NULL without a value
--   units_ranked  units of the filter with a value that year
--   change        value - the same unit's value of fiscal year - 1 (points; fraction for rates and
--                 shares, 0.01 = 1 percentage point; 万元 for money); NULL when the unit has no report
--                 that year or either value is missing
--   relative_change  value / last year's value - 1, a fraction; NULL when last year's value is NULL or 0
--   previous_rank, rank_change  the rank of fiscal year - 1 under the same filter, and
--                 previous_rank - rank (positive = moved up)
--   behind, category_peers, better_than  among the OTHER units of the unit's own category (whatever the
--                 filter) with a value that year: how many rank strictly behind it, how many there are,
--                 and behind / category_peers, a fraction ("better than 73 % of 街道/镇"); NULL when the
--                 unit has no value or no peer
CREATE MACRO metric_ranking(p_metric, p_year, p_category) AS TABLE
WITH v AS (
    SELECT unit_code, unit_name, category, fiscal_year, value,
           CASE WHEN higher_first THEN value ELSE -value END AS ordering   -- larger ranks first
    FROM unit_metric_values
    WHERE metric = p_metric AND fiscal_year IN (p_year, p_year - 1)
), peers AS (
    SELECT v.*,
           CASE WHEN value IS NOT NULL
                THEN rank() OVER (PARTITION BY fiscal_year, category ORDER BY ordering ASC NULLS LAST) - 1 END
                AS behind,
           CASE WHEN value IS NOT NULL
                THEN count(value) OVER (PARTITION BY fiscal_year, category) - 1 END
                AS category_peers
    FROM v
), ranked AS (
    SELECT peers.*,
           CASE WHEN value IS NOT NULL
                THEN rank() OVER (PARTITION BY fiscal_year ORDER BY ordering DESC NULLS LAST) END AS rank,
           count(value) OVER (PARTITION BY fiscal_year) AS units_ranked
    FROM peers
    WHERE p_category = '' OR category = p_category
)
SELECT c.unit_code,
       c.unit_name,
       c.category,
       c.fiscal_year,
       c.value,
       c.rank::INTEGER                                   AS rank,
       c.units_ranked::INTEGER                           AS units_ranked,
       p.value                                           AS previous_value,
       c.value - p.value                                 AS change,
       CASE WHEN p.value <> 0 THEN (c.value / p.value - 1)::DECIMAL(18,6) END AS relative_change,
       p.rank::INTEGER                                   AS previous_rank,
       (p.rank - c.rank)::INTEGER                        AS rank_change,
       c.behind::INTEGER                                 AS behind,
       c.category_peers::INTEGER                         AS category_peers,
       CASE WHEN c.category_peers > 0 THEN (c.behind / c.category_peers)::DECIMAL(18,6) END AS better_than
FROM ranked c
LEFT JOIN ranked p ON p.unit_code = c.unit_code AND p.fiscal_year = c.fiscal_year - 1
WHERE c.fiscal_year = p_year;

-- ---- projects across years -----------------------------------------------------------------------

-- The key that links a unit's projects year to year: the name with full-width digits and Latin
-- letters made half-width, every space, punctuation mark and symbol removed, years written as
-- "2020年" / "2020年度" (or "2019-2020年") removed, and Latin letters in lower case.
-- "2020年省级自然资源卫片执法补助经费" and "2021年 省级自然资源卫片执法补助经费" both become
-- "省级自然资源卫片执法补助经费". Nothing else is guessed: "民主监督" and "民主监督经费" stay apart.
-- com.perfdash.projects.ProjectNames.normalise is the same function in Java; a test keeps them equal.
CREATE MACRO project_key(name) AS
    lower(regexp_replace(
        regexp_replace(
            translate(coalesce(name, ''),
                      '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
                      '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
            '[\p{P}\p{S}\p{Z}\p{Cc}]+', '', 'g'),
        '(?:19|20)[0-9]{2}(?:(?:19|20)[0-9]{2})?年度?', '', 'g'));

-- project_key of every project name loaded so far, filled after each load inside the load's
-- transaction (com.perfdash.projects.ProjectKeyStep), so that queries over many years of projects read
-- the key instead of running the regular expressions again for every row. A name always has the same
-- key, so an entry never goes stale; a name without an entry gets its key computed on the spot. A
-- migration that changes project_key must empty this table.
CREATE TABLE project_name_key (
    project_name VARCHAR PRIMARY KEY,
    project_key  VARCHAR NOT NULL
);

-- One row per unit, fiscal year and project key: what the report's text lists under that key
-- (projects.csv) beside the project evaluation table of that key (eval_tables.csv, kind project).
--   listed_names / listed_count  the names as written, in report order, and how many rows share the key
--                                (NULL / 0 when only a table has the key)
--   kinds                        initial and/or midyear
--   budget, actual, carryover    Σ over those rows, 万元 (a unit's project funding, report_metrics
--                                .project_funding, is Σ budget over its keys)
--   table_no, table_name         the first project table of that key, NULL when none; table_count
--   table_budget, table_executed its 合计 funds row: 全年预算数, 全年执行数, 万元
--   table_execution_rate         table_executed / table_budget, a fraction, NULL unless the budget is
--                                > 0: the same definition as report_metrics.execution_rate, for the
--                                project's own table
--   table_score, table_grade     its total score (分) and grade as stated
-- Listed rows and tables are stacked and grouped (not joined), so that a filter on unit_code,
-- fiscal_year or project_key reaches the tables before any key is computed.
CREATE VIEW project_years AS
WITH named AS (
    SELECT r.unit_code, r.fiscal_year, r.report_id,
           coalesce(k.project_key, project_key(p.project_name)) AS project_key,
           p.seq, p.project_name, p.kind, p.budget, p.actual, p.carryover,
           NULL::SMALLINT AS table_no,
           NULL::STRUCT(name VARCHAR, budget DECIMAL(18,2), executed DECIMAL(18,2), score DECIMAL(6,2), grade VARCHAR) AS tbl
    FROM project p
    JOIN report r ON r.report_id = p.report_id
    LEFT JOIN project_name_key k ON k.project_name = p.project_name
    UNION ALL
    SELECT r.unit_code, r.fiscal_year, r.report_id,
           coalesce(k.project_key, project_key(t.project_name)),
           NULL, NULL, NULL, NULL, NULL, NULL,
           t.table_no,
           {'name': t.project_name, 'budget': f.full_year_budget, 'executed': f.executed,
            'score': t.total_score, 'grade': t.grade}
    FROM eval_table t
    JOIN report r ON r.report_id = t.report_id
    LEFT JOIN funds_row f ON f.table_id = t.table_id AND f.row_kind = 'total'
    LEFT JOIN project_name_key k ON k.project_name = t.project_name
    WHERE t.kind = 'project'
), grouped AS (
    SELECT unit_code, fiscal_year, report_id, project_key,
           -- sorting inside the list is much cheaper than an ordered aggregate over many groups
           list_transform(list_sort(list({'seq': seq, 'name': project_name}) FILTER (WHERE seq IS NOT NULL)),
                          x -> x.name)                                        AS listed_names,
           count(seq)::INTEGER                                                AS listed_count,
           list_sort(list_distinct(list(kind)))                               AS kinds,
           sum(budget)                                                        AS budget,
           sum(actual)                                                        AS actual,
           sum(carryover)                                                     AS carryover,
           min(table_no)::INTEGER                                             AS table_no,
           count(table_no)::INTEGER                                           AS table_count,
           arg_min(tbl, table_no)                                             AS tbl
    FROM named
    GROUP BY unit_code, fiscal_year, report_id, project_key
)
SELECT g.unit_code,
       u.unit_name,
       u.category,
       g.fiscal_year,
       g.report_id,
       g.project_key,
       g.listed_names,
       g.listed_count,
       g.kinds,
       g.budget,
       g.actual,
       g.carryover,
       g.table_no,
       g.tbl.name                                       AS table_name,
       g.table_count,
       g.tbl.budget                                     AS table_budget,
       g.tbl.executed                                   AS table_executed,
       CASE WHEN g.tbl.budget > 0 THEN (g.tbl.executed / g.tbl.budget)::DECIMAL(18,6) END
                                                        AS table_execution_rate,
       g.tbl.score                                      AS table_score,
       g.tbl.grade                                      AS table_grade
FROM grouped g
JOIN unit u ON u.unit_code = g.unit_code;

-- A fiscal year's listed projects against the year before, per unit and project key. Only projects
-- the report's text lists count (their budgets are the unit's project funding).
--   budget, previous_budget   Σ budget of the key this year and in fiscal year - 1, 万元
--   budget_change             budget - previous_budget, 万元; NULL unless listed in both years
--   status  'continued'  listed in both years
--           'started'    listed this year, not last year, while the unit has a report last year
--           'ended'      listed last year, not this year, while the unit has a report this year
--           NULL         listed in one year only and the unit has no report in the other: unknown
CREATE MACRO project_changes(p_year) AS TABLE
WITH cur AS (
    SELECT * FROM project_years WHERE fiscal_year = p_year AND listed_count > 0
), prev AS (
    SELECT * FROM project_years WHERE fiscal_year = p_year - 1 AND listed_count > 0
), reported AS (
    SELECT unit_code,
           bool_or(fiscal_year = p_year)     AS this_year,
           bool_or(fiscal_year = p_year - 1) AS last_year
    FROM report
    WHERE fiscal_year IN (p_year, p_year - 1)
    GROUP BY unit_code
)
SELECT coalesce(c.unit_code, p.unit_code)       AS unit_code,
       coalesce(c.unit_name, p.unit_name)       AS unit_name,
       coalesce(c.category, p.category)         AS category,
       coalesce(c.project_key, p.project_key)   AS project_key,
       coalesce(c.listed_names, p.listed_names) AS listed_names,
       c.budget                                 AS budget,
       c.actual                                 AS actual,
       p.budget                                 AS previous_budget,
       c.budget - p.budget                      AS budget_change,
       CASE WHEN c.unit_code IS NOT NULL AND p.unit_code IS NOT NULL THEN 'continued'
            WHEN c.unit_code IS NOT NULL AND x.last_year THEN 'started'
            WHEN p.unit_code IS NOT NULL AND x.this_year THEN 'ended'
       END                                      AS status
FROM cur c
FULL OUTER JOIN prev p ON p.unit_code = c.unit_code AND p.project_key = c.project_key
LEFT JOIN reported x ON x.unit_code = coalesce(c.unit_code, p.unit_code);
