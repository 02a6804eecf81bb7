-- One page of the units list: each unit with the metrics of its latest reported year, taken from
-- report_metrics (the one definition of every metric). The WHERE clause is the same as countUnits.sql.
-- <orderColumn> and <direction> are picked from UnitSortKey / UnitOrder, never typed by a user;
-- units without a value sort last either way, then by name.
WITH latest AS (
    SELECT *
    FROM report_metrics
    QUALIFY row_number() OVER (PARTITION BY unit_code ORDER BY fiscal_year DESC) = 1
), years AS (
    SELECT unit_code, count(*) AS reports, min(fiscal_year) AS first_year
    FROM scoped_report
    GROUP BY unit_code
)
SELECT u.unit_code,
       u.unit_name,
       u.category,
       u.district,
       coalesce(y.reports, 0)  AS reports,
       y.first_year,
       l.fiscal_year           AS latest_year,
       l.source_kind           AS latest_source_kind,
       l.full_year_budget,
       l.executed,
       l.execution_rate,
       l.total_score,
       l.grade,
       CASE l.grade WHEN '优' THEN 4 WHEN '良' THEN 3 WHEN '中' THEN 2 WHEN '差' THEN 1 END AS grade_rank
FROM scoped_unit u
LEFT JOIN years y ON y.unit_code = u.unit_code
LEFT JOIN latest l ON l.unit_code = u.unit_code
WHERE (CAST(:q AS VARCHAR) IS NULL
       OR contains(lower(u.unit_name), lower(:q))
       OR contains(lower(u.unit_code), lower(:q)))
  AND (CAST(:category AS VARCHAR) IS NULL OR u.category = :category)
ORDER BY <orderColumn> <direction> NULLS LAST, u.unit_name, u.unit_code
LIMIT :limit OFFSET :offset
