DROP TABLE IF EXISTS eval_table_metrics_run
