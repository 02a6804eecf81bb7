SELECT DISTINCT category
FROM scoped_unit
ORDER BY category
