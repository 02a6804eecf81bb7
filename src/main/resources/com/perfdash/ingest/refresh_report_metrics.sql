-- Recomputes the stored per-report metrics (report_metrics_store, V012) from their definition
-- (report_metrics_live) over the whole model. Runs inside the transaction that changed the model.
DELETE FROM report_metrics_store;
INSERT INTO report_metrics_store BY NAME SELECT * FROM report_metrics_live;
