SELECT seq, expected, achieved
FROM goal
WHERE table_id = :tableId
ORDER BY seq
