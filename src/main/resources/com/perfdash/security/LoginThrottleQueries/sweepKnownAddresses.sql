DELETE FROM login_known_address WHERE last_success_at < :since
