SELECT count(DISTINCT unit_code)                        AS units,
       count(*)                                         AS reports,
       count(*) FILTER (WHERE source_kind = 'real')     AS real_reports,
       count(*) FILTER (WHERE source_kind = 'demo')     AS demo_reports,
       min(fiscal_year)                                 AS first_year,
       max(fiscal_year)                                 AS last_year
FROM scoped_report
