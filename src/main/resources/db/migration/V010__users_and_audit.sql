-- Who may sign in, and what they did. Not part of the report model: a reload of the data files
-- never touches these tables.

-- role: leader (all units, read), finance (all units, read, import, review), unit (its own unit only),
-- admin (users and data). password_hash is a BCrypt hash; a plain password is never stored.
CREATE TABLE app_user (
    username       VARCHAR PRIMARY KEY,
    display_name   VARCHAR NOT NULL,
    role           VARCHAR NOT NULL CHECK (role IN ('leader', 'finance', 'unit', 'admin')),
    unit_code      VARCHAR,          -- required for role unit: the one unit the user may see
    password_hash  VARCHAR NOT NULL,
    enabled        BOOLEAN NOT NULL DEFAULT true,
    created_at     TIMESTAMP NOT NULL,
    CHECK ((role = 'unit') = (unit_code IS NOT NULL))
);

-- event: login_ok, login_failed, login_throttled, logout, import_accepted, import_rejected,
-- import_withdrawn, user_created, user_changed.
CREATE TABLE audit_log (
    audit_id    BIGINT PRIMARY KEY,
    logged_at   TIMESTAMP NOT NULL,
    username    VARCHAR NOT NULL,
    event       VARCHAR NOT NULL,
    detail      VARCHAR,
    remote_addr VARCHAR
);
CREATE SEQUENCE audit_log_seq;
