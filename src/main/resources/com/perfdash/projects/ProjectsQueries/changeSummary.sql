-- Counts and budgets of a year's projects by how they relate to the year before (project_changes, db/views/07_projects.sql).
SELECT count(*) FILTER (WHERE budget IS NOT NULL)::INTEGER             AS projects,
       coalesce(sum(budget), 0)                                       AS budget,
       count(*) FILTER (WHERE status = 'started')::INTEGER            AS started,
       coalesce(sum(budget) FILTER (WHERE status = 'started'), 0)     AS started_budget,
       count(*) FILTER (WHERE status = 'ended')::INTEGER              AS ended,
       coalesce(sum(previous_budget) FILTER (WHERE status = 'ended'), 0) AS ended_budget,
       count(*) FILTER (WHERE status = 'continued')::INTEGER          AS continued,
       count(*) FILTER (WHERE status IS NULL)::INTEGER                AS unknown
FROM project_changes(:year, p_basis := CAST(:basis AS VARCHAR))
WHERE :category = '' OR category = :category
