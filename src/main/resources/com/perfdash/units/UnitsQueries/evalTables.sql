SELECT t.table_id,
       t.table_no,
       t.kind,
       t.project_name,
       t.spending_direction,
       t.total_investment,
       t.investment_appropriation,
       t.period,
       t.funds_weight,
       t.total_weight,
       t.total_score,
       t.grade,
       t.source_file,
       (SELECT count(*) FROM indicator i WHERE i.table_id = t.table_id) AS indicator_count
FROM eval_table t
WHERE t.report_id = :reportId
ORDER BY t.table_no
