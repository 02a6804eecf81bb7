-- The findings of the Java checks, all in one statement: :findings is a JSON array of objects with the
-- columns below (DuckDB runs a JDBC batch row by row, which is slow for thousands of findings).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq,
                            field, row_keys, evidence)
SELECT nextval('review_finding_seq'), f.report_id, f.rule_code, f.severity, f.table_no, f.row_kind, f.indicator_seq,
       f.project_seq, f.field, f.row_keys, f.evidence
FROM (
    SELECT unnest(from_json(:findings, '[{"report_id": "INTEGER", "rule_code": "VARCHAR", "severity": "VARCHAR",
                                          "table_no": "SMALLINT", "row_kind": "VARCHAR", "indicator_seq": "SMALLINT",
                                          "project_seq": "SMALLINT", "field": "VARCHAR", "row_keys": "VARCHAR",
                                          "evidence": "VARCHAR"}]')) AS f
)
