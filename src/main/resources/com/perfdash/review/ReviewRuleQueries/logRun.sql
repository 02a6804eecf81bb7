INSERT INTO review_run (run_id, ran_at, checks_version, reports, findings, millis)
VALUES (nextval('review_run_seq'), :ranAt, :version, :reports, :findings, :millis)
