-- The ranking of one fiscal year by one metric; rank, change and percentile are defined in the table
-- macro metric_ranking (V007). Units without a value come last.
SELECT unit_code, unit_name, category, fiscal_year, value, rank, units_ranked,
       previous_value, change, relative_change, previous_rank, rank_change,
       behind, category_peers, better_than
FROM metric_ranking(:metric, :year, :category)
ORDER BY rank NULLS LAST, unit_name, unit_code
