-- The lists of a year's projects against the year before (table macro project_changes, db/views/07_projects.sql), each
-- at most :limit rows: the largest budgets, the largest rises and falls of continued projects, the
-- projects that started (largest budget first) and ended (largest budget of the year before first).
WITH c AS MATERIALIZED (
    SELECT unit_code, unit_name, category, project_key, listed_names, budget, actual,
           previous_budget, budget_change, upper(status) AS status
    FROM project_changes(:year, p_basis := CAST(:basis AS VARCHAR))
    WHERE :category = '' OR category = :category
), top AS (
    SELECT * FROM c WHERE budget IS NOT NULL
    ORDER BY budget DESC, unit_name, project_key LIMIT :limit
), risers AS (
    SELECT * FROM c WHERE budget_change > 0
    ORDER BY budget_change DESC, unit_name, project_key LIMIT :limit
), fallers AS (
    SELECT * FROM c WHERE budget_change < 0
    ORDER BY budget_change ASC, unit_name, project_key LIMIT :limit
), started AS (
    SELECT * FROM c WHERE status = 'STARTED'
    ORDER BY budget DESC NULLS LAST, unit_name, project_key LIMIT :limit
), ended AS (
    SELECT * FROM c WHERE status = 'ENDED'
    ORDER BY previous_budget DESC NULLS LAST, unit_name, project_key LIMIT :limit
), lists AS (
    SELECT 1 AS list_order, 'top' AS list, row_number() OVER (ORDER BY budget DESC, unit_name, project_key) AS position, * FROM top
    UNION ALL
    SELECT 2, 'risers', row_number() OVER (ORDER BY budget_change DESC, unit_name, project_key), * FROM risers
    UNION ALL
    SELECT 3, 'fallers', row_number() OVER (ORDER BY budget_change ASC, unit_name, project_key), * FROM fallers
    UNION ALL
    SELECT 4, 'started', row_number() OVER (ORDER BY budget DESC NULLS LAST, unit_name, project_key), * FROM started
    UNION ALL
    SELECT 5, 'ended', row_number() OVER (ORDER BY previous_budget DESC NULLS LAST, unit_name, project_key), * FROM ended
)
SELECT list, position::INTEGER AS position,
       unit_code, unit_name, category, project_key, listed_names, budget, actual,
       previous_budget, budget_change, status
FROM lists
ORDER BY list_order, position
