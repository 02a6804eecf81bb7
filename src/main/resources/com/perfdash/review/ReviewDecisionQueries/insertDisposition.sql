-- One decision on a finding (finding_disposition, V017); the latest is its current one.
INSERT INTO finding_disposition (disposition_id, unit_code, fiscal_year, finding_key, disposition, reason, decided_by, decided_at)
VALUES (nextval('finding_disposition_seq'), :unitCode, :fiscalYear, :findingKey, :disposition, :reason, :by, :at)
