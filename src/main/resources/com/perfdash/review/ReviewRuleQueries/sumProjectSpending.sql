-- SUM_PROJECT_SPENDING: 项目支出 in the expenditure sentence vs the actual spending the projects
-- section states (年初预算项目 实际支出 + 年中追加项目 实际支出; where the text gives no group sum, the
-- listed projects' actuals). Tolerance: 0.02 万元.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH listed AS (
    SELECT report_id,
           sum(actual) FILTER (WHERE kind = 'initial') AS initial_actual,
           sum(actual) FILTER (WHERE kind = 'midyear') AS midyear_actual,
           sum(actual) AS listed_actual,
           count(*) AS listed_count
    FROM project GROUP BY report_id
), section AS (
    SELECT r.report_id, r.expenditure_project AS stated,
           coalesce(r.initial_projects_actual, l.initial_actual) AS initial_actual,
           coalesce(r.midyear_projects_actual, l.midyear_actual) AS midyear_actual,
           l.listed_actual, coalesce(l.listed_count, 0) AS listed_count
    FROM report r LEFT JOIN listed l ON l.report_id = r.report_id
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, NULL, NULL, NULL, NULL, 'expenditure_project',
       'expenditure,projects',
       json_object('stated', review_money(stated), 'section', review_money(total_actual),
                   'initial_actual', review_money(initial_actual), 'midyear_actual', review_money(midyear_actual),
                   'diff', review_money(abs(stated - total_actual)),
                   'listed_count', listed_count::VARCHAR, 'listed_actual', review_money(listed_actual))::VARCHAR
FROM (SELECT *, coalesce(initial_actual, 0) + coalesce(midyear_actual, 0) AS total_actual FROM section) s
WHERE stated IS NOT NULL
  AND (initial_actual IS NOT NULL OR midyear_actual IS NOT NULL)
  AND abs(stated - total_actual) > 0.02
