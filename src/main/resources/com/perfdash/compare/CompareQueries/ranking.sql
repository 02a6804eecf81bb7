-- The ranking of one fiscal year by one metric, a page of it in the order asked; rank, change and
-- percentile are defined in the table macro metric_ranking (db/views/05_compare.sql). <orderBy> comes from RankingOrder,
-- never typed by a user. Rows equal in it keep the ranking's order: by rank, units without a value last.
SELECT unit_code, unit_name, category, fiscal_year, value, rank, units_ranked,
       previous_value, change, relative_change, previous_rank, rank_change,
       behind, category_peers, better_than, reviewed
FROM metric_ranking(:metric, :year, :category, p_basis := CAST(:basis AS VARCHAR))
ORDER BY <orderBy>, rank NULLS LAST, unit_name, unit_code
LIMIT :limit OFFSET :offset
