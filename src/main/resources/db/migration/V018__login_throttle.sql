-- The sign-in throttle (LoginThrottle, its rule in docs/security.md), kept in the database so that a
-- lock outlives a restart. User names are stored as typed, trimmed and in lower case, addresses as the
-- server saw the client ('' when it saw none), both cut to 64 characters. Times are UTC. Rows expire
-- (LoginThrottle sweeps them), so a name nobody has ever signed in with leaves nothing behind.

-- Wrong passwords for one user name from one address since window_start. At
-- perfdash.security.max-failures the pair is refused until locked_until
-- (perfdash.security.lock-minutes later). A row goes once its window and its lock have passed.
CREATE TABLE login_failure (
    username      VARCHAR NOT NULL,
    remote_addr   VARCHAR NOT NULL,
    failures      INTEGER NOT NULL CHECK (failures > 0),
    window_start  TIMESTAMP NOT NULL,
    locked_until  TIMESTAMP,
    PRIMARY KEY (username, remote_addr)
);

-- Wrong passwords for one user name from every address but its user's known ones, counted until the
-- name has been quiet for perfdash.security.name-window-minutes after its last wait. Past
-- perfdash.security.name-free-failures every further attempt waits for a delay that doubles with each,
-- at most perfdash.security.lock-minutes (next_allowed_at). A row goes once the name has been quiet
-- that long.
CREATE TABLE login_backoff (
    username         VARCHAR PRIMARY KEY,
    failures         INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at  TIMESTAMP NOT NULL,
    next_allowed_at  TIMESTAMP
);

-- Where a user signed in with the right password: such an address neither waits for nor adds to the
-- name's back-off, so that guessing from elsewhere does not keep the user out. A row goes
-- perfdash.security.known-address-days after the last sign-in from it.
CREATE TABLE login_known_address (
    username         VARCHAR NOT NULL,
    remote_addr      VARCHAR NOT NULL,
    last_success_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (username, remote_addr)
);
