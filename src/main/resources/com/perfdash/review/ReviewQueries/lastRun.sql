SELECT ran_at, reports, findings, millis FROM review_run ORDER BY run_id DESC LIMIT 1
