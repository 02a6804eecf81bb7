-- eval_table_metrics computed once for a run of the checks: thirteen rules and the cost candidates read it,
-- and each would otherwise compute the view again. Dropped by dropTableMetrics when the run ends.
CREATE OR REPLACE TEMP TABLE eval_table_metrics_run AS SELECT * FROM eval_table_metrics
