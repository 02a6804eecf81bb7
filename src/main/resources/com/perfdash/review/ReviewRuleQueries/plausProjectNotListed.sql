-- PLAUS_PROJECT_NOT_LISTED: a project table whose project (专项名称, or its 支出方向) matches none of
-- the projects the report's text lists. Names are compared as everywhere (project_key and
-- same_project, db/views/06_project_key.sql): equal keys or one containing the other. Only in a report
-- that has a list to miss: one whose text lists projects, or one with a whole-unit table (whose report
-- should list them). A report that is only a project table (a project's own self-evaluation, as many
-- counties publish them) lists no projects, and its project is not missing from anything.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH tables AS (
    SELECT report_id, table_no, coalesce(project_name, spending_direction) AS project,
           project_key(project_name) AS k_name, project_key(spending_direction) AS k_direction
    FROM eval_table
    WHERE kind = 'project' AND coalesce(project_name, spending_direction) IS NOT NULL
      AND (report_id IN (SELECT report_id FROM project)
           OR report_id IN (SELECT report_id FROM eval_table WHERE kind = 'unit'))
), listed AS (
    SELECT report_id, seq, project_name, project_key(project_name) AS k
    FROM project
    WHERE report_id IN (SELECT report_id FROM tables)
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
