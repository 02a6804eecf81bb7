-- The lists of a year's projects against the year before (table macro project_changes, V007), each
-- at most :limit rows: the largest budgets, the largest rises and falls of continued projects, the
-- projects that started (largest budget first) and ended (largest budget of the year before first).
WITH c AS MATERIALIZED (
    SELECT unit_code, unit_name, category, project_key, listed_names, budget, actual,
           previous_budget, budget_change, upper(status) AS status
    FROM project_changes(:year)
    WHERE :category = '' OR category = :category
), lists AS (
    SELECT 1 AS list_order, 'top' AS list, row_number() OVER (ORDER BY budget DESC, unit_name, project_key) AS position, *
    FROM c WHERE budget IS NOT NULL
    UNION ALL
    SELECT 2, 'risers', row_number() OVER (ORDER BY budget_change DESC, unit_name, project_key), *
    FROM c WHERE budget_change > 0
    UNION ALL
    SELECT 3, 'fallers', row_number() OVER (ORDER BY budget_change ASC, unit_name, project_key), *
    FROM c WHERE budget_change < 0
    UNION ALL
    SELECT 4, 'started', row_number() OVER (ORDER BY budget DESC NULLS LAST, unit_name, project_key), *
    FROM c WHERE status = 'STARTED'
    UNION ALL
    SELECT 5, 'ended', row_number() OVER (ORDER BY previous_budget DESC NULLS LAST, unit_name, project_key), *
    FROM c WHERE status = 'ENDED'
)
SELECT list, position::INTEGER AS position,
       unit_code, unit_name, category, project_key, listed_names, budget, actual,
       previous_budget, budget_change, status
FROM lists
WHERE position <= :limit
ORDER BY list_order, position
