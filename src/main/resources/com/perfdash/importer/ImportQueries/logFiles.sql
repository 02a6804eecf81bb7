SELECT file_name AS name, file_name AS stored_as, size_bytes, sha256, format, 0 AS reports
FROM import_log_file WHERE import_id = :id ORDER BY seq
