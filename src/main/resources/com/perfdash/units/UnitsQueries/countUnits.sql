-- How many units the list filter keeps; the same WHERE clause as units.sql.
SELECT count(*)
FROM scoped_unit u
WHERE (CAST(:q AS VARCHAR) IS NULL
       OR contains(lower(u.unit_name), lower(:q))
       OR contains(lower(u.unit_code), lower(:q)))
  AND (CAST(:category AS VARCHAR) IS NULL OR u.category = :category)
