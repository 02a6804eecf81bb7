-- PLAUS_PROJECTS_NOT_EVALUATED: listed projects that no project table evaluates — only in reports that
-- attach project tables at all (most reports attach only the whole-unit table, which is normal). One
-- finding per report, naming every such project.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH tables AS (
    SELECT report_id, review_project_key(project_name) AS k_name, review_project_key(spending_direction) AS k_direction
    FROM eval_table WHERE kind = 'project'
), listed AS (
    SELECT report_id, seq, project_name, review_project_key(project_name) AS k
    FROM project
    WHERE report_id IN (SELECT report_id FROM tables)
), evaluated AS (
    SELECT DISTINCT l.report_id, l.seq
    FROM listed l JOIN tables t ON t.report_id = l.report_id
    WHERE review_same_project(l.k, t.k_name) OR review_same_project(l.k, t.k_direction)
), missing AS (
    SELECT l.*, e.seq IS NULL AS is_missing
    FROM listed l LEFT JOIN evaluated e ON e.report_id = l.report_id AND e.seq = l.seq
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, NULL, NULL, NULL, min(seq) FILTER (WHERE is_missing),
       'project_name',
       string_agg(review_key_project(seq), ',' ORDER BY seq) FILTER (WHERE is_missing),
       json_object('listed_count', count(*)::VARCHAR, 'missing_count', (count(*) FILTER (WHERE is_missing))::VARCHAR,
                   'missing', array_to_string(list(project_name ORDER BY seq) FILTER (WHERE is_missing), '、'))::VARCHAR
FROM missing
GROUP BY report_id
HAVING count(*) FILTER (WHERE is_missing) > 0
