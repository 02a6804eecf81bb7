INSERT OR REPLACE INTO login_known_address (username, remote_addr, last_success_at)
VALUES (:username, :address, :at)
