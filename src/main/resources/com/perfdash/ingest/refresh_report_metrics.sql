-- Recomputes the stored project keys, per-report metrics (report_metrics_store, db/views/03_report_metrics.sql) and
-- project years (project_years_store, db/views/07_projects.sql) from their definitions
-- (report_metrics_live, project_years_live) over the whole model. Runs inside the transaction that
-- changed the model, after ReportMetricsStore.refresh emptied both stores.
-- First the project keys (project_name_key, db/views/06_project_key.sql): of every name now loaded,
-- and only of those (a withdrawn batch's names go), each computed once, when its name first comes.
DELETE FROM project_name_key k
WHERE NOT EXISTS (SELECT 1 FROM project_names n WHERE n.project_name = k.project_name);
INSERT INTO project_name_key (project_name, project_key)
SELECT n.project_name, project_key(n.project_name)
FROM project_names n
WHERE NOT EXISTS (SELECT 1 FROM project_name_key k WHERE k.project_name = n.project_name);
INSERT INTO report_metrics_store BY NAME SELECT * FROM report_metrics_live;
-- in fiscal year order, as 07_projects.sql explains
INSERT INTO project_years_store BY NAME
SELECT * FROM project_years_live ORDER BY fiscal_year, unit_code, project_key;
