-- PLAUS_PROJECTS_NOT_EVALUATED: a report that attaches project tables, none of which evaluates any of
-- the projects its text lists. Attaching tables for some projects only is normal (units evaluate their
-- key projects), and so is attaching none; tables and list that never meet are not. One finding per
-- report, naming the listed projects.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH tables AS (
    SELECT t.report_id, kn.project_key AS k_name, kd.project_key AS k_direction
    FROM eval_table t
    LEFT JOIN project_name_key kn ON kn.project_name = t.project_name
    LEFT JOIN project_name_key kd ON kd.project_name = t.spending_direction
    WHERE t.kind = 'project'
), table_counts AS (
    SELECT report_id, count(*) AS tables FROM tables GROUP BY report_id
), listed AS (
    SELECT p.report_id, p.seq, p.project_name, k.project_key AS k
    FROM project p
    LEFT JOIN project_name_key k ON k.project_name = p.project_name
    WHERE p.report_id IN (SELECT report_id FROM tables)
), evaluated AS (
    SELECT DISTINCT l.report_id
    FROM listed l JOIN tables t ON t.report_id = l.report_id
    WHERE same_project(l.k, t.k_name) OR same_project(l.k, t.k_direction)
)
SELECT nextval('review_finding_seq'), l.report_id, :code, :severity, NULL, NULL, NULL, min(l.seq), 'project_name',
       string_agg(review_key_project(l.seq), ',' ORDER BY l.seq),
       json_object('listed_count', count(*)::VARCHAR, 'table_count', any_value(c.tables)::VARCHAR,
                   'missing', array_to_string(list(l.project_name ORDER BY l.seq), '、'))::VARCHAR
FROM listed l
JOIN table_counts c ON c.report_id = l.report_id
WHERE l.report_id NOT IN (SELECT report_id FROM evaluated)
GROUP BY l.report_id
