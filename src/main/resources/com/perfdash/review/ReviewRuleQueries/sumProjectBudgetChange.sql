-- SUM_PROJECT_BUDGET_CHANGE: per project group, budget + mid-year change vs actual + balance carried
-- forward. Initial-budget projects: the listed projects' budgets + 年中执行调增 vs 实际支出 + 结余结转.
-- Mid-year projects: 年中追加项目 金额 vs 实际支出 + 结余结转. Needs the change (or the mid-year
-- amount) and the actual to be stated. Tolerance: 0.01 万元 per figure summed.
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
WITH listed AS (
    SELECT report_id, kind, sum(budget) AS budget, count(budget) AS budgets,
           string_agg(review_key_project(seq), ',' ORDER BY seq) AS keys
    FROM project GROUP BY report_id, kind
), groups AS (
    SELECT r.report_id, 'initial_projects' AS grp, l.budget, r.initial_projects_adjustment AS adjustment,
           r.initial_projects_actual AS actual, r.initial_projects_carryover AS carryover,
           l.budgets + 3 AS figures, 'projects,' || l.keys AS row_keys
    FROM report r JOIN listed l ON l.report_id = r.report_id AND l.kind = 'initial'
    WHERE l.budgets > 0 AND r.initial_projects_adjustment IS NOT NULL AND r.initial_projects_actual IS NOT NULL
    UNION ALL
    SELECT r.report_id, 'midyear_projects', 0, r.midyear_projects_budget, r.midyear_projects_actual,
           r.midyear_projects_carryover, 3, concat_ws(',', 'projects', l.keys)
    FROM report r LEFT JOIN listed l ON l.report_id = r.report_id AND l.kind = 'midyear'
    WHERE r.midyear_projects_budget IS NOT NULL AND r.midyear_projects_actual IS NOT NULL
)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, NULL, NULL, NULL, NULL, grp || '_actual', row_keys,
       json_object('group', grp, 'budget', review_money(budget), 'adjustment', review_money(adjustment),
                   'expected', review_money(budget + adjustment), 'actual', review_money(actual),
                   'carryover', review_money(carryover), 'accounted', review_money(actual + coalesce(carryover, 0)),
                   'diff', review_money(abs(budget + adjustment - actual - coalesce(carryover, 0))))::VARCHAR
FROM groups
WHERE abs(budget + adjustment - actual - coalesce(carryover, 0)) > 0.01 * figures
