-- The units that need attention in one fiscal year; the criteria live in the macro watch_list (db/views/04_overview.sql).
-- Beside each, what the review checks found in its report of that year (macro matching_findings, db/views/08_findings.sql).
SELECT w.unit_code, w.unit_name, w.category, w.fiscal_year, w.source_kind,
       w.full_year_budget, w.executed, w.execution_rate, w.total_score, w.score_grade,
       w.previous_score, w.score_change, w.fall_rank, w.low_execution, w.low_score, w.large_fall,
       coalesce(c.findings, 0)::INTEGER      AS findings,
       coalesce(c.finding_errors, 0)::INTEGER AS finding_errors
FROM watch_list(:fiscalYear, :categories, :source) w
LEFT JOIN (
    SELECT unit_code,
           count(*)                                   AS findings,
           count(*) FILTER (WHERE severity = 'ERROR') AS finding_errors
    FROM matching_findings(NULL, NULL, CAST(:fiscalYear AS INTEGER), NULL)
    GROUP BY unit_code
) c ON c.unit_code = w.unit_code
-- the units with most reasons first, then the lowest execution rate, then the lowest score
ORDER BY w.flag_count DESC, w.execution_rate ASC NULLS LAST, w.total_score ASC NULLS LAST, w.unit_code
