SELECT l.import_id, l.action, l.outcome, l.batch, l.user_name, l.started_at, l.finished_at, l.file_count, l.total_bytes,
       l.reports_new, l.reports_replaced, l.unit_years, l.message,
       (SELECT string_agg(f.file_name, '、' ORDER BY f.seq) FROM import_log_file f WHERE f.import_id = l.import_id) AS files,
       -- the files left out and why: the name, then its errors, one per line
       (SELECT string_agg(f.file_name || '：' || chr(10) || f.left_out, chr(10) ORDER BY f.seq)
        FROM import_log_file f WHERE f.import_id = l.import_id AND f.left_out IS NOT NULL) AS left_out
FROM import_log l
WHERE CAST(:user AS VARCHAR) IS NULL OR l.user_name = :user
ORDER BY l.import_id DESC
LIMIT :limit
