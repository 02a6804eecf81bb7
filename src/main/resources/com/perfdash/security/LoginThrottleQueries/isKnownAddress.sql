-- True when the user signed in with the right password from this address since :since.
SELECT count(*) > 0
FROM login_known_address
WHERE username = :username AND remote_addr = :address AND last_success_at >= :since
