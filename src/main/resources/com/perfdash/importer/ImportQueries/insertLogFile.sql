INSERT INTO import_log_file (import_id, seq, file_name, sha256, size_bytes, format, notes, left_out)
VALUES (:id, :seq, :name, :sha256, :size, :format, :notes, :leftOut)
