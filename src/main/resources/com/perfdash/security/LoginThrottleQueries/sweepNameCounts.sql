-- A name quiet since before :quietSince, its last wait included, starts afresh.
DELETE FROM login_backoff WHERE coalesce(next_allowed_at, last_failure_at) < :quietSince
