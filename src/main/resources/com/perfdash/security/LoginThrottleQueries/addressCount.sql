-- Wrong passwords for one user name from one address, as stored (LoginThrottle decides what still counts).
SELECT failures, window_start, locked_until
FROM login_failure
WHERE username = :username AND remote_addr = :address
