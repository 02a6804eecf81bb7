-- Wrong passwords for one user name from every address, as stored.
SELECT failures, last_failure_at, next_allowed_at
FROM login_backoff
WHERE username = :username
