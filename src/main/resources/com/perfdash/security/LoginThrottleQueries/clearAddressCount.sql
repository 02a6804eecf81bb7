DELETE FROM login_failure WHERE username = :username AND remote_addr = :address
