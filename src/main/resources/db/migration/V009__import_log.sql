-- Every import attempt and every withdrawal or restore of an import batch, with its outcome. The
-- loader never clears these tables (they are not part of the report model, which is rebuilt from the
-- files on every load); each accepted batch's manifest.csv remains the durable record on disk, and
-- the app re-enters a batch found on disk without a row here (after a new database file) from it.
CREATE TABLE import_log (
    import_id      INTEGER PRIMARY KEY,
    action         VARCHAR NOT NULL CHECK (action IN ('import', 'withdraw', 'restore')),
    outcome        VARCHAR NOT NULL CHECK (outcome IN ('accepted', 'rejected', 'failed', 'cancelled', 'withdrawn', 'restored')),
    batch          VARCHAR,            -- the batch folder under the import folder, when there is one
    user_name      VARCHAR NOT NULL,   -- who did it
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP NOT NULL,
    file_count     INTEGER NOT NULL,
    total_bytes    BIGINT NOT NULL,
    reports_new    INTEGER,            -- unit-years the batch adds
    reports_replaced INTEGER,          -- unit-years it supersedes
    unit_years     VARCHAR,            -- e.g. 'zz-hetang-qwbgs 2020, qh-caizhengju 2021'
    message        VARCHAR             -- why it was rejected or failed, or the reason given
);
CREATE SEQUENCE import_log_seq;

-- The files of an import attempt, as uploaded (the accepted ones are kept under the batch's originals/).
CREATE TABLE import_log_file (
    import_id   INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    file_name   VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    size_bytes  BIGINT NOT NULL,
    format      VARCHAR NOT NULL,   -- workbook, csv-bundle, csv, unknown
    notes       VARCHAR,            -- what the import did with it (formula results used, GBK decoding)
    PRIMARY KEY (import_id, seq)
);
