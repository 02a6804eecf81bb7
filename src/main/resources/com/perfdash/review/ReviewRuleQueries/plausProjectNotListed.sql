-- PLAUS_PROJECT_NOT_LISTED: a project table whose project (专项名称, or its 支出方向) matches none of
-- the projects the report's text lists. Names are compared as everywhere (project_key and
-- same_project, db/views/06_project_key.sql; the keys as project_name_key stores them): equal keys or one containing the other. Only in a report
-- that has a list to miss: one whose text lists projects, or one with a whole-unit table (whose report
-- should list them). A report that is only a project table (a project's own self-evaluation, as many
-- counties publish them) lists no projects, and its project is not missing from anything.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH tables AS (
    SELECT t.report_id, t.table_no, coalesce(t.project_name, t.spending_direction) AS project,
           kn.project_key AS k_name, kd.project_key AS k_direction
    FROM eval_table t
    LEFT JOIN project_name_key kn ON kn.project_name = t.project_name
    LEFT JOIN project_name_key kd ON kd.project_name = t.spending_direction
    WHERE t.kind = 'project' AND coalesce(t.project_name, t.spending_direction) IS NOT NULL
      AND (t.report_id IN (SELECT report_id FROM project)
           OR t.report_id IN (SELECT report_id FROM eval_table WHERE kind = 'unit'))
), listed AS (
    SELECT p.report_id, p.seq, p.project_name, k.project_key AS k
    FROM project p
    LEFT JOIN project_name_key k ON k.project_name = p.project_name
    WHERE p.report_id IN (SELECT report_id FROM tables)
), matched AS (
    SELECT DISTINCT t.report_id, t.table_no
    FROM tables t JOIN listed l ON l.report_id = t.report_id
    WHERE same_project(l.k, t.k_name) OR same_project(l.k, t.k_direction)
), lists AS (
    SELECT report_id, count(*) AS listed_count,
           array_to_string(list_slice(list(project_name ORDER BY seq), 1, 12), '、') || CASE WHEN count(*) > 12 THEN '…' ELSE '' END AS listed,
           string_agg(review_key_project(seq), ',' ORDER BY seq) AS keys
    FROM listed GROUP BY report_id
)
SELECT nextval('review_finding_seq'), t.report_id, :code, :severity, t.table_no, NULL, NULL, NULL, 'project_name',
       concat_ws(',', review_key_table(t.table_no), l.keys),
       json_object('table', t.table_no::VARCHAR, 'project', t.project,
                   'listed_count', coalesce(l.listed_count, 0)::VARCHAR, 'listed', coalesce(l.listed, '—'))::VARCHAR
FROM tables t
LEFT JOIN lists l ON l.report_id = t.report_id
WHERE NOT EXISTS (SELECT 1 FROM matched m WHERE m.report_id = t.report_id AND m.table_no = t.table_no)
