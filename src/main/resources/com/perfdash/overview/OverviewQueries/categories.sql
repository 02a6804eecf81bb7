-- Categories of units that have at least one report, the most units first.
SELECT u.category
FROM unit u
WHERE EXISTS (SELECT 1 FROM report r WHERE r.unit_code = u.unit_code)
GROUP BY u.category
ORDER BY count(*) DESC, u.category
