-- Every year a unit reported, oldest first: provenance from report, metrics from report_metrics.
SELECT m.fiscal_year,
       m.source_kind,
       r.source_file,
       r.data_file,
       r.title,
       m.initial_budget,
       m.full_year_budget,
       m.executed,
       m.execution_rate,
       m.basic_spending,
       m.project_spending,
       m.basic_share,
       m.project_share,
       m.project_funding,
       m.project_count,
       m.total_score,
       m.grade
FROM report_metrics m
JOIN scoped_report r ON r.report_id = m.report_id
WHERE m.unit_code = :unitCode
ORDER BY m.fiscal_year
