INSERT OR REPLACE INTO login_backoff (username, failures, last_failure_at, next_allowed_at)
VALUES (:username, :failures, :lastFailureAt, :nextAllowedAt)
