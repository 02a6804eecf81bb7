-- The units that need attention in one fiscal year; the criteria live in the macro watch_list (V005).
SELECT unit_code, unit_name, category, fiscal_year, source_kind,
       full_year_budget, executed, execution_rate, total_score, score_grade,
       previous_score, score_change, fall_rank, low_execution, low_score, large_fall
FROM watch_list(:fiscalYear, :categories, :source)
-- the units with most reasons first, then the lowest execution rate, then the lowest score
ORDER BY flag_count DESC, execution_rate ASC NULLS LAST, total_score ASC NULLS LAST, unit_code
