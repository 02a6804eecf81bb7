-- One page of the units the list filter keeps, by name, without metrics: what a unit picker shows.
-- The same WHERE clause as countUnits.sql.
SELECT u.unit_code, u.unit_name, u.category
FROM scoped_unit u
WHERE (CAST(:q AS VARCHAR) IS NULL
       OR contains(lower(u.unit_name), lower(:q))
       OR contains(lower(u.unit_code), lower(:q)))
  AND (CAST(:category AS VARCHAR) IS NULL OR u.category = :category)
ORDER BY u.unit_name, u.unit_code
LIMIT :limit OFFSET :offset
