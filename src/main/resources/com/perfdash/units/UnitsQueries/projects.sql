SELECT seq, project_name, kind, budget, actual, carryover, purpose
FROM project
WHERE report_id = :reportId
ORDER BY seq
