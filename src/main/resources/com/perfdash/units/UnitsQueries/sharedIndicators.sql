-- Whole-unit indicators (table 0) present in both years of one unit, matched by their exact
-- (level1, level2, level3) texts. Where a table repeats the same three texts, the n-th occurrence of
-- one year is paired with the n-th of the other, so repeats are not multiplied.
WITH unit_indicators AS (
    SELECT r.fiscal_year, i.*,
           row_number() OVER (PARTITION BY r.fiscal_year, i.level1, i.level2, i.level3 ORDER BY i.seq) AS occurrence
    FROM indicator i
    JOIN eval_table t ON t.table_id = i.table_id AND t.table_no = 0
    JOIN scoped_report r ON r.report_id = t.report_id
    WHERE r.unit_code = :unitCode
      AND r.fiscal_year IN (:fiscalYear, :previousYear)
)
SELECT cur.seq,
       cur.level1,
       cur.level2,
       cur.level3,
       prev.target_text AS previous_target,
       prev.actual_text AS previous_actual,
       prev.weight      AS previous_weight,
       prev.score       AS previous_score,
       cur.target_text  AS target,
       cur.actual_text  AS actual,
       cur.weight,
       cur.score
FROM unit_indicators cur
JOIN unit_indicators prev
  ON prev.level1 = cur.level1 AND prev.level2 = cur.level2 AND prev.level3 = cur.level3
 AND prev.occurrence = cur.occurrence
WHERE cur.fiscal_year = :fiscalYear
  AND prev.fiscal_year = :previousYear
ORDER BY cur.seq
