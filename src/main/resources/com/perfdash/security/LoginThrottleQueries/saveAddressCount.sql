INSERT OR REPLACE INTO login_failure (username, remote_addr, failures, window_start, locked_until)
VALUES (:username, :address, :failures, :windowStart, :lockedUntil)
