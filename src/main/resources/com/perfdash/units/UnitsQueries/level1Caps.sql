SELECT seq, level1, cap
FROM indicator_level1
WHERE table_id = :tableId
ORDER BY seq
