-- How many units the ranking lists, and how many of them have a value (are ranked): the rows of
-- metric_ranking (db/views/05_compare.sql) counted without ranking them, from the view it reads.
SELECT count(*) AS units, count(value) AS with_value
FROM basis_metric_values(CAST(:basis AS VARCHAR), :year, :year)
WHERE metric = :metric
  AND (:category = '' OR category = :category)
