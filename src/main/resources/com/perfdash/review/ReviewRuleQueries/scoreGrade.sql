-- SCORE_GRADE: the grade vs the bands every report's note states (score_grade / grade_band,
-- db/views/03_report_metrics.sql: 90 (含) – 100 优, 80 (含) – 90 良, 60 (含) – 80 中, below 60 差), applied
-- to the stated total score on a scale of 100 (a table with another 总分 is scaled to 100 first).
INSERT INTO review_finding (finding_id, report_id, rule_code, severity, table_no, row_kind, indicator_seq, project_seq, field, row_keys, evidence)
SELECT nextval('review_finding_seq'), report_id, :code, :severity, table_no, NULL, NULL, NULL, 'grade',
       review_key_table(table_no),
       json_object('table', table_no::VARCHAR, 'score', review_points(total_score),
                   'total_weight', review_points(coalesce(total_weight, 100)), 'grade', grade, 'expected', expected)::VARCHAR
FROM (
    SELECT *, score_grade(pct) AS expected
    FROM (SELECT *, total_score * 100 / CASE WHEN total_weight > 0 THEN total_weight ELSE 100 END AS pct
          FROM eval_table_metrics_run) m
) g
WHERE grade IS NOT NULL AND total_score IS NOT NULL AND grade <> expected
