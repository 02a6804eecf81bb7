-- What each data set brought to the model, per file, as of the last successful load: a later reload of
-- the set is compared with it (the hold rule, HeldReloads, docs/data-format.md "Held reloads"). A load
-- replaces its whole contents in the load's transaction.
CREATE TABLE load_set_rows (
    data_set   VARCHAR NOT NULL,   -- e.g. demo, seed, imports/20261127-081500-1
    file_name  VARCHAR NOT NULL,   -- e.g. indicators.csv
    data_rows  INTEGER NOT NULL,
    PRIMARY KEY (data_set, file_name)
);

-- A reload that would have dropped a large share of a loaded set's rows, not applied: the database kept
-- what it had. An administrator loads it anyway (confirmed) or keeps the old data (dismissed) on the
-- 数据概况 page; a successful load of other files settles a reload still held (superseded).
CREATE TABLE held_load (
    held_id      INTEGER PRIMARY KEY,
    held_at      TIMESTAMP NOT NULL,
    source       VARCHAR NOT NULL,   -- the data folder
    fingerprint  VARCHAR NOT NULL,   -- of the files held (DataLoader.fingerprint): a confirmation loads only these
    status       VARCHAR NOT NULL CHECK (status IN ('held', 'confirmed', 'dismissed', 'superseded')),
    decided_by   VARCHAR,
    decided_at   TIMESTAMP
);
CREATE SEQUENCE held_load_seq;

-- The rows per file of each set that fell, before (as loaded) and after (as the files hold them).
CREATE TABLE held_load_rows (
    held_id      INTEGER NOT NULL,
    data_set     VARCHAR NOT NULL,
    file_name    VARCHAR NOT NULL,
    rows_before  INTEGER NOT NULL,
    rows_after   INTEGER NOT NULL,
    PRIMARY KEY (held_id, data_set, file_name)
);

-- The problems of a failed load, one row each, as the load's message lists them (load_log.message), so
-- that the 数据概况 page can show them by file, row and column.
CREATE TABLE load_problem (
    load_id      INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    file         VARCHAR NOT NULL,
    data_row     INTEGER,
    column_name  VARCHAR,
    message      VARCHAR NOT NULL,
    PRIMARY KEY (load_id, seq)
);
