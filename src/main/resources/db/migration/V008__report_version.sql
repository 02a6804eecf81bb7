-- Every version of a report the loaded files hold. Per unit-year exactly one version is active (the
-- one in `report`); an import batch that brings the same unit-year again supersedes the earlier
-- version, which stays listed here (and on disk) and comes back when the batch is withdrawn.
CREATE TABLE report_version (
    unit_code      VARCHAR NOT NULL,
    fiscal_year    SMALLINT NOT NULL,
    data_set       VARCHAR NOT NULL,   -- seed, demo, imports/<batch>
    data_file      VARCHAR NOT NULL,   -- the reports.csv the version is in
    source_kind    VARCHAR NOT NULL,
    source_file    VARCHAR NOT NULL,
    active         BOOLEAN NOT NULL,
    superseded_by  VARCHAR,            -- the data set whose version is active instead
    PRIMARY KEY (unit_code, fiscal_year, data_set)
);
