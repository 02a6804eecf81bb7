-- The units the line chart can draw, a page of them: the ranking's in rank order, then the chosen units
-- outside it in the order chosen; only those whose name or code holds the search text (:pattern, see
-- SearchText; null for all). Each row carries how many units there are in all (choices), so that one
-- query answers both the page and, with limit 1, the count.
SELECT u.unit_code, u.unit_name, u.category, count(*) OVER () AS choices
FROM scoped_unit u
LEFT JOIN metric_ranking(:metric, :year, :category, p_basis := CAST(:basis AS VARCHAR)) r ON r.unit_code = u.unit_code
WHERE (r.unit_code IS NOT NULL OR list_contains(:chosen, u.unit_code))
  AND (CAST(:pattern AS VARCHAR) IS NULL
       OR u.unit_name ILIKE :pattern ESCAPE '!'
       OR u.unit_code ILIKE :pattern ESCAPE '!')
ORDER BY r.unit_code IS NULL, r.rank NULLS LAST,
         CASE WHEN r.unit_code IS NULL THEN list_position(:chosen, u.unit_code) END,
         u.unit_name, u.unit_code
LIMIT :limit OFFSET :offset
