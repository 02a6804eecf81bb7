-- Categories of units that have at least one report, the most units first.
SELECT u.category
FROM scoped_unit u
WHERE EXISTS (SELECT 1 FROM scoped_report r WHERE r.unit_code = u.unit_code)
GROUP BY u.category
ORDER BY count(*) DESC, u.category
