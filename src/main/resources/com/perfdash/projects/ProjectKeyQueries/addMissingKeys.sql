-- Adds the project_key (db/views/06_project_key.sql) of every project and project-table name not yet in project_name_key.
INSERT INTO project_name_key (project_name, project_key)
SELECT n.project_name, project_key(n.project_name)
FROM (
    SELECT project_name FROM project
    UNION
    SELECT project_name FROM eval_table WHERE project_name IS NOT NULL
) n
WHERE NOT EXISTS (SELECT 1 FROM project_name_key k WHERE k.project_name = n.project_name)
