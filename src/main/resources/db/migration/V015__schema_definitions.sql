-- The views and macros are definitions, not history: each lives in one repeatable file under
-- db/views/, applied after the versioned scripts and applied again whenever its content changes
-- (com.perfdash.base.db.SchemaDefinitions). This table remembers which content each file had when it
-- was last applied.
CREATE TABLE schema_definition (
    file        VARCHAR PRIMARY KEY,   -- e.g. 03_report_metrics.sql
    sha256      VARCHAR NOT NULL,      -- of the file's content as applied
    applied_at  TIMESTAMP NOT NULL
);
