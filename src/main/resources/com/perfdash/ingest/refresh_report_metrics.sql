-- Recomputes the stored per-report metrics (report_metrics_store, db/views/03_report_metrics.sql) and
-- project years (project_years_store, db/views/07_projects.sql) from their definitions
-- (report_metrics_live, project_years_live) over the whole model. Runs inside the transaction that
-- changed the model, after ReportMetricsStore.refresh emptied both stores.
INSERT INTO report_metrics_store BY NAME SELECT * FROM report_metrics_live;
-- in fiscal year order, as 07_projects.sql explains
INSERT INTO project_years_store BY NAME
SELECT * FROM project_years_live ORDER BY fiscal_year, unit_code, project_key;
