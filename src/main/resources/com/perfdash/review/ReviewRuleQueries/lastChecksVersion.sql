SELECT checks_version FROM review_run ORDER BY run_id DESC LIMIT 1
