-- Comparison of units across years, defined once on top of report_metrics (03_report_metrics.sql).
-- docs/metrics.md ("Comparing units") explains each definition and why.
-- Money is 万元 (DECIMAL), rates and shares are fractions (1.0 = 100 %), scores and points are 分.

-- ---- points lost ---------------------------------------------------------------------------------

-- Points an evaluation table lost (扣分), per table: the sum over its indicator rows of
-- (weight - score) plus the funds' (weight - score), points. Only rows that state both a weight and a
-- score count; the funds weight is the 合计 row's 分值, else the table's funds weight. A score above
-- its weight (a contradiction the review checks report) counts as it stands, so it can lower the sum.
-- NULL when no row of the table states both a weight and a score.
-- Summing the rows, not 100 minus the stated total, keeps it true to what the rows say when a stated
-- total disagrees with its rows or the weights do not add up to 100.
CREATE OR REPLACE VIEW table_points_lost AS
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

-- One row per report and comparable metric under a 口径 (p_basis: 'stated' or 'reviewed', basis_metrics in
-- 03_report_metrics.sql) of the fiscal years p_from to p_to, in long form so that a query picks a metric
-- by binding its name (never by building SQL). Each value is the basis_metrics column of that name (or
-- the whole-unit table's points lost as stated: a re-score moves the total score, not the table's
-- points per indicator), cast to DECIMAL(24,6): money and points exactly, rates and shares rounded to 6
-- decimals of a fraction (0.0001 percentage point), so two rates that read the same are a tie, not a
-- floating-point accident.
--   higher_first: true when the largest value ranks first; false for points lost, where the fewest
--   points lost rank first.
--   reviewed: under 复核后 whether finance has finished the report's review (已复核); NULL under 自评（原文）.
-- The reports are read once, their years filtered where they are read (a filter on the long form
-- would not reach into the materialized reports), and turned into one row per metric; points lost,
-- which sums the indicator rows of every table, is a branch of its own, so that a query for another
-- metric never computes it (its constant metric name fails the query's filter and DuckDB drops it).
CREATE OR REPLACE MACRO basis_metric_values(p_basis, p_from, p_to) AS TABLE
WITH m AS MATERIALIZED (
    SELECT b.report_id, b.unit_code, b.unit_name, b.category, b.fiscal_year, b.reviewed,
           b.execution_rate::DECIMAL(24,6)   AS execution_rate,
           b.total_score::DECIMAL(24,6)      AS total_score,
           b.executed::DECIMAL(24,6)         AS executed,
           b.full_year_budget::DECIMAL(24,6) AS full_year_budget,
           b.project_share::DECIMAL(24,6)    AS project_share
    FROM basis_metrics(p_basis) b
    WHERE b.fiscal_year BETWEEN p_from AND p_to
)
SELECT unit_code, unit_name, category, fiscal_year, reviewed, metric, value, true AS higher_first
FROM (SELECT * EXCLUDE (report_id) FROM m) UNPIVOT INCLUDE NULLS (value FOR metric IN
     (execution_rate, total_score, executed, full_year_budget, project_share))
UNION ALL
SELECT m.unit_code, m.unit_name, m.category, m.fiscal_year, m.reviewed,
       'points_lost', p.points_lost::DECIMAL(24,6), false
FROM m
LEFT JOIN table_points_lost p ON p.report_id = m.report_id AND p.table_no = 0;

-- The values as stated (自评（原文）), for SQL typed by hand.
CREATE OR REPLACE VIEW unit_metric_values AS
SELECT * EXCLUDE (reviewed) FROM basis_metric_values('stated', 0, 32767);

-- The ranking of one fiscal year by one metric under a 口径 (p_basis, basis_metric_values above; 'stated'
-- when not given): one row per unit with a report that year (in p_category, '' = every category).
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
--   reviewed      as in basis_metric_values, for the year ranked
CREATE OR REPLACE MACRO metric_ranking(p_metric, p_year, p_category, p_basis := 'stated') AS TABLE
WITH v AS (
    SELECT unit_code, unit_name, category, fiscal_year, value, reviewed,
           CASE WHEN higher_first THEN value ELSE -value END AS ordering   -- larger ranks first
    FROM basis_metric_values(p_basis, p_year - 1, p_year)
    WHERE metric = p_metric
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
       relative_change(c.value, p.value)               AS relative_change,
       p.rank::INTEGER                                   AS previous_rank,
       (p.rank - c.rank)::INTEGER                        AS rank_change,
       c.behind::INTEGER                                 AS behind,
       c.category_peers::INTEGER                         AS category_peers,
       CASE WHEN c.category_peers > 0 THEN (c.behind / c.category_peers)::DECIMAL(18,6) END AS better_than,
       c.reviewed
FROM ranked c
LEFT JOIN ranked p ON p.unit_code = c.unit_code AND p.fiscal_year = c.fiscal_year - 1
WHERE c.fiscal_year = p_year;
