-- Every year a unit reported, oldest first: provenance from report, metrics under the 口径 :basis
-- (basis_metrics: report_metrics as stated, report_metrics_reviewed 复核后; the grade under 复核后 is the
-- reviewed score's by the official bands).
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
       CASE WHEN CAST(:basis AS VARCHAR) = 'reviewed' THEN m.score_grade ELSE m.grade END AS grade,
       coalesce(m.left_out, 0) AS left_out
FROM basis_metrics(CAST(:basis AS VARCHAR)) m
JOIN scoped_report r ON r.report_id = m.report_id
WHERE m.unit_code = :unitCode
ORDER BY m.fiscal_year
