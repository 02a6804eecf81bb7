SELECT t.table_no, i.seq, i.level1, i.level2, i.level3, i.target_text, i.actual_text, i.weight, i.score, i.deviation_note
FROM indicator i
JOIN eval_table t ON t.table_id = i.table_id
WHERE i.table_id = :tableId
ORDER BY i.seq
