-- Counts whose window began before :windowStart and whose lock (if any) has passed no longer count.
DELETE FROM login_failure
WHERE window_start < :windowStart AND (locked_until IS NULL OR locked_until <= :now)
