-- One page of the units list: each unit with the metrics of its latest reported year under the 口径
-- :basis (basis_metrics: report_metrics as stated, report_metrics_reviewed 复核后; the grade under 复核后
-- is the reviewed score's). The WHERE clause is the same as countUnits.sql.
-- <orderColumn> and <direction> are picked from UnitSortKey / UnitOrder, never typed by a user;
-- units without a value sort last either way, then by name.
WITH latest AS (
    SELECT * REPLACE (CASE WHEN CAST(:basis AS VARCHAR) = 'reviewed' THEN score_grade ELSE grade END AS grade)
    FROM basis_metrics(CAST(:basis AS VARCHAR))
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
